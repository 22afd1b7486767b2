package io.tidings.audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Reads newline-delimited JSON: one Pinpoint endpoint object per line, as a Pinpoint export job writes. */
final class EndpointJsonReader implements EndpointSource {

    /** Bookkeeping fields of Pinpoint's export that say nothing about the endpoint itself. */
    private static final Set<String> IGNORED = Set.of("ApplicationId", "RequestId");

    /** Reads trees; made once, so that each line does not look up how to read a tree again. */
    private static final ObjectReader TREES = new ObjectMapper().readerFor(JsonNode.class);

    /** Keys of one group (top level, User., Location., Demographic.) remembered as field paths; enough for any real file. */
    private static final int MAX_KNOWN_PATHS = 200;

    private final ByteLines lines;
    /** Each line names the same few fields: their paths are read once, not once a line. */
    private final Map<String, Map<String, FieldPath>> pathsByPrefix = new HashMap<>();
    private final EndpointRules rules;
    private final boolean keepOriginals;
    private long line;

    private EndpointJsonReader(ByteLines lines, EndpointRules rules, boolean keepOriginals) {
        this.lines = lines;
        this.rules = rules;
        this.keepOriginals = keepOriginals;
    }

    /** @param keepOriginals whether each row carries its line's bytes, for the rejected rows file */
    static EndpointJsonReader open(Path file, EndpointRules rules, boolean keepOriginals) throws IOException {
        return new EndpointJsonReader(ByteLines.open(file), rules, keepOriginals);
    }

    @Override
    public ImportedRow next() throws IOException {
        while (true) {
            byte[] content = lines.next();
            if (content == null) {
                return null;
            }
            line++;
            if (isBlank(content)) {
                continue;
            }
            EndpointDraft draft = new EndpointDraft();
            try {
                JsonNode node = TREES.readTree(content);
                if (node != null && node.isObject()) {
                    addEndpoint(node, draft);
                } else {
                    draft.reject("", "the line is not a JSON object");
                }
            } catch (JsonProcessingException e) {
                draft.reject("", e.getOriginalMessage().startsWith("Invalid UTF-8")
                        ? "the line is not UTF-8 text; save the file as UTF-8"
                        : "the line is not valid JSON at column " + e.getLocation().getColumnNr() + ": "
                                + e.getOriginalMessage());
            }
            return draft.toRow(line, rules, keepOriginals ? new OriginalRow.JsonLine(content) : null);
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte character : content) {
            if (character != ' ' && character != '\t' && character != '\r') {
                return false;
            }
        }
        return true;
    }

    private void addEndpoint(JsonNode endpoint, EndpointDraft draft) {
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

    @Override
    public long bytesRead() {
        return lines.bytesRead();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
