package io.tidings.audience;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A change to one endpoint as an app sends it with its events (PutEvents' {@code Endpoint} part, Pinpoint's
 * PublicEndpoint): the endpoint's id and the fields given, in Pinpoint's endpoint JSON.
 */
public record EndpointUpdate(String id, JsonNode fields) {
}
