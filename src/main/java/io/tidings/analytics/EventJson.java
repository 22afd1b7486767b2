package io.tidings.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.work.JsonErrors;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * One JSON line of an events file, in either of Pinpoint's shapes: an event-stream record as Kinesis or Firehose
 * delivered it ({@code event_type}, {@code event_timestamp} in Unix milliseconds, {@code client.client_id},
 * {@code attributes}, {@code metrics}, {@code facets}), or a PutEvents {@code Event} ({@code EventType},
 * {@code Timestamp} in ISO 8601, {@code Attributes}, {@code Metrics}, {@code Session.Id}) with the
 * {@code EndpointId} and {@code UserId} of its batch item beside it.
 */
final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    static EventReading read(String line) {
        if (line.contains("\"event_type\"")) {
            EventReading quick = StreamRecordParser.read(line);
            if (quick != null) {
                return quick;
            }
        }
        return readTree(line);
    }

    /** The line read as a tree: every shape, and what is wrong with a line in words. */
    static EventReading readTree(String line) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return EventReading.refused("", "not JSON: " + JsonErrors.syntax(e));
        }
        if (record == null || !record.isObject()) {
            return EventReading.refused("", "not a JSON object: one event a line");
        }
        return record.has("event_type") ? streamRecord(record) : pinpointEvent(record);
    }

    private static EventReading streamRecord(JsonNode record) {
        EventLimits.FieldNames fields = EventLimits.FieldNames.STREAM;
        String type = text(record.get("event_type"));
        if (type == null || type.isBlank()) {
            return EventReading.refused(fields.eventType(), "the event type is missing");
        }
        JsonNode timestamp = record.get("event_timestamp");
        if (timestamp == null || !timestamp.canConvertToLong()) {
            return EventReading.refused(fields.timestamp(), "expected Unix milliseconds, such as 1564618621380");
        }
        Map<String, String> attributes = new HashMap<>();
        Map<String, Double> metrics = new HashMap<>();
        EventProblem problem = readMaps(record.get("attributes"), record.get("metrics"), attributes, metrics, fields);
        if (problem != null) {
            return EventReading.refused(problem.field(), problem.reason());
        }
        String endpoint = text(record.path("client").get("client_id"));
        String session = text(record.path("session").get("session_id"));
        String messageId = text(record.path("facets").path("email_channel").path("mail_event").path("mail")
                .get("message_id"));
        Event event = new Event(type, Instant.ofEpochMilli(timestamp.asLong()), endpoint, null, session, attributes,
                metrics, attribution(attributes, messageId));
        return checked(event, fields);
    }

    private static EventReading pinpointEvent(JsonNode record) {
        EventLimits.FieldNames fields = EventLimits.FieldNames.PINPOINT;
        String type = text(record.get("EventType"));
        if (type == null || type.isBlank()) {
            return EventReading.refused(fields.eventType(), "the event type is missing (or event_type for a stream record)");
        }
        String timestampText = text(record.get("Timestamp"));
        if (timestampText == null) {
            return EventReading.refused(fields.timestamp(), "the time of the event is missing");
        }
        Instant timestamp;
        try {
            timestamp = Instant.parse(timestampText);
        } catch (DateTimeParseException e) {
            return EventReading.refused(fields.timestamp(), "expected an ISO 8601 time such as 2024-05-01T12:00:00Z");
        }
        Map<String, String> attributes = new HashMap<>();
        Map<String, Double> metrics = new HashMap<>();
        EventProblem problem = readMaps(record.get("Attributes"), record.get("Metrics"), attributes, metrics, fields);
        if (problem != null) {
            return EventReading.refused(problem.field(), problem.reason());
        }
        Event event = new Event(type, timestamp, text(record.get("EndpointId")), text(record.get("UserId")),
                text(record.path("Session").get("Id")), attributes, metrics, attribution(attributes, null));
        return checked(event, fields);
    }

    static EventReading checked(Event event, EventLimits.FieldNames fields) {
        var problems = EventLimits.problems(event, fields);
        return problems.isEmpty() ? EventReading.of(event) : new EventReading(null, problems);
    }

    /** The campaign and journey ids Pinpoint stamps in the attributes; the channel from a campaign send's type. */
    static Attribution attribution(Map<String, String> attributes, String messageId) {
        return new Attribution(attributes.get("campaign_id"), attributes.get("campaign_activity_id"),
                attributes.get("treatment_id"), attributes.get("journey_id"), attributes.get("journey_activity_id"),
                channel(attributes.getOrDefault("delivery_type", attributes.get("journey_activity_type"))),
                messageId != null ? messageId : attributes.get("message_id"));
    }

    private static String channel(String deliveryType) {
        if (deliveryType == null) {
            return null;
        }
        return switch (deliveryType) {
            case "EMAIL", "SMS", "VOICE", "CUSTOM" -> deliveryType;
            case "PUSH", "GCM", "APNS", "APNS_SANDBOX", "APNS_VOIP", "APNS_VOIP_SANDBOX", "ADM", "BAIDU" -> "PUSH";
            default -> null;
        };
    }

    /** Null when both maps read; else what is wrong. */
    private static EventProblem readMaps(JsonNode attributes, JsonNode metrics, Map<String, String> attributesOut,
            Map<String, Double> metricsOut, EventLimits.FieldNames fields) {
        if (attributes != null && !attributes.isNull()) {
            if (!attributes.isObject()) {
                return new EventProblem(fields.attributes(), "expected an object of names and text values");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> attribute = it.next();
                JsonNode value = attribute.getValue();
                if (!value.isValueNode() || value.isNull()) {
                    return new EventProblem(fields.attribute(attribute.getKey()), "expected a text value");
                }
                attributesOut.put(attribute.getKey(), value.asText());
            }
        }
        if (metrics != null && !metrics.isNull()) {
            if (!metrics.isObject()) {
                return new EventProblem(fields.metrics(), "expected an object of names and numbers");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> metric = it.next();
                JsonNode value = metric.getValue();
                if (!value.isNumber()) {
                    return new EventProblem(fields.metric(metric.getKey()), "expected a number");
                }
                metricsOut.put(metric.getKey(), value.asDouble());
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }
}
