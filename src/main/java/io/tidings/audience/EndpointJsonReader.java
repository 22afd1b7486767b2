package io.tidings.audience;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads Pinpoint endpoints from JSON: newline-delimited, one endpoint a line, as a Pinpoint export
 * job writes it ({@link JsonLines}, the fast path), or documents written across lines, as the AWS
 * command line takes and gives them ({@link JsonDocument}). The file's first value tells which:
 * NDJSON when it ends on the line where it starts.
 */
final class EndpointJsonReader implements EndpointSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonEndpoints endpoints;
    private final EndpointJsonFields fields = new EndpointJsonFields();
    private final EndpointRules rules;

    private EndpointJsonReader(JsonEndpoints endpoints, EndpointRules rules) {
        this.endpoints = endpoints;
        this.rules = rules;
    }

    /** @param keepOriginals whether each row carries its JSON, for the rejected rows file */
    static EndpointJsonReader open(Path file, EndpointRules rules, boolean keepOriginals) throws IOException {
        JsonEndpoints endpoints = spansLines(file) ? JsonDocument.open(file, keepOriginals)
                : JsonLines.open(file, keepOriginals);
        return new EndpointJsonReader(endpoints, rules);
    }

    /**
     * Whether the file's first value continues past its first line: a document, not NDJSON. A first
     * line that is broken JSON counts as NDJSON, whose broken lines are rejected rows; a file that
     * does not start with an object is refused.
     */
    private static boolean spansLines(Path file) throws IOException {
        try (ImportFileBytes bytes = ImportFileBytes.open(file); JsonParser parser = JSON.createParser(bytes.content())) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JsonProcessingException notJson) {
                throw new ImportFileException(file.getFileName() + ": " + EndpointDocuments.EXPECTED, notJson);
            }
            if (token == null) {
                return false;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new ImportFileException(file.getFileName() + ", line " + parser.currentTokenLocation().getLineNr()
                        + ": " + EndpointDocuments.EXPECTED);
            }
            int firstLine = parser.currentTokenLocation().getLineNr();
            int depth = 1;
            try {
                while (depth > 0) {
                    token = parser.nextToken();
                    if (token == null || parser.currentTokenLocation().getLineNr() != firstLine) {
                        return token != null;
                    }
                    if (token.isStructStart()) {
                        depth++;
                    } else if (token.isStructEnd()) {
                        depth--;
                    }
                }
            } catch (JsonProcessingException brokenFirstLine) {
                return brokenFirstLine.getLocation() != null && brokenFirstLine.getLocation().getLineNr() != firstLine;
            }
            return false;
        }
    }

    @Override
    public ImportedRow next() throws IOException {
        JsonEndpoint endpoint = endpoints.next();
        if (endpoint == null) {
            return null;
        }
        EndpointDraft draft = new EndpointDraft();
        if (endpoint.problem() != null) {
            draft.reject("", endpoint.problem());
        } else if (endpoint.node() != null && endpoint.node().isObject()) {
            fields.addEndpoint(endpoint.node(), draft);
        } else {
            draft.reject("", "must be an endpoint object");
        }
        ImportedRow row = draft.toRow(endpoint.line(), rules,
                endpoint.original() == null ? null : new OriginalRow.JsonLine(endpoint.original()));
        return endpoint.path().isEmpty() || row.problems().isEmpty() ? row : under(endpoint.path(), row);
    }

    /** The row's problems named by their JSON path in the document, such as Item[2].Address. */
    private static ImportedRow under(String path, ImportedRow row) {
        List<FieldProblem> problems = row.problems().stream()
                .map(problem -> new FieldProblem(problem.field().isEmpty() ? path : path + "." + problem.field(),
                        problem.reason()))
                .toList();
        return new ImportedRow(row.line(), row.endpoint(), problems, row.original());
    }

    @Override
    public long bytesRead() {
        return endpoints.bytesRead();
    }

    @Override
    public void close() throws IOException {
        endpoints.close();
    }
}
