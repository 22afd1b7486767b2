package io.tidings.campaign;

import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An event filter in a marketer's words: "purchase or signup, where plan is gold and price is more than 10". */
public final class EventFilterWords {

    private EventFilterWords() {
    }

    public static String of(CampaignEventFilter filter) {
        String types = or(filter.eventTypes().values());
        String events = filter.eventTypes().dimensionType() == DimensionType.INCLUSIVE ? types : "any event but " + types;
        List<String> conditions = new ArrayList<>();
        for (Map.Entry<String, AttributeDimension> attribute : filter.attributes().entrySet()) {
            conditions.add(attribute.getKey() + " " + attribute(attribute.getValue()));
        }
        for (Map.Entry<String, MetricDimension> metric : filter.metrics().entrySet()) {
            conditions.add(metric.getKey() + " " + metric(metric.getValue()));
        }
        return conditions.isEmpty() ? events : events + ", where " + String.join(" and ", conditions);
    }

    /** "is gold or silver", "is between 2026-01-01 and 2026-02-01". */
    public static String attribute(AttributeDimension dimension) {
        List<String> values = dimension.values();
        return switch (dimension.attributeType()) {
            case INCLUSIVE -> "is " + or(values);
            case EXCLUSIVE -> "is not " + or(values);
            case CONTAINS -> "contains " + or(values);
            case BEFORE -> "is before " + or(values);
            case AFTER -> "is after " + or(values);
            case ON -> "is on " + or(values);
            case BETWEEN -> values.size() == 2 ? "is between " + values.get(0) + " and " + values.get(1)
                    : "is between " + String.join(", ", values);
        };
    }

    /** "is more than 10". */
    public static String metric(MetricDimension dimension) {
        String number = dimension.value() == Math.rint(dimension.value()) && Math.abs(dimension.value()) < 1e15
                ? Long.toString((long) dimension.value()) : Double.toString(dimension.value());
        return switch (dimension.comparisonOperator()) {
            case GREATER_THAN -> "is more than " + number;
            case GREATER_THAN_OR_EQUAL -> "is at least " + number;
            case LESS_THAN -> "is less than " + number;
            case LESS_THAN_OR_EQUAL -> "is at most " + number;
            case EQUAL -> "is " + number;
        };
    }

    private static String or(List<String> values) {
        if (values.size() <= 1) {
            return String.join("", values);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}
