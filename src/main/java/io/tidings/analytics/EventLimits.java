package io.tidings.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pinpoint's limits on an event (its quotas page): at most 40 attribute and metric keys, names of at most 50
 * characters, attribute values of at most 200. Pinpoint drops an event over a limit; Tidings refuses it and says
 * which field is over.
 */
public final class EventLimits {

    public static final int KEYS = 40;
    public static final int NAME_LENGTH = 50;
    public static final int VALUE_LENGTH = 200;
    public static final int CUSTOM_EVENT_TYPES = 1_500;

    private EventLimits() {
    }

    /**
     * The event's problems, naming fields with the file's own prefixes ({@code attributes}, {@code Attributes},
     * {@code Attributes.} in a CSV header...).
     */
    public static List<EventProblem> problems(Event event, FieldNames fields) {
        List<EventProblem> problems = new ArrayList<>();
        int keys = event.attributes().size() + event.metrics().size();
        if (keys > KEYS) {
            problems.add(new EventProblem(fields.attributes(), "%d attribute and metric keys; Pinpoint allows %d an event"
                    .formatted(keys, KEYS)));
        }
        for (Map.Entry<String, String> attribute : event.attributes().entrySet()) {
            String field = fields.attribute(attribute.getKey());
            if (attribute.getKey().length() > NAME_LENGTH) {
                problems.add(new EventProblem(field, nameTooLong(attribute.getKey())));
            }
            if (attribute.getValue().length() > VALUE_LENGTH) {
                problems.add(new EventProblem(field, "the value has %d characters; Pinpoint allows %d"
                        .formatted(attribute.getValue().length(), VALUE_LENGTH)));
            }
        }
        for (String metric : event.metrics().keySet()) {
            if (metric.length() > NAME_LENGTH) {
                problems.add(new EventProblem(fields.metric(metric), nameTooLong(metric)));
            }
        }
        return problems;
    }

    private static String nameTooLong(String name) {
        return "the name has %d characters; Pinpoint allows %d".formatted(name.length(), NAME_LENGTH);
    }

    /** How a file names the event's fields, for the messages. */
    public record FieldNames(String eventType, String timestamp, String attributes, String metrics, String separator) {

        static final FieldNames STREAM = new FieldNames("event_type", "event_timestamp", "attributes", "metrics", ".");
        public static final FieldNames PINPOINT = new FieldNames("EventType", "Timestamp", "Attributes", "Metrics", ".");

        String attribute(String name) {
            return attributes + separator + name;
        }

        String metric(String name) {
            return metrics + separator + name;
        }
    }
}
