package io.tidings.journey;

import java.util.Map;

/**
 * Where a journey's participants went: a count per activity and, for splits, how many left through each output port.
 * The executor reads it from a published journey's positions and events; the simulator from a simulated run. The
 * canvas draws both the same way.
 */
public record JourneyCounts(Map<String, ActivityCount> activities, Map<Outlet, Long> outlets) {

    public static final JourneyCounts EMPTY = new JourneyCounts(Map.of(), Map.of());

    public JourneyCounts {
        activities = Map.copyOf(activities);
        outlets = Map.copyOf(outlets);
    }

    public ActivityCount activity(String key) {
        return activities.getOrDefault(key, ActivityCount.NONE);
    }

    /** How many left through the outlet: the entry's count is how many entered the journey. */
    public long leftThrough(Outlet outlet) {
        return outlets.getOrDefault(outlet, 0L);
    }
}
