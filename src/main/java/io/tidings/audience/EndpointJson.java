package io.tidings.audience;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An endpoint as Pinpoint's endpoint JSON object, the one an NDJSON export writes (a fresh object each call). */
public final class EndpointJson {

    private EndpointJson() {
    }

    public static ObjectNode of(Endpoint endpoint) {
        return EndpointJsonWriter.toJson(endpoint);
    }
}
