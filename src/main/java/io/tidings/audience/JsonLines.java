package io.tidings.audience;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Newline-delimited JSON, as a Pinpoint export job writes it: one endpoint object a line, each
 * line read on its own, so that a broken line is one rejected row. A line may also hold a whole
 * request or response ({@link EndpointDocuments}); its endpoints then share the line's number.
 */
final class JsonLines implements JsonEndpoints {

    /** Reads trees; made once, so that each line does not look up how to read a tree again. */
    private static final ObjectReader TREES = new ObjectMapper().readerFor(JsonNode.class);

    private final ByteLines lines;
    private final boolean keepOriginals;
    private final Deque<JsonEndpoint> pending = new ArrayDeque<>(0);
    private long line;

    private JsonLines(ByteLines lines, boolean keepOriginals) {
        this.lines = lines;
        this.keepOriginals = keepOriginals;
    }

    /** @param keepOriginals whether each endpoint carries its line's bytes, for the rejected rows file */
    static JsonLines open(Path file, boolean keepOriginals) throws IOException {
        return new JsonLines(ByteLines.open(file), keepOriginals);
    }

    @Override
    public JsonEndpoint next() throws IOException {
        while (pending.isEmpty()) {
            byte[] content = lines.next();
            if (content == null) {
                return null;
            }
            line++;
            if (isBlank(content)) {
                continue;
            }
            byte[] original = keepOriginals ? content : null;
            try {
                JsonNode node = TREES.readTree(content);
                if (node == null || !node.isObject()) {
                    return JsonEndpoint.unreadable(line, "the line is not a JSON object", original);
                }
                if (!EndpointDocuments.isWrapper(node)) {
                    return new JsonEndpoint(line, "", node, null, original);
                }
                for (EndpointDocuments.Located endpoint : EndpointDocuments.unwrap(node)) {
                    pending.add(new JsonEndpoint(line, endpoint.path(), endpoint.node(), null,
                            keepOriginals ? JsonDocument.bytesOf(endpoint.node()) : null));
                }
            } catch (JsonProcessingException e) {
                return JsonEndpoint.unreadable(line, JsonProblems.ofLine(e), original);
            }
        }
        return pending.poll();
    }

    private static boolean isBlank(byte[] content) {
        for (byte character : content) {
            if (character != ' ' && character != '\t' && character != '\r') {
                return false;
            }
        }
        return true;
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
