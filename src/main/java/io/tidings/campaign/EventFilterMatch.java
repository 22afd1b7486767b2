package io.tidings.campaign;

import io.tidings.analytics.Event;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Whether an event passes a campaign's {@link CampaignEventFilter}, dimension by dimension as Pinpoint reads them:
 * INCLUSIVE (the attribute is one of the values), EXCLUSIVE (it is absent or none of them), CONTAINS (it contains one),
 * BEFORE, AFTER, ON and BETWEEN (it is a date or time compared with the values'), and a metric compared with a number.
 * An attribute that is not a date fails a date comparison.
 */
final class EventFilterMatch {

    private EventFilterMatch() {
    }

    static boolean matches(CampaignEventFilter filter, Event event) {
        boolean listed = filter.eventTypes().values().contains(event.eventType());
        if (listed != (filter.eventTypes().dimensionType() == DimensionType.INCLUSIVE)) {
            return false;
        }
        for (Map.Entry<String, AttributeDimension> attribute : filter.attributes().entrySet()) {
            if (!attributeMatches(attribute.getValue(), event.attributes().get(attribute.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, MetricDimension> metric : filter.metrics().entrySet()) {
            Double value = event.metrics().get(metric.getKey());
            if (value == null || !metricMatches(metric.getValue(), value)) {
                return false;
            }
        }
        return true;
    }

    static boolean attributeMatches(AttributeDimension dimension, String value) {
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

    static boolean metricMatches(MetricDimension dimension, double value) {
        double wanted = dimension.value();
        return switch (dimension.comparisonOperator()) {
            case GREATER_THAN -> value > wanted;
            case GREATER_THAN_OR_EQUAL -> value >= wanted;
            case LESS_THAN -> value < wanted;
            case LESS_THAN_OR_EQUAL -> value <= wanted;
            case EQUAL -> value == wanted;
        };
    }

    private static final int NOT_A_DATE = Integer.MAX_VALUE;

    /** The attribute's time compared with the {@code index}-th value's; {@link #NOT_A_DATE} when either is none. */
    private static int compareDates(String value, List<String> values, int index) {
        if (value == null || values.size() <= index) {
            return NOT_A_DATE;
        }
        Instant own = instant(value);
        Instant other = instant(values.get(index));
        return own == null || other == null ? NOT_A_DATE : Integer.signum(own.compareTo(other));
    }

    /** An ISO 8601 time or date (a date is its midnight in UTC); null when the text is neither. */
    static Instant instant(String text) {
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

    private static LocalDate day(String text) {
        Instant instant = instant(text);
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
