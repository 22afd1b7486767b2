package io.tidings.analytics;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of an events CSV, by the header convention of Pinpoint's endpoint files: {@code EventType},
 * {@code Timestamp} (ISO 8601), {@code EndpointId}, {@code UserId}, {@code SessionId}, and one column per attribute
 * ({@code Attributes.campaign_id}) or metric ({@code Metrics._item_price}). An empty cell is no value.
 */
final class EventCsv {

    private static final EventLimits.FieldNames FIELDS =
            new EventLimits.FieldNames("EventType", "Timestamp", "Attributes", "Metrics", ".");

    private final List<String> header;

    EventCsv(List<String> header) {
        this.header = List.copyOf(header);
    }

    /** The header's problem, or null when it names the event type and time. */
    String headerProblem() {
        if (!header.contains("EventType") || !header.contains("Timestamp")) {
            return "the header must name the columns EventType and Timestamp (and may name EndpointId, UserId, "
                    + "SessionId, Attributes.NAME and Metrics.NAME)";
        }
        return header.stream().filter(column -> !known(column)).findFirst()
                .map(column -> "the header's column \"" + column + "\" is none of EventType, Timestamp, EndpointId, "
                        + "UserId, SessionId, Attributes.NAME, Metrics.NAME")
                .orElse(null);
    }

    private static boolean known(String column) {
        return switch (column) {
            case "EventType", "Timestamp", "EndpointId", "UserId", "SessionId" -> true;
            default -> column.startsWith("Attributes.") && column.length() > 11
                    || column.startsWith("Metrics.") && column.length() > 8;
        };
    }

    EventReading read(List<String> cells) {
        if (cells.size() != header.size()) {
            return EventReading.refused("", "%d cells where the header has %d columns".formatted(cells.size(), header.size()));
        }
        String type = null;
        Instant timestamp = null;
        String endpoint = null;
        String user = null;
        String session = null;
        Map<String, String> attributes = new HashMap<>();
        Map<String, Double> metrics = new HashMap<>();
        for (int index = 0; index < cells.size(); index++) {
            String column = header.get(index);
            String cell = cells.get(index);
            if (cell.isEmpty()) {
                continue;
            }
            switch (column) {
                case "EventType" -> type = cell;
                case "Timestamp" -> {
                    try {
                        timestamp = Instant.parse(cell);
                    } catch (DateTimeParseException e) {
                        return EventReading.refused(column, "expected an ISO 8601 time such as 2024-05-01T12:00:00Z");
                    }
                }
                case "EndpointId" -> endpoint = cell;
                case "UserId" -> user = cell;
                case "SessionId" -> session = cell;
                default -> {
                    if (column.startsWith("Attributes.")) {
                        attributes.put(column.substring(11), cell);
                    } else {
                        try {
                            metrics.put(column.substring(8), Double.parseDouble(cell));
                        } catch (NumberFormatException e) {
                            return EventReading.refused(column, "expected a number");
                        }
                    }
                }
            }
        }
        if (type == null) {
            return EventReading.refused("EventType", "the event type is missing");
        }
        if (timestamp == null) {
            return EventReading.refused("Timestamp", "the time of the event is missing");
        }
        Event event = new Event(type, timestamp, endpoint, user, session, attributes, metrics,
                EventJson.attribution(attributes, null));
        return EventJson.checked(event, FIELDS);
    }
}
