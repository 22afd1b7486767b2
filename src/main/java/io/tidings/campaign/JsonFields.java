package io.tidings.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.work.Quote;
import java.util.Map;

/**
 * Reads the fields of a JSON object by Pinpoint's names (any case, as hand-written files vary), and says at which
 * JSON path a value is not what belongs there.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The field named {@code name}, matched exactly or else ignoring case; a missing node when absent. */
    static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return MissingNode.getInstance();
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return MissingNode.getInstance();
    }

    /** {@code path.name}, or {@code name} at the top. */
    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static boolean has(JsonNode object, String name) {
        JsonNode value = field(object, name);
        return !value.isMissingNode() && !value.isNull();
    }

    /** The text of a field, or null when it is absent; numbers and booleans are taken as their text. */
    static String text(JsonNode object, String name, String path) {
        JsonNode value = field(object, name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw wrong(path, value, "text");
        }
        return value.asText();
    }

    /** A whole number, or null when absent; "5" is taken as 5. */
    static Integer integer(JsonNode object, String name, String path) {
        JsonNode value = field(object, name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        if (value.isTextual()) {
            try {
                return Integer.parseInt(value.asText().strip());
            } catch (NumberFormatException notANumber) {
                // Told below.
            }
        }
        throw wrong(path, value, "a whole number");
    }

    /** true or false (also as text), or {@code otherwise} when absent. */
    static boolean bool(JsonNode object, String name, String path, boolean otherwise) {
        JsonNode value = field(object, name);
        if (value.isMissingNode() || value.isNull()) {
            return otherwise;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw wrong(path, value, "true or false");
    }

    /** An object, or null when absent. */
    static ObjectNode object(JsonNode object, String name, String path) {
        JsonNode value = field(object, name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value instanceof ObjectNode found) {
            return found;
        }
        throw wrong(path, value, "an object ({...})");
    }

    /** A list, or null when absent. */
    static ArrayNode array(JsonNode object, String name, String path) {
        JsonNode value = field(object, name);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value instanceof ArrayNode found) {
            return found;
        }
        throw wrong(path, value, "a list ([...])");
    }

    static InvalidCampaignException wrong(String path, JsonNode value, String expected) {
        String found = value.isTextual() ? Quote.of(value.asText())
                : value.isObject() ? "an object" : value.isArray() ? "a list" : Quote.shown(value.toString());
        return new InvalidCampaignException(path + " is " + found + ": give " + expected + ".");
    }
}
