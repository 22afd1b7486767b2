package io.tidings.analytics;

import java.util.Map;

/**
 * A journey's execution metrics, as Pinpoint's GetJourneyExecutionMetrics counts endpoints: entered
 * ({@code ENDPOINT_ENTERED}), in it now, active or waiting ({@code ENDPOINT_ACTIVE}), and left
 * ({@code ENDPOINT_LEFT}); and the same per activity.
 */
public record JourneyExecution(long entered, long active, long ended, Map<String, Activity> activities) {

    public static final JourneyExecution NONE = new JourneyExecution(0, 0, 0, Map.of());

    public JourneyExecution {
        activities = Map.copyOf(activities);
    }

    /** The activity's counts, zeros when nobody reached it. */
    public Activity activity(String key) {
        return activities.getOrDefault(key, Activity.NONE);
    }

    /** What one activity has seen: participants that entered it, were sent its message, wait in it, left there. */
    public record Activity(long entered, long sent, long waiting, long ended) {

        public static final Activity NONE = new Activity(0, 0, 0, 0);
    }
}
