package io.tidings.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.work.JsonErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One version of a template's content, kept as Pinpoint's request JSON (EmailTemplateRequest,
 * SMSTemplateRequest, PushNotificationTemplateRequest or VoiceTemplateRequest). Fields are
 * addressed by dotted paths such as {@code Subject} or {@code Default.Title}; fields Tidings does
 * not know are kept as they are, so that a Pinpoint template survives import and export unchanged.
 * Immutable: every change returns a new instance.
 */
public final class TemplateContent {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULTS = "DefaultSubstitutions";

    private final TemplateType type;
    private final ObjectNode request;

    private TemplateContent(TemplateType type, ObjectNode request) {
        this.type = type;
        this.request = request;
    }

    public static TemplateContent empty(TemplateType type) {
        return new TemplateContent(type, JSON.createObjectNode());
    }

    /** @throws IllegalArgumentException when {@code json} is not a JSON object */
    public static TemplateContent parse(TemplateType type, String json) {
        try {
            JsonNode node = JSON.readTree(json == null || json.isBlank() ? "{}" : json);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("The template content is not a JSON object.");
            }
            return new TemplateContent(type, object);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The template content is not valid JSON" + JsonErrors.where(e.getLocation()) + ": "
                    + JsonErrors.syntax(e), e);
        }
    }

    static TemplateContent of(TemplateType type, ObjectNode request) {
        return new TemplateContent(type, request.deepCopy());
    }

    public TemplateType type() {
        return type;
    }

    /** The text of a field, or "" when it is absent. */
    public String field(String path) {
        JsonNode node = request;
        for (String name : path.split("\\.")) {
            node = node.path(name);
        }
        return node.isMissingNode() || node.isNull() ? "" : node.asText();
    }

    /** A copy with the field set; a blank value removes it (and an object left empty). */
    public TemplateContent withField(String path, String value) {
        ObjectNode copy = request.deepCopy();
        String[] names = path.split("\\.");
        ObjectNode parent = copy;
        for (int index = 0; index < names.length - 1; index++) {
            JsonNode child = parent.get(names[index]);
            if (!(child instanceof ObjectNode)) {
                child = parent.putObject(names[index]);
            }
            parent = (ObjectNode) child;
        }
        String last = names[names.length - 1];
        if (value == null || value.isEmpty()) {
            parent.remove(last);
            if (names.length == 2 && parent.isEmpty()) {
                copy.remove(names[0]);
            }
        } else if ("true".equals(value) || "false".equals(value)) {
            parent.put(last, Boolean.parseBoolean(value));
        } else {
            parent.put(last, value);
        }
        return new TemplateContent(type, copy);
    }

    /**
     * The template's default values by dotted path, read from DefaultSubstitutions (a JSON object written as a
     * string, as Pinpoint keeps it): flat ({@code {"User.UserAttributes.FirstName":"there"}}) or nested as
     * Pinpoint's console writes it ({@code {"User":{"UserAttributes":{"FirstName":"there"}}}}), or both.
     *
     * @throws IllegalArgumentException when DefaultSubstitutions is not a JSON object of strings
     */
    public Map<String, String> defaults() {
        String text = field(DEFAULTS);
        if (text.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, Object> values = JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
            Map<String, String> defaults = new LinkedHashMap<>();
            flatten("", values, defaults);
            return defaults;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("DefaultSubstitutions is not a JSON object: " + JsonErrors.describe(e), e);
        }
    }

    private static void flatten(String prefix, Map<?, ?> values, Map<String, String> defaults) {
        values.forEach((name, value) -> {
            String path = prefix + name;
            if (value instanceof Map<?, ?> nested) {
                flatten(path + ".", nested, defaults);
            } else {
                defaults.put(path, value == null ? "" : String.valueOf(value));
            }
        });
    }

    public TemplateContent withDefaults(Map<String, String> defaults) {
        try {
            return withField(DEFAULTS, defaults.isEmpty() ? "" : JSON.writeValueAsString(defaults));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request as compact JSON, as stored. */
    public String toJson() {
        return request.toString();
    }

    public String toPrettyJson() {
        return request.toPrettyString();
    }

    ObjectNode request() {
        return request.deepCopy();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TemplateContent content && content.type == type && content.request.equals(request);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + request.hashCode();
    }

    @Override
    public String toString() {
        return type + " " + toJson();
    }
}
