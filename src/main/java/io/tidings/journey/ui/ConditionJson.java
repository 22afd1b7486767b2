package io.tidings.journey.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks the segment dimensions a marketer types for an attribute test: a JSON object, said in words when not. */
final class ConditionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConditionJson() {
    }

    static String checked(String text) {
        String value = text == null ? "" : text.strip();
        try {
            JsonNode tree = JSON.readTree(value.isEmpty() ? "{}" : value);
            if (tree != null && tree.isObject()) {
                return tree.toString();
            }
        } catch (JsonProcessingException notJson) {
            throw new IllegalArgumentException("The segment dimensions are not JSON (line "
                    + notJson.getLocation().getLineNr() + ", column " + notJson.getLocation().getColumnNr()
                    + "): give an object such as {\"Attributes\": {...}}.");
        }
        throw new IllegalArgumentException("The segment dimensions must be a JSON object, such as "
                + "{\"Attributes\": {...}}.");
    }
}
