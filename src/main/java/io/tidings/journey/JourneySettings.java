package io.tidings.journey;

import io.tidings.delivery.QuietTime;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A journey's settings beside its activities, as Pinpoint's {@code WriteJourneyRequest} has them: the schedule,
 * whether times are each participant's local time ({@code LocalTime}), quiet time (held with
 * {@code WaitForQuietTime}, else dropped), limits, and how often a segment entry is evaluated again
 * ({@code RefreshFrequency}, also {@code RefreshOnSegmentUpdate}). {@code keptAsIs} holds the fields Tidings keeps
 * and writes back unchanged but does not use yet ({@code OpenHours}, {@code ClosedDays}, {@code SendingSchedule},
 * {@code TimezoneEstimationMethods}, {@code JourneyChannelSettings}), as JSON by field name.
 */
public record JourneySettings(JourneySchedule schedule, boolean localTime, QuietTime quietTime, JourneyLimits limits,
        Duration refreshFrequency, boolean refreshOnSegmentUpdate, Map<String, String> keptAsIs) {

    public static final JourneySettings DEFAULT =
            new JourneySettings(JourneySchedule.NONE, false, null, JourneyLimits.NONE, null, false, Map.of());

    public JourneySettings {
        schedule = schedule == null ? JourneySchedule.NONE : schedule;
        limits = limits == null ? JourneyLimits.NONE : limits;
        keptAsIs = Collections.unmodifiableMap(new LinkedHashMap<>(keptAsIs));
    }

    public JourneySettings withSchedule(JourneySchedule changed) {
        return new JourneySettings(changed, localTime, quietTime, limits, refreshFrequency, refreshOnSegmentUpdate,
                keptAsIs);
    }

    public JourneySettings withLimits(JourneyLimits changed) {
        return new JourneySettings(schedule, localTime, quietTime, changed, refreshFrequency, refreshOnSegmentUpdate,
                keptAsIs);
    }

    public JourneySettings withQuietTime(QuietTime changed) {
        return new JourneySettings(schedule, localTime, changed, limits, refreshFrequency, refreshOnSegmentUpdate,
                keptAsIs);
    }
}
