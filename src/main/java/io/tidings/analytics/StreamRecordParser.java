package io.tidings.analytics;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The quick way through an event-stream record, the bulk of an imported history: one pass of Jackson's streaming
 * parser over the fields an event keeps, the rest skipped, no tree built. Anything unusual (not an object, a
 * missing or non-text type, a value of an unexpected kind, a field given twice, broken JSON) gives null, and
 * {@link EventJson}'s reading of the tree then accepts the line or says what is wrong with it, as before.
 */
final class StreamRecordParser {

    private static final JsonFactory FACTORY = new JsonFactory();
    /** Marks a nested value that was there but of a kind the tree reading must judge. */
    private static final String UNUSUAL = new String("unusual");

    private StreamRecordParser() {
    }

    static EventReading read(String line) {
        try (JsonParser parser = FACTORY.createParser(line)) {
            return read(parser);
        } catch (IOException | RuntimeException unusual) {
            return null;
        }
    }

    private static EventReading read(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String type = null;
        long millis = 0;
        String endpoint = null;
        String session = null;
        String messageId = null;
        Map<String, String> attributes = new HashMap<>();
        Map<String, Double> metrics = new HashMap<>();
        int seen = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int field = switch (name) {
                case "event_type" -> 1;
                case "event_timestamp" -> 2;
                case "client" -> 4;
                case "session" -> 8;
                case "attributes" -> 16;
                case "metrics" -> 32;
                case "facets" -> 64;
                default -> 0;
            };
            if ((seen & field) != 0) {
                return null; // given twice: the tree keeps the last, and says so if it matters
            }
            seen |= field;
            switch (field) {
                case 1 -> {
                    if (value != JsonToken.VALUE_STRING) {
                        return null;
                    }
                    type = parser.getText();
                }
                case 2 -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        return null;
                    }
                    millis = parser.getLongValue();
                }
                case 4 -> endpoint = textAt(parser, value, "client_id");
                case 8 -> session = textAt(parser, value, "session_id");
                case 16 -> {
                    if (!attributes(parser, value, attributes)) {
                        return null;
                    }
                }
                case 32 -> {
                    if (!metrics(parser, value, metrics)) {
                        return null;
                    }
                }
                case 64 -> messageId = textAt(parser, value, "email_channel", "mail_event", "mail", "message_id");
                default -> parser.skipChildren();
            }
            if (endpoint == UNUSUAL || session == UNUSUAL || messageId == UNUSUAL) {
                return null;
            }
        }
        if ((seen & 3) != 3 || type.isBlank()) {
            return null;
        }
        Event event = new Event(type, Instant.ofEpochMilli(millis), endpoint, null, session, attributes, metrics,
                EventJson.attribution(attributes, messageId));
        return EventJson.checked(event, EventLimits.FieldNames.STREAM);
    }

    /** The text at {@code path} inside the object starting at {@code value}; null when absent. */
    private static String textAt(JsonParser parser, JsonToken value, String... path) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String found = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean wanted = parser.currentName().equals(path[0]);
            JsonToken inner = parser.nextToken();
            if (!wanted) {
                parser.skipChildren();
            } else if (found != null) {
                return UNUSUAL;
            } else if (path.length == 1) {
                if (inner == JsonToken.VALUE_STRING) {
                    found = parser.getText();
                } else if (inner != JsonToken.VALUE_NULL) {
                    return UNUSUAL;
                }
            } else {
                found = textAt(parser, inner, Arrays.copyOfRange(path, 1, path.length));
                if (found == UNUSUAL) {
                    return UNUSUAL;
                }
            }
        }
        return found;
    }

    private static boolean attributes(JsonParser parser, JsonToken value, Map<String, String> attributes)
            throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return true;
        }
        if (value != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (parser.nextToken() != JsonToken.VALUE_STRING || attributes.put(name, parser.getText()) != null) {
                return false;
            }
        }
        return true;
    }

    private static boolean metrics(JsonParser parser, JsonToken value, Map<String, Double> metrics) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return true;
        }
        if (value != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken number = parser.nextToken();
            if (number != JsonToken.VALUE_NUMBER_INT && number != JsonToken.VALUE_NUMBER_FLOAT) {
                return false;
            }
            if (metrics.put(name, parser.getDoubleValue()) != null) {
                return false;
            }
        }
        return true;
    }
}
