package io.tidings.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pinpoint's {@code EventDimensions}: an event type such as {@code _email.open} ({@code EventType}), and filters on the
 * event's attributes ({@code Attributes}: name to {@code AttributeType} and {@code Values}) and metrics
 * ({@code Metrics}: name to {@code ComparisonOperator} and {@code Value}). Kept as the file's JSON object so that it
 * goes back out exactly as it came in; the filters are read from it when asked (a file's are checked on import by
 * {@link #checked}).
 */
public record EventDimensions(String json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Only these event types: {@code {"EventType": {"DimensionType": "INCLUSIVE", "Values": [...]}}}. */
    public static EventDimensions ofEventTypes(String... types) {
        var root = JSON.createObjectNode();
        var eventType = root.putObject("EventType");
        eventType.put("DimensionType", "INCLUSIVE");
        var values = eventType.putArray("Values");
        for (String type : types) {
            values.add(type);
        }
        return new EventDimensions(root.toString());
    }

    /** The event types it names ({@code EventType.Values}), such as {@code _email.open}. */
    public List<String> eventTypes() {
        List<String> types = new ArrayList<>();
        at().get("EventType").get("Values").node().forEach(value -> types.add(value.asText()));
        return types;
    }

    /** Whether the event types are those an event must not be ({@code EventType.DimensionType} EXCLUSIVE). */
    public boolean excludesEventTypes() {
        String type = at().get("EventType").get("DimensionType").node().asText("");
        return type.strip().equalsIgnoreCase(DimensionType.EXCLUSIVE.name());
    }

    /** The filters on the event's attributes, by attribute name, in the file's order. */
    public Map<String, AttributeDimension> attributes() {
        return attributes(at());
    }

    /** The filters on the event's metrics, by metric name, in the file's order. */
    public Map<String, MetricDimension> metrics() {
        return metrics(at());
    }

    /** Whether it filters on attributes or metrics, beside the event type. */
    public boolean hasFilters() {
        return !attributes().isEmpty() || !metrics().isEmpty();
    }

    /** The same with other event types (INCLUSIVE or EXCLUSIVE as before), the filters kept. */
    public EventDimensions withEventTypes(List<String> types) {
        ObjectNode root = tree().deepCopy();
        String dimensionType = excludesEventTypes() ? DimensionType.EXCLUSIVE.name() : DimensionType.INCLUSIVE.name();
        removeIgnoringCase(root, "EventType");
        ObjectNode eventType = JSON.createObjectNode();
        eventType.put("DimensionType", dimensionType);
        ArrayNode values = eventType.putArray("Values");
        types.forEach(values::add);
        ObjectNode ordered = JSON.createObjectNode();
        ordered.set("EventType", eventType);
        ordered.setAll(root);
        return new EventDimensions(ordered.toString());
    }

    /** The same event types with these filters instead (none: the fields are left out). */
    public EventDimensions withFilters(Map<String, AttributeDimension> attributes, Map<String, MetricDimension> metrics) {
        if (List.copyOf(attributes.entrySet()).equals(List.copyOf(attributes().entrySet()))
                && List.copyOf(metrics.entrySet()).equals(List.copyOf(metrics().entrySet()))) {
            return this; // the same filters in the same order: the file's own JSON stays as it was
        }
        ObjectNode root = tree().deepCopy();
        removeIgnoringCase(root, "Attributes");
        removeIgnoringCase(root, "Metrics");
        if (!attributes.isEmpty()) {
            ObjectNode node = root.putObject("Attributes");
            attributes.forEach((name, dimension) -> {
                ObjectNode attribute = node.putObject(name);
                attribute.put("AttributeType", dimension.attributeType().name());
                ArrayNode values = attribute.putArray("Values");
                dimension.values().forEach(values::add);
            });
        }
        if (!metrics.isEmpty()) {
            ObjectNode node = root.putObject("Metrics");
            metrics.forEach((name, dimension) -> {
                ObjectNode metric = node.putObject(name);
                metric.put("ComparisonOperator", dimension.comparisonOperator().name());
                metric.put("Value", dimension.value());
            });
        }
        return new EventDimensions(root.toString());
    }

    /**
     * Reads a file's {@code Dimensions}, refusing, with the JSON path, an attribute type, a comparison or a metric's
     * value Pinpoint does not take.
     */
    static EventDimensions checked(JsonAt dimensions) {
        attributes(dimensions);
        metrics(dimensions);
        return new EventDimensions(dimensions.node().toString());
    }

    private JsonAt at() {
        return new JsonAt(tree(), "Dimensions");
    }

    private static Map<String, AttributeDimension> attributes(JsonAt dimensions) {
        Map<String, AttributeDimension> attributes = new LinkedHashMap<>();
        JsonAt node = dimensions.object("Attributes");
        if (node != null) {
            node.members().forEach((name, attribute) -> {
                if (!attribute.node().isObject()) {
                    throw attribute.wrong("{\"AttributeType\": \"INCLUSIVE\", \"Values\": [...]}");
                }
                AttributeType type = choice(attribute.get("AttributeType"), AttributeType.class,
                        AttributeType.INCLUSIVE);
                List<String> values = new ArrayList<>();
                for (JsonAt value : attribute.list("Values")) {
                    values.add(value.text());
                }
                attributes.put(name, new AttributeDimension(type, values));
            });
        }
        return Collections.unmodifiableMap(attributes);
    }

    private static Map<String, MetricDimension> metrics(JsonAt dimensions) {
        Map<String, MetricDimension> metrics = new LinkedHashMap<>();
        JsonAt node = dimensions.object("Metrics");
        if (node != null) {
            node.members().forEach((name, metric) -> {
                if (!metric.node().isObject()) {
                    throw metric.wrong("{\"ComparisonOperator\": \"GREATER_THAN\", \"Value\": 10}");
                }
                JsonAt operator = metric.get("ComparisonOperator");
                if (!operator.isPresent()) {
                    throw new InvalidJourneyException(operator.path() + " is missing: give "
                            + names(ComparisonOperator.class) + ".");
                }
                JsonAt value = metric.get("Value");
                double number;
                if (value.node().isNumber()) {
                    number = value.node().doubleValue();
                } else {
                    try {
                        number = Double.parseDouble(value.text() == null ? "" : value.text().strip());
                    } catch (NumberFormatException notANumber) {
                        throw value.wrong("a number, such as 10 or 9.99");
                    }
                }
                metrics.put(name, new MetricDimension(choice(operator, ComparisonOperator.class, null), number));
            });
        }
        return Collections.unmodifiableMap(metrics);
    }

    private static <E extends Enum<E>> E choice(JsonAt at, Class<E> type, E otherwise) {
        String text = at.text();
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw at.wrong(names(type));
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static void removeIgnoringCase(ObjectNode node, String name) {
        List<String> found = new ArrayList<>();
        node.fieldNames().forEachRemaining(field -> {
            if (field.equalsIgnoreCase(name)) {
                found.add(field);
            }
        });
        node.remove(found);
    }

    ObjectNode tree() {
        try {
            JsonNode node = JSON.readTree(json);
            return node instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (JsonProcessingException stored) {
            throw new IllegalStateException("Event dimensions that are not JSON were stored", stored);
        }
    }
}
