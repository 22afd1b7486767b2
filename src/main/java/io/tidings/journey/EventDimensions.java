package io.tidings.journey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Pinpoint's {@code EventDimensions} (an event type such as {@code _email.open}, and attributes and metrics of the
 * event), kept as the file's JSON object so that it goes back out exactly as it came in.
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
        tree().path("EventType").path("Values").forEach(value -> types.add(value.asText()));
        return types;
    }

    JsonNode tree() {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException stored) {
            throw new IllegalStateException("Event dimensions that are not JSON were stored", stored);
        }
    }
}
