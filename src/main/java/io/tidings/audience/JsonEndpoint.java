package io.tidings.audience;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One endpoint as a JSON file gives it, before it is read into fields.
 *
 * @param line the file line where it starts
 * @param path where it sits in its document ({@code Item[2]}, {@code EndpointRequest}); empty for an
 *     endpoint that is the whole line or document
 * @param node the endpoint, or null when the line could not be read as JSON
 * @param problem why the line could not be read, or null
 * @param original the endpoint as a line of JSON, for the rejected rows file; null when the import keeps none
 */
record JsonEndpoint(long line, String path, JsonNode node, String problem, byte[] original) {

    static JsonEndpoint unreadable(long line, String problem, byte[] original) {
        return new JsonEndpoint(line, "", null, problem, original);
    }
}
