package io.tidings.segment;

import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One value tested in memory against Pinpoint's attribute and metric dimensions, as Pinpoint reads an event's filter:
 * INCLUSIVE (the value is one of the values, exactly: case counts), EXCLUSIVE (it is absent or none of them),
 * CONTAINS (it contains one, case counting), BEFORE, AFTER, ON and BETWEEN (it is an ISO 8601 date or time compared
 * with the values'; a value that is not one fails), and a metric compared with a number. Shared by the event-triggered
 * campaigns and the journeys' event entries. Pure.
 */
public final class DimensionMatch {

    private static final int NOT_A_DATE = Integer.MAX_VALUE;

    private DimensionMatch() {
    }

    /** Whether {@code value} (null: the event has no such attribute) passes {@code dimension}. */
    public static boolean attribute(AttributeDimension dimension, String value) {
        List<String> values = dimension.values();
        return switch (dimension.attributeType()) {
            case INCLUSIVE -> value != null && values.contains(value);
            case EXCLUSIVE -> value == null || !values.contains(value);
            case CONTAINS -> value != null && values.stream().anyMatch(value::contains);
            case BEFORE -> compareDates(value, values, 0) < 0;
            case AFTER -> compareDates(value, values, 0) > 0 && compareDates(value, values, 0) != NOT_A_DATE;
            case ON -> value != null && day(value) != null && values.stream()
                    .anyMatch(wanted -> day(wanted) != null && day(wanted).equals(day(value)));
            case BETWEEN -> values.size() >= 2 && compareDates(value, values, 0) >= 0
                    && compareDates(value, values, 0) != NOT_A_DATE && compareDates(value, values, 1) <= 0;
        };
    }

    /** Whether {@code value} (null: the event has no such metric, which passes no comparison) passes {@code dimension}. */
    public static boolean metric(MetricDimension dimension, Double value) {
        if (value == null) {
            return false;
        }
        double wanted = dimension.value();
        return switch (dimension.comparisonOperator()) {
            case GREATER_THAN -> value > wanted;
            case GREATER_THAN_OR_EQUAL -> value >= wanted;
            case LESS_THAN -> value < wanted;
            case LESS_THAN_OR_EQUAL -> value <= wanted;
            case EQUAL -> value == wanted;
        };
    }

    /** An ISO 8601 time or date (a date is its midnight in UTC); null when the text is neither. */
    public static Instant instant(String text) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notATime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** The attribute's time compared with the {@code index}-th value's; {@link #NOT_A_DATE} when either is none. */
    private static int compareDates(String value, List<String> values, int index) {
        if (value == null || values.size() <= index) {
            return NOT_A_DATE;
        }
        Instant own = instant(value);
        Instant other = instant(values.get(index));
        return own == null || other == null ? NOT_A_DATE : Integer.signum(own.compareTo(other));
    }

    private static LocalDate day(String text) {
        Instant instant = instant(text);
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
