package io.tidings.analytics;

import java.util.OptionalInt;

/** How long a workspace keeps raw events: a number of days, or for ever. The daily rollups are always kept. */
public record RetentionPeriod(OptionalInt days) {

    /** Pinpoint's: 90 days. */
    public static final RetentionPeriod DEFAULT = ofDays(90);
    public static final RetentionPeriod UNLIMITED = new RetentionPeriod(OptionalInt.empty());

    public RetentionPeriod {
        if (days.isPresent() && days.getAsInt() < 1) {
            throw new IllegalArgumentException("Events are kept for at least one day (or for ever), not "
                    + days.getAsInt() + ".");
        }
    }

    public static RetentionPeriod ofDays(int days) {
        return new RetentionPeriod(OptionalInt.of(days));
    }

    public boolean unlimited() {
        return days.isEmpty();
    }

    @Override
    public String toString() {
        return unlimited() ? "unlimited" : days.getAsInt() + " days";
    }
}
