package io.tidings.journey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When participants may enter ({@code Schedule}): from {@code startTime} (null: soon after publishing) until
 * {@code endTime} (null: {@value #MOST_DAYS} days later, Pinpoint's longest journey), on the clocks of
 * {@code timezone} (null: UTC).
 */
public record JourneySchedule(Instant startTime, Instant endTime, ZoneId timezone) {

    /** Pinpoint's longest journey, in days. */
    public static final int MOST_DAYS = 540;

    public static final JourneySchedule NONE = new JourneySchedule(null, null, null);

    public boolean isNone() {
        return startTime == null && endTime == null && timezone == null;
    }

    /** Whether the start and end are given and further apart than Pinpoint allows. */
    public boolean isTooLong() {
        return startTime != null && endTime != null
                && Duration.between(startTime, endTime).compareTo(Duration.ofDays(MOST_DAYS)) > 0;
    }
}
