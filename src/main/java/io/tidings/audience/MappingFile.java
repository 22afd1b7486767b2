package io.tidings.audience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.work.JsonErrors;
import io.tidings.work.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the columns of a CSV that is not in Pinpoint's shape become endpoint fields, written down so that the same
 * file imports headless: each header with the Pinpoint field it goes to, and the channel of rows without a channel
 * column. As JSON: {@code {"Columns": {"email": "Address", "country": "Location.Country"}, "ChannelType": "EMAIL"}}.
 *
 * @param columns header to field path, such as {@code email = Address}; a header not listed is left out
 * @param channelType the channel of every row when no column holds one (EMAIL, SMS…), or null
 */
public record MappingFile(Map<String, String> columns, String channelType) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public MappingFile {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Reads a mapping written by the import wizard or by hand; refused in words when it is not one. */
    public static MappingFile read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("The mapping " + file.getFileName() + " is not valid JSON: "
                    + JsonErrors.syntax(e));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The mapping " + file + " could not be read: " + e.getMessage(), e);
        }
        if (root == null || !root.path("Columns").isObject()) {
            throw new IllegalArgumentException("The mapping " + file.getFileName()
                    + " has no \"Columns\" object: write {\"Columns\": {\"email\": \"Address\"}}.");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        root.path("Columns").fields().forEachRemaining(entry -> {
            if (!entry.getValue().isTextual()) {
                throw new IllegalArgumentException("In the mapping " + file.getFileName() + ", the column "
                        + Quote.of(entry.getKey()) + " needs a field path as text, such as \"Address\".");
            }
            columns.put(entry.getKey(), entry.getValue().asText());
        });
        JsonNode channel = root.path("ChannelType");
        return new MappingFile(columns, channel.isTextual() ? channel.asText() : null);
    }

    /** Writes the mapping as JSON, readable by {@link #read} and by {@code import --mapping}. */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode mapped = root.putObject("Columns");
        columns.forEach(mapped::put);
        if (channelType != null) {
            root.put("ChannelType", channelType);
        }
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /**
     * The column mapping for a file with these headers, in their order; refused in one sentence naming a header the
     * file does not have, a field Tidings does not import, or a channel that is none of Pinpoint's.
     */
    public ColumnMapping forHeaders(List<String> headers) {
        for (Map.Entry<String, String> column : columns.entrySet()) {
            if (!headers.contains(column.getKey())) {
                throw new IllegalArgumentException("The mapping names the column " + Quote.of(column.getKey())
                        + ", which the file does not have; its columns are " + String.join(", ", headers) + ".");
            }
            if (!isField(column.getValue())) {
                throw new IllegalArgumentException("The mapping sends the column " + Quote.of(column.getKey()) + " to "
                        + Quote.of(column.getValue()) + ", which is not a field Tidings imports: use one of "
                        + String.join(", ", standardPaths()) + ", or Attributes.NAME, User.UserAttributes.NAME or "
                        + "Metrics.NAME.");
            }
        }
        Map<String, String> fixed = new LinkedHashMap<>();
        if (channelType != null) {
            try {
                fixed.put("ChannelType", ChannelType.valueOf(channelType.strip().toUpperCase(Locale.ROOT)).name());
            } catch (IllegalArgumentException notAChannel) {
                throw new IllegalArgumentException("The mapping's channel " + Quote.of(channelType)
                        + " is not one of Pinpoint's: use EMAIL, SMS, VOICE, APNS, GCM, BAIDU, ADM, CUSTOM or IN_APP.");
            }
        }
        List<String> paths = new ArrayList<>(headers.size());
        for (String header : headers) {
            paths.add(columns.get(header));
        }
        return new ColumnMapping(paths, fixed);
    }

    private static boolean isField(String path) {
        for (String prefix : List.of(FieldPath.ATTRIBUTES, FieldPath.USER_ATTRIBUTES, FieldPath.METRICS)) {
            if (path.startsWith(prefix)) {
                return path.length() > prefix.length();
            }
        }
        return standardPaths().contains(path);
    }

    private static List<String> standardPaths() {
        List<String> paths = new ArrayList<>();
        for (StandardField field : StandardField.values()) {
            paths.add(field.path());
        }
        return paths;
    }
}
