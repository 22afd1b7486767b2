package io.tidings.server.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.tidings.analytics.Attribution;
import io.tidings.analytics.Event;
import io.tidings.work.JsonErrors;
import io.tidings.work.Quote;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads Pinpoint's EventsRequest: {@code {"BatchItem": {"<endpoint id>": {"Endpoint": {...}, "Events":
 * {"<event id>": {"EventType", "Timestamp", "Attributes", "Metrics", "Session": {"Id"}}}}}}}. A body that is not
 * that shape, or holds more than {@link #MOST_EVENTS} events, is refused whole; an event with a bad field is
 * refused alone, its problem naming the field's JSON path ({@code BatchItem.e1.Events.ev1.Timestamp}).
 */
final class EventsRequestReader {

    /** Pinpoint's limit of events in one PutEvents request. */
    static final int MOST_EVENTS = 100;

    private static final String SHAPE = "PutEvents takes {\"BatchItem\": {\"<endpoint id>\": {\"Endpoint\": {...}, "
            + "\"Events\": {\"<event id>\": {\"EventType\": ..., \"Timestamp\": ...}}}}}";

    private EventsRequestReader() {
    }

    static EventsBatch read(byte[] body) throws MalformedRequestException {
        JsonNode root = tree(body);
        JsonNode batchItems = root == null ? null : root.get("BatchItem");
        if (batchItems == null || !batchItems.isObject()) {
            throw new MalformedRequestException((root == null || !root.isObject() ? "The body is not a JSON object"
                    : batchItems == null ? "BatchItem is missing" : "BatchItem is not an object") + ": " + SHAPE + ".");
        }
        int eventCount = 0;
        for (JsonNode item : batchItems) {
            JsonNode events = item.get("Events");
            eventCount += events != null && events.isObject() ? events.size() : 0;
        }
        if (eventCount > MOST_EVENTS) {
            throw new MalformedRequestException("The request holds %,d events; PutEvents takes at most %d in one request."
                    .formatted(eventCount, MOST_EVENTS));
        }
        List<EventsBatch.Item> items = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = batchItems.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            items.add(item(entry.getKey(), entry.getValue()));
        }
        return new EventsBatch(items);
    }

    private static JsonNode tree(byte[] body) throws MalformedRequestException {
        try {
            return Answer.JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String path = e.getProcessor() instanceof JsonParser parser ? dotted(parser.getParsingContext().pathAsPointer().toString()) : "";
            throw new MalformedRequestException("The body is not valid JSON" + (path.isEmpty() ? "" : " at " + path)
                    + JsonErrors.where(e.getLocation()) + ": " + JsonErrors.syntax(e) + ".");
        } catch (IOException e) {
            throw new MalformedRequestException("The body could not be read as JSON: " + e.getMessage());
        }
    }

    private static EventsBatch.Item item(String endpointId, JsonNode item) throws MalformedRequestException {
        String path = "BatchItem." + endpointId;
        if (!item.isObject()) {
            throw new MalformedRequestException(path + " is not an object: " + SHAPE + ".");
        }
        JsonNode events = item.get("Events");
        if (events == null || !events.isObject()) {
            throw new MalformedRequestException(path + ".Events " + (events == null ? "is missing" : "is not an object")
                    + ": each batch item holds its events by id, {\"Events\": {\"<event id>\": {...}}}.");
        }
        JsonNode endpoint = item.path("Endpoint");
        if (!endpoint.isMissingNode() && !endpoint.isNull() && !endpoint.isObject()) {
            throw new MalformedRequestException(path + ".Endpoint is not an object.");
        }
        String userId = text(endpoint.path("User").get("UserId"));
        List<EventsBatch.ItemEvent> read = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = events.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> event = it.next();
            read.add(event(endpointId, userId, event.getKey(), event.getValue(), path + ".Events." + event.getKey()));
        }
        return new EventsBatch.Item(endpointId, endpoint.isObject() && !endpoint.isEmpty() ? endpoint : null, read);
    }

    private static EventsBatch.ItemEvent event(String endpointId, String userId, String eventId, JsonNode event,
            String path) {
        if (!event.isObject()) {
            return EventsBatch.ItemEvent.refused(eventId, path + " is not an object.");
        }
        String type = text(event.get("EventType"));
        if (type == null || type.isBlank()) {
            return EventsBatch.ItemEvent.refused(eventId, path + ".EventType is missing.");
        }
        String timestampText = text(event.get("Timestamp"));
        if (timestampText == null) {
            return EventsBatch.ItemEvent.refused(eventId, path + ".Timestamp is missing.");
        }
        Instant timestamp;
        try {
            timestamp = Instant.parse(timestampText);
        } catch (DateTimeParseException e) {
            return EventsBatch.ItemEvent.refused(eventId, path + ".Timestamp: " + Quote.of(timestampText)
                    + " is not an ISO 8601 time such as 2024-05-01T12:00:00Z.");
        }
        Map<String, String> attributes = new HashMap<>();
        JsonNode attributesNode = event.get("Attributes");
        if (attributesNode != null && !attributesNode.isNull()) {
            if (!attributesNode.isObject()) {
                return EventsBatch.ItemEvent.refused(eventId, path + ".Attributes is not an object of names and text.");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = attributesNode.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> attribute = it.next();
                if (!attribute.getValue().isValueNode() || attribute.getValue().isNull()) {
                    return EventsBatch.ItemEvent.refused(eventId, path + ".Attributes." + attribute.getKey()
                            + " is not text.");
                }
                attributes.put(attribute.getKey(), attribute.getValue().asText());
            }
        }
        Map<String, Double> metrics = new HashMap<>();
        JsonNode metricsNode = event.get("Metrics");
        if (metricsNode != null && !metricsNode.isNull()) {
            if (!metricsNode.isObject()) {
                return EventsBatch.ItemEvent.refused(eventId, path + ".Metrics is not an object of names and numbers.");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = metricsNode.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> metric = it.next();
                if (!metric.getValue().isNumber()) {
                    return EventsBatch.ItemEvent.refused(eventId, path + ".Metrics." + metric.getKey() + " is not a number.");
                }
                metrics.put(metric.getKey(), metric.getValue().asDouble());
            }
        }
        String sessionId = text(event.path("Session").get("Id"));
        return new EventsBatch.ItemEvent(eventId, new Event(type, timestamp, endpointId, userId, sessionId, attributes,
                metrics, Attribution.fromAttributes(attributes)), null);
    }

    /** {@code /BatchItem/e1/Events} as {@code BatchItem.e1.Events}. */
    private static String dotted(String pointer) {
        return pointer.isEmpty() ? "" : pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }
}
