package io.tidings.journey.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;

/** A stored event's attributes and metrics (the {@code event} table's JSON objects), for a condition's filters. */
final class EventValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventValues() {
    }

    /** The attributes, each as its text; none when the column is empty or not an object. */
    static Map<String, String> attributes(String json) {
        Map<String, String> values = new HashMap<>();
        object(json).fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
        return values;
    }

    /** The metrics that are numbers; none when the column is empty or not an object. */
    static Map<String, Double> metrics(String json) {
        Map<String, Double> values = new HashMap<>();
        object(json).fields().forEachRemaining(field -> {
            if (field.getValue().isNumber()) {
                values.put(field.getKey(), field.getValue().asDouble());
            }
        });
        return values;
    }

    private static JsonNode object(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isObject() ? node : JSON.createObjectNode();
        } catch (JsonProcessingException unreadable) {
            // Written by the workspace itself as JSON; one that is not reads as none rather than stopping the pass.
            return JSON.createObjectNode();
        }
    }
}
