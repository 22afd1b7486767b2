package io.tidings.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.work.JsonErrors;
import io.tidings.work.Quote;

/**
 * Reads and writes segment definitions as Pinpoint's JSON. Reading accepts what Pinpoint's API
 * takes and returns: a {@code SegmentGroupList} alone, or a segment request or response holding
 * {@code SegmentGroups} or a top-level {@code Dimensions}; other fields of a segment (Name, Id,
 * tags) are ignored here. Writing produces {@code {"SegmentGroups": {...}}}.
 */
public final class SegmentJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

    private SegmentJson() {
    }

    public static SegmentDefinition read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidSegmentException("The segment JSON is not valid JSON" + JsonErrors.where(e.getLocation()) + ": "
                    + JsonErrors.syntax(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSegmentException("The segment JSON must be an object, such as {\"SegmentGroups\": {...}}.");
        }
        try {
            if (root.has("SegmentGroups") && !root.get("SegmentGroups").isNull()) {
                return JSON.treeToValue(root.get("SegmentGroups"), SegmentDefinition.class);
            }
            if (root.has("Groups")) {
                return JSON.treeToValue(root, SegmentDefinition.class);
            }
            if (root.has("Dimensions") && !root.get("Dimensions").isNull()) {
                return SegmentDefinition.of(JSON.treeToValue(root.get("Dimensions"), SegmentDimensions.class));
            }
        } catch (JsonMappingException e) {
            throw new InvalidSegmentException("The segment JSON has a problem at " + path(e) + ": " + reason(e), e);
        } catch (JsonProcessingException e) {
            throw new InvalidSegmentException("The segment JSON cannot be read: " + JsonErrors.syntax(e), e);
        }
        throw new InvalidSegmentException("The segment JSON has no SegmentGroups, Groups or Dimensions.");
    }

    public static String write(SegmentDefinition definition) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(definition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many bytes the definition takes as compact Pinpoint JSON: what Pinpoint's request limit counts. */
    static long compactSize(SegmentDefinition definition) {
        try {
            return JSON.writeValueAsBytes(tree(definition)).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode tree(SegmentDefinition definition) {
        ObjectNode root = JSON.createObjectNode();
        root.set("SegmentGroups", JSON.valueToTree(definition));
        return root;
    }

    private static String path(JsonMappingException e) {
        String path = JsonErrors.path(e);
        return path.isEmpty() ? "the top" : path;
    }

    private static String reason(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return Quote.of(unknown.getPropertyName()) + " is not a field Pinpoint knows here";
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException format) {
            return Quote.of(String.valueOf(format.getValue())) + " is not an accepted value"
                    + (format.getTargetType() != null && format.getTargetType().isEnum()
                            ? " (use one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants()) + ")"
                            : "");
        }
        return JsonErrors.why(e);
    }
}
