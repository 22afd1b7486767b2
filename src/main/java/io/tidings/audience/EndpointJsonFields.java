package io.tidings.audience;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Reads one Pinpoint endpoint object, as JSON gives it, into an {@link EndpointDraft}, field by field. */
final class EndpointJsonFields {

    /** Bookkeeping fields of Pinpoint's export that say nothing about the endpoint itself. */
    private static final Set<String> IGNORED = Set.of("ApplicationId", "RequestId");

    /** Keys of one group (top level, User., Location., Demographic.) remembered as field paths; enough for any real file. */
    private static final int MAX_KNOWN_PATHS = 200;

    /** Each endpoint names the same few fields: their paths are read once, not once an endpoint. */
    private final Map<String, Map<String, FieldPath>> pathsByPrefix = new HashMap<>();

    void addEndpoint(JsonNode endpoint, EndpointDraft draft) {
        for (Map.Entry<String, JsonNode> field : endpoint.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            switch (name) {
                case "Attributes" -> addLists(AttributeScope.ATTRIBUTE, name, value, draft);
                case "Metrics" -> addMetrics(value, draft);
                case "Demographic", "Location" -> addGroup(name + ".", value, draft);
                case "User" -> addUser(value, draft);
                default -> {
                    if (!IGNORED.contains(name)) {
                        addScalar("", name, value, draft);
                    }
                }
            }
        }
    }

    private void addUser(JsonNode user, EndpointDraft draft) {
        if (!isObject("User", user, draft)) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : user.properties()) {
            if (field.getKey().equals("UserAttributes")) {
                addLists(AttributeScope.USER_ATTRIBUTE, "User.UserAttributes", field.getValue(), draft);
            } else {
                addScalar("User.", field.getKey(), field.getValue(), draft);
            }
        }
    }

    private void addGroup(String prefix, JsonNode group, EndpointDraft draft) {
        if (!isObject(prefix.substring(0, prefix.length() - 1), group, draft)) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : group.properties()) {
            addScalar(prefix, field.getKey(), field.getValue(), draft);
        }
    }

    private static void addLists(AttributeScope scope, String field, JsonNode lists, EndpointDraft draft) {
        if (!isObject(field, lists, draft)) {
            return;
        }
        for (Map.Entry<String, JsonNode> attribute : lists.properties()) {
            FieldPath path = FieldPath.custom(scope, attribute.getKey());
            JsonNode values = attribute.getValue();
            if (values.isArray()) {
                for (JsonNode value : values) {
                    addValue(path, value, draft);
                }
            } else {
                addValue(path, values, draft);
            }
        }
    }

    private static void addMetrics(JsonNode metrics, EndpointDraft draft) {
        if (!isObject("Metrics", metrics, draft)) {
            return;
        }
        for (Map.Entry<String, JsonNode> metric : metrics.properties()) {
            addValue(FieldPath.custom(AttributeScope.METRIC, metric.getKey()), metric.getValue(), draft);
        }
    }

    private void addScalar(String prefix, String key, JsonNode value, EndpointDraft draft) {
        Map<String, FieldPath> known = pathsByPrefix.computeIfAbsent(prefix, group -> new HashMap<>());
        FieldPath path = known.get(key);
        if (path == null) {
            try {
                path = FieldPath.parse(prefix + key);
            } catch (IllegalArgumentException unknown) {
                draft.reject(prefix + key, "is not a Pinpoint endpoint field");
                return;
            }
            if (known.size() < MAX_KNOWN_PATHS) {
                known.put(key, path);
            }
        }
        addValue(path, value, draft);
    }

    private static void addValue(FieldPath path, JsonNode value, EndpointDraft draft) {
        if (value.isNull()) {
            return;
        }
        if (value.isContainerNode()) {
            draft.reject(path.toString(), "must be a single value, not " + (value.isArray() ? "a list" : "an object"));
            return;
        }
        draft.add(path, value.asText());
    }

    private static boolean isObject(String field, JsonNode node, EndpointDraft draft) {
        if (node.isObject()) {
            return true;
        }
        if (!node.isNull()) {
            draft.reject(field, "must be a JSON object");
        }
        return false;
    }
}
