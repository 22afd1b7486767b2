package io.tidings.journey.ui;

import io.tidings.journey.EventDimensions;
import io.tidings.journey.EventFilterRules;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.work.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event entry's attribute and metric filters as the panel edits them: rows in the order shown, each with its text
 * as typed, turned into Pinpoint's {@code Attributes} and {@code Metrics} by {@link #applyTo}. A row with nothing typed
 * yet is left out; a row that cannot be taken is refused in words naming it ("Metric filter 2 (price): ...").
 */
final class EventFiltersDraft {

    /** Pinpoint's attribute types in the marketer's words. */
    enum AttributeOperator {
        IS_ONE_OF(AttributeType.INCLUSIVE, "is one of", "gold, platinum"),
        IS_NOT_ONE_OF(AttributeType.EXCLUSIVE, "is not one of", "free, trial"),
        CONTAINS(AttributeType.CONTAINS, "contains", "premium"),
        BEFORE(AttributeType.BEFORE, "before", "2026-12-01"),
        AFTER(AttributeType.AFTER, "after", "2026-12-01"),
        BETWEEN(AttributeType.BETWEEN, "between", "2026-12-01, 2026-12-31"),
        ON(AttributeType.ON, "on", "2026-12-24");

        final AttributeType type;
        final String words;
        final String example;

        AttributeOperator(AttributeType type, String words, String example) {
            this.type = type;
            this.words = words;
            this.example = example;
        }

        static AttributeOperator of(AttributeType type) {
            return Arrays.stream(values()).filter(operator -> operator.type == type).findFirst().orElse(IS_ONE_OF);
        }
    }

    /** Pinpoint's comparison operators in the marketer's words. */
    enum MetricComparison {
        MORE_THAN(ComparisonOperator.GREATER_THAN, "is more than"),
        AT_LEAST(ComparisonOperator.GREATER_THAN_OR_EQUAL, "is at least"),
        LESS_THAN(ComparisonOperator.LESS_THAN, "is less than"),
        AT_MOST(ComparisonOperator.LESS_THAN_OR_EQUAL, "is at most"),
        EQUAL_TO(ComparisonOperator.EQUAL, "is equal to");

        final ComparisonOperator operator;
        final String words;

        MetricComparison(ComparisonOperator operator, String words) {
            this.operator = operator;
            this.words = words;
        }

        static MetricComparison of(ComparisonOperator operator) {
            return Arrays.stream(values()).filter(comparison -> comparison.operator == operator).findFirst()
                    .orElse(MORE_THAN);
        }
    }

    /** A filter on an attribute of the event: its name, how it compares, and its values separated by commas. */
    static final class AttributeRow {
        String name = "";
        AttributeOperator operator = AttributeOperator.IS_ONE_OF;
        String values = "";

        private boolean isBlank() {
            return name.isBlank() && values.isBlank();
        }
    }

    /** A filter on a metric of the event: its name, how it compares, and the number. */
    static final class MetricRow {
        String name = "";
        MetricComparison comparison = MetricComparison.MORE_THAN;
        String value = "";

        private boolean isBlank() {
            return name.isBlank() && value.isBlank();
        }
    }

    private final List<AttributeRow> attributes = new ArrayList<>();
    private final List<MetricRow> metrics = new ArrayList<>();

    static EventFiltersDraft of(EventDimensions dimensions) {
        EventFiltersDraft draft = new EventFiltersDraft();
        dimensions.attributes().forEach((name, filter) -> {
            AttributeRow row = draft.addAttribute();
            row.name = name;
            row.operator = AttributeOperator.of(filter.attributeType());
            row.values = String.join(", ", filter.values());
        });
        dimensions.metrics().forEach((name, filter) -> {
            MetricRow row = draft.addMetric();
            row.name = name;
            row.comparison = MetricComparison.of(filter.comparisonOperator());
            row.value = number(filter.value());
        });
        return draft;
    }

    List<AttributeRow> attributes() {
        return attributes;
    }

    List<MetricRow> metrics() {
        return metrics;
    }

    AttributeRow addAttribute() {
        AttributeRow row = new AttributeRow();
        attributes.add(row);
        return row;
    }

    MetricRow addMetric() {
        MetricRow row = new MetricRow();
        metrics.add(row);
        return row;
    }

    /** {@code dimensions} with these filters (the event types and anything else kept); refused in words naming the row. */
    EventDimensions applyTo(EventDimensions dimensions) {
        Map<String, AttributeDimension> attributeFilters = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        for (int index = 0; index < attributes.size(); index++) {
            AttributeRow row = attributes.get(index);
            if (row.isBlank()) {
                continue;
            }
            String which = "Attribute filter " + (index + 1);
            String name = row.name.strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException(which + " has no attribute name: type the name the event's "
                        + "attribute has, such as plan.");
            }
            Integer other = rowOf.put(name, index + 1);
            if (other != null) {
                throw new IllegalArgumentException("Attribute filters " + other + " and " + (index + 1) + " both test "
                        + Quote.of(name) + ": keep one (a filter takes several values).");
            }
            AttributeDimension filter = new AttributeDimension(row.operator.type, values(row.values));
            String problem = EventFilterRules.problem(which + " (" + name + ")", filter);
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            attributeFilters.put(name, filter);
        }
        Map<String, MetricDimension> metricFilters = new LinkedHashMap<>();
        for (int index = 0; index < metrics.size(); index++) {
            MetricRow row = metrics.get(index);
            if (row.isBlank()) {
                continue;
            }
            String name = row.name.strip();
            String which = "Metric filter " + (index + 1) + (name.isEmpty() ? "" : " (" + name + ")");
            if (name.isEmpty()) {
                throw new IllegalArgumentException(which + " has no metric name: type the name the event's metric "
                        + "has, such as price.");
            }
            if (metricFilters.containsKey(name)) {
                throw new IllegalArgumentException(which + " tests " + Quote.of(name) + " again: keep one filter "
                        + "per metric.");
            }
            metricFilters.put(name, new MetricDimension(row.comparison.operator, number(which, row.value)));
        }
        return dimensions.withFilters(attributeFilters, metricFilters);
    }

    private static List<String> values(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    private static double number(String which, String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(which + " has no number: type one such as 10 or 9.99.");
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number) && value.matches("[-+]?[0-9.eE+-]+")) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Said below.
        }
        throw new IllegalArgumentException(which + ": " + Quote.of(value) + " is not a number: type one such as 10 "
                + "or 9.99.");
    }

    /** 50 rather than 50.0; 9.99 as it is. */
    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
