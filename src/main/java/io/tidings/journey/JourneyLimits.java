package io.tidings.journey;

import java.time.Duration;

/**
 * Pinpoint's {@code JourneyLimits}, each null when not set: messages per participant per 24 hours
 * ({@code DailyCap}), per participant from this journey ({@code TotalCap}), per participant in {@code TimeframeCap}'s
 * days, how often and how soon a participant may enter again ({@code EndpointReentryCap}, 0 = no limit, and
 * {@code EndpointReentryInterval}), and the journey's sending rate ({@code MessagesPerSecond}).
 */
public record JourneyLimits(Integer dailyCap, Integer totalCap, TimeframeCap timeframeCap, Integer endpointReentryCap,
        Duration endpointReentryInterval, Integer messagesPerSecond) {

    /** At most {@code cap} messages to a participant in any {@code days} days. */
    public record TimeframeCap(Integer cap, Integer days) {
    }

    /** Pinpoint's bound on the caps. */
    public static final int MOST_PER_PARTICIPANT = 100;

    public static final JourneyLimits NONE = new JourneyLimits(null, null, null, null, null, null);

    public boolean isNone() {
        return equals(NONE);
    }
}
