package io.tidings.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.work.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pinpoint's {@code CampaignEventFilter} in JSON: {@code FilterType} and {@code Dimensions} with {@code EventType}
 * ({@code DimensionType}, {@code Values}), {@code Attributes} (name to {@code AttributeType}, {@code Values}) and
 * {@code Metrics} (name to {@code ComparisonOperator}, {@code Value}). A wrong value is refused naming its path.
 */
final class EventFilterJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventFilterJson() {
    }

    static CampaignEventFilter read(ObjectNode node, String path) {
        if (node == null) {
            throw new InvalidCampaignException(path + " is missing: a campaign with Frequency EVENT needs "
                    + "{\"FilterType\": \"ENDPOINT\", \"Dimensions\": {\"EventType\": {\"Values\": [...]}}}.");
        }
        CampaignEventFilter.FilterType type = choice(JsonFields.text(node, "FilterType", path + ".FilterType"),
                CampaignEventFilter.FilterType.class, CampaignEventFilter.FilterType.ENDPOINT, path + ".FilterType");
        String dimensionsPath = path + ".Dimensions";
        ObjectNode dimensions = JsonFields.object(node, "Dimensions", dimensionsPath);
        if (dimensions == null) {
            throw new InvalidCampaignException(dimensionsPath + " is missing: give at least the EventType, "
                    + "{\"EventType\": {\"DimensionType\": \"INCLUSIVE\", \"Values\": [\"_session.start\"]}}.");
        }
        ObjectNode eventType = JsonFields.object(dimensions, "EventType", dimensionsPath + ".EventType");
        SetDimension types = eventType == null ? null : new SetDimension(
                choice(JsonFields.text(eventType, "DimensionType", dimensionsPath + ".EventType.DimensionType"),
                        DimensionType.class, DimensionType.INCLUSIVE, dimensionsPath + ".EventType.DimensionType"),
                texts(eventType, dimensionsPath + ".EventType.Values"));
        Map<String, AttributeDimension> attributes = new LinkedHashMap<>();
        ObjectNode attributeNodes = JsonFields.object(dimensions, "Attributes", dimensionsPath + ".Attributes");
        if (attributeNodes != null) {
            for (Map.Entry<String, JsonNode> attribute : attributeNodes.properties()) {
                String at = dimensionsPath + ".Attributes." + attribute.getKey();
                JsonNode value = attribute.getValue();
                if (!value.isObject()) {
                    throw JsonFields.wrong(at, value, "{\"AttributeType\": \"INCLUSIVE\", \"Values\": [...]}");
                }
                AttributeType attributeType = choice(JsonFields.text(value, "AttributeType", at + ".AttributeType"),
                        AttributeType.class, AttributeType.INCLUSIVE, at + ".AttributeType");
                List<String> values = texts(value, at + ".Values");
                if (attributeType == AttributeType.BETWEEN && values.size() != 2) {
                    throw new InvalidCampaignException(at + ".Values has " + values.size() + " values: BETWEEN takes "
                            + "two dates, the first and the last.");
                }
                attributes.put(attribute.getKey(), new AttributeDimension(attributeType, values));
            }
        }
        Map<String, MetricDimension> metrics = new LinkedHashMap<>();
        ObjectNode metricNodes = JsonFields.object(dimensions, "Metrics", dimensionsPath + ".Metrics");
        if (metricNodes != null) {
            for (Map.Entry<String, JsonNode> metric : metricNodes.properties()) {
                String at = dimensionsPath + ".Metrics." + metric.getKey();
                JsonNode value = metric.getValue();
                if (!value.isObject()) {
                    throw JsonFields.wrong(at, value, "{\"ComparisonOperator\": \"GREATER_THAN\", \"Value\": 10}");
                }
                String operator = JsonFields.text(value, "ComparisonOperator", at + ".ComparisonOperator");
                if (operator == null) {
                    throw new InvalidCampaignException(at + ".ComparisonOperator is missing: give "
                            + names(ComparisonOperator.class) + ".");
                }
                JsonNode number = JsonFields.field(value, "Value");
                if (!number.isNumber()) {
                    throw JsonFields.wrong(at + ".Value", number.isMissingNode() ? JSON.nullNode() : number,
                            "a number");
                }
                metrics.put(metric.getKey(), new MetricDimension(
                        choice(operator, ComparisonOperator.class, null, at + ".ComparisonOperator"), number.doubleValue()));
            }
        }
        return new CampaignEventFilter(type, types, attributes, metrics);
    }

    static ObjectNode write(CampaignEventFilter filter) {
        ObjectNode node = JSON.createObjectNode();
        node.put("FilterType", filter.filterType().name());
        ObjectNode dimensions = node.putObject("Dimensions");
        ObjectNode eventType = dimensions.putObject("EventType");
        eventType.put("DimensionType", filter.eventTypes().dimensionType().name());
        ArrayNode types = eventType.putArray("Values");
        filter.eventTypes().values().forEach(types::add);
        ObjectNode attributes = dimensions.putObject("Attributes");
        filter.attributes().forEach((name, dimension) -> {
            ObjectNode attribute = attributes.putObject(name);
            attribute.put("AttributeType", dimension.attributeType().name());
            ArrayNode values = attribute.putArray("Values");
            dimension.values().forEach(values::add);
        });
        ObjectNode metrics = dimensions.putObject("Metrics");
        filter.metrics().forEach((name, dimension) -> {
            ObjectNode metric = metrics.putObject(name);
            metric.put("ComparisonOperator", dimension.comparisonOperator().name());
            metric.put("Value", dimension.value());
        });
        return node;
    }

    private static List<String> texts(JsonNode node, String path) {
        ArrayNode values = JsonFields.array(node, "Values", path);
        List<String> texts = new ArrayList<>();
        if (values == null) {
            return texts;
        }
        for (int index = 0; index < values.size(); index++) {
            JsonNode value = values.get(index);
            if (!value.isValueNode() || value.isNull()) {
                throw JsonFields.wrong(path + "[" + index + "]", value, "text");
            }
            texts.add(value.asText());
        }
        return texts;
    }

    private static <E extends Enum<E>> E choice(String text, Class<E> type, E otherwise, String path) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidCampaignException(path + " is " + Quote.of(text) + ": give " + names(type) + ".");
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
