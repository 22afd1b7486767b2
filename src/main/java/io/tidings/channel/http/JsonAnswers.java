package io.tidings.channel.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Reads provider answers that should be JSON but may not be (a proxy's HTML error page, an empty body). */
public final class JsonAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EXCERPT_LENGTH = 200;

    private JsonAnswers() {
    }

    /** The body as JSON, or a missing node when it is not JSON. */
    public static JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return MissingNode.getInstance();
        }
    }

    /** The text at the first of these JSON pointers that holds a value, or null. */
    public static String firstText(JsonNode json, String... pointers) {
        for (String pointer : pointers) {
            JsonNode value = json.at(pointer);
            if (value.isValueNode() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    /** The first of these fields as an error message, else the start of the body, else a note that it is empty. */
    public static String errorMessage(ProviderResponse response, String... pointers) {
        String message = firstText(read(response.body()), pointers);
        if (message != null) {
            return message;
        }
        String body = response.body() == null ? "" : response.body().strip();
        if (body.isEmpty()) {
            return "no error message in the answer";
        }
        return body.length() <= EXCERPT_LENGTH ? body : body.substring(0, EXCERPT_LENGTH) + "…";
    }
}
