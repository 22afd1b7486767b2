package io.tidings.journey;

import io.tidings.segment.DimensionMatch;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.work.Quote;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an attribute filter of an event needs before it can match anything, in words: at least one value; dates
 * (ISO 8601, such as 2026-12-01 or 2026-12-01T09:00:00Z) for before, after and on; a first and a last date for between.
 * The validator reports these on a journey's entry; the entry's editor says them next to the row.
 */
public final class EventFilterRules {

    private static final Set<AttributeType> DATES = EnumSet.of(AttributeType.BEFORE, AttributeType.AFTER,
            AttributeType.ON, AttributeType.BETWEEN);

    private EventFilterRules() {
    }

    /**
     * The problem of a filter, told of {@code which} ("The entry's filter on "plan"", "Attribute filter 2 (plan)"), or
     * null when it has none.
     */
    public static String problem(String which, AttributeDimension filter) {
        AttributeType type = filter.attributeType();
        String of = which;
        if (filter.values().isEmpty() || filter.values().stream().allMatch(String::isBlank)) {
            return of + " has no value: type " + (DATES.contains(type) ? "a date, such as 2026-12-01" : "one or more, "
                    + "separated by commas") + ".";
        }
        if (type == AttributeType.BETWEEN && filter.values().size() != 2) {
            return of + " is between " + filter.values().size() + " dates: give two, the first and the last, such as "
                    + "2026-12-01, 2026-12-31.";
        }
        if (DATES.contains(type)) {
            for (String value : filter.values()) {
                if (DimensionMatch.instant(value) == null) {
                    return of + " compares dates, and " + Quote.of(value) + " is not one: type a date such as "
                            + "2026-12-01, or a time such as 2026-12-01T09:00:00Z.";
                }
            }
        }
        return null;
    }
}
