package io.tidings.audience;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.work.FileErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON documents written across lines, as the AWS command line takes and gives them: a
 * {@code {"Item":[…]}} batch, whose items are read one at a time by Jackson's streaming parser so
 * that a batch of any size is never held whole, or one endpoint, bare or wrapped
 * ({@link EndpointDocuments}). Several documents may follow one another. Each endpoint is numbered
 * by the line where it starts; a fault in the JSON stops the import, naming its line and column.
 */
final class JsonDocument implements JsonEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ImportFileBytes bytes;
    private final JsonParser parser;
    private final boolean keepOriginals;
    private final Deque<JsonEndpoint> pending = new ArrayDeque<>(0);
    /** Set while the parser is inside a batch's Item list: its path, such as "Item". */
    private String items;
    private int itemIndex;
    /** How many objects around the Item list are still open (the document, an EndpointBatchRequest). */
    private int openWrappers;

    private JsonDocument(Path file, ImportFileBytes bytes, boolean keepOriginals) throws IOException {
        this.file = file;
        this.bytes = bytes;
        this.parser = JSON.createParser(bytes.content());
        this.keepOriginals = keepOriginals;
    }

    static JsonDocument open(Path file, boolean keepOriginals) throws IOException {
        ImportFileBytes bytes = ImportFileBytes.open(file);
        try {
            return new JsonDocument(file, bytes, keepOriginals);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    @Override
    public JsonEndpoint next() throws IOException {
        try {
            while (pending.isEmpty()) {
                if (items != null) {
                    JsonEndpoint item = nextItem();
                    if (item != null) {
                        return item;
                    }
                } else if (openWrappers > 0) {
                    closeWrapper();
                } else if (!readDocument()) {
                    return null;
                }
            }
            return pending.poll();
        } catch (JsonProcessingException e) {
            throw new ImportFileException(JsonProblems.ofDocument(file.getFileName().toString(), e), e);
        } catch (IOException e) {
            throw new ImportFileException(FileErrors.whyUnreadable(file, e) + " (after line " + line() + ")", e);
        }
    }

    /** The next item of the Item list; null at its end. */
    private JsonEndpoint nextItem() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_ARRAY) {
            items = null;
            return null;
        }
        long line = line();
        JsonNode item = parser.readValueAsTree();
        return new JsonEndpoint(line, items + "[" + itemIndex++ + "]", item, null, original(item));
    }

    /** After the Item list: the rest of the objects around it may only name the application. */
    private void closeWrapper() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.END_OBJECT) {
            openWrappers--;
        } else if (token == JsonToken.FIELD_NAME && parser.currentName().equals(EndpointDocuments.APPLICATION_ID)) {
            parser.nextToken();
            parser.skipChildren();
        } else {
            throw notExpected();
        }
    }

    /**
     * Reads the start of the next document: a batch's Item list is then read item by item; any
     * other object is read whole and its endpoints queued. False at the end of the file.
     */
    private boolean readDocument() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return false;
        }
        if (token != JsonToken.START_OBJECT) {
            throw notExpected();
        }
        long line = line();
        ObjectNode document = JSON.createObjectNode();
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            token = parser.nextToken();
            boolean onlyApplication = document.isEmpty()
                    || document.size() == 1 && document.has(EndpointDocuments.APPLICATION_ID);
            if (onlyApplication && name.equals(EndpointDocuments.ITEM) && token == JsonToken.START_ARRAY) {
                startItems(EndpointDocuments.ITEM, 1);
                return true;
            }
            if (onlyApplication && name.equals(EndpointDocuments.BATCH_REQUEST) && token == JsonToken.START_OBJECT) {
                // Pinpoint's batch request holds nothing but its Item list.
                if (parser.nextToken() != JsonToken.FIELD_NAME || !parser.currentName().equals(EndpointDocuments.ITEM)
                        || parser.nextToken() != JsonToken.START_ARRAY) {
                    throw notExpected();
                }
                startItems(EndpointDocuments.BATCH_REQUEST + "." + EndpointDocuments.ITEM, 2);
                return true;
            }
            document.set(name, parser.readValueAsTree());
        }
        queue(line, document);
        return true;
    }

    private void startItems(String path, int wrappers) {
        items = path;
        itemIndex = 0;
        openWrappers = wrappers;
    }

    private void queue(long line, ObjectNode document) {
        if (!EndpointDocuments.isWrapper(document)) {
            pending.add(new JsonEndpoint(line, "", document, null, original(document)));
            return;
        }
        for (EndpointDocuments.Located endpoint : EndpointDocuments.unwrap(document)) {
            pending.add(new JsonEndpoint(line, endpoint.path(), endpoint.node(), null, original(endpoint.node())));
        }
    }

    private ImportFileException notExpected() {
        return new ImportFileException(file.getFileName() + ", line " + line() + ": " + EndpointDocuments.EXPECTED);
    }

    private long line() {
        return parser.currentTokenLocation().getLineNr();
    }

    private byte[] original(JsonNode endpoint) {
        return keepOriginals ? bytesOf(endpoint) : null;
    }

    /** An endpoint written as one line of JSON, as the rejected rows file holds it. */
    static byte[] bytesOf(JsonNode endpoint) {
        try {
            return JSON.writeValueAsBytes(endpoint);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long bytesRead() {
        return bytes.fileBytesRead();
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            bytes.close();
        }
    }
}
