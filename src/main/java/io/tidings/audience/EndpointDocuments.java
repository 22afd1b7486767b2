package io.tidings.audience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pinpoint's JSON around endpoints, as the AWS command line takes and gives it: an
 * {@code update-endpoints-batch} request ({@code {"Item":[…]}}, also inside {@code EndpointBatchRequest}),
 * an {@code update-endpoint} request ({@code {"EndpointRequest":…}}, with {@code EndpointId} beside it)
 * and a {@code get-endpoint} response ({@code {"EndpointResponse":…}}). Any other object is an endpoint.
 */
final class EndpointDocuments {

    /** What a JSON import file may hold, for a file that holds something else. */
    static final String EXPECTED = "expected one endpoint per line (NDJSON) or {\"Item\":[…]}";

    static final String ITEM = "Item";
    static final String BATCH_REQUEST = "EndpointBatchRequest";
    static final String APPLICATION_ID = "ApplicationId";
    private static final String ENDPOINT_ID = "EndpointId";

    /** For each wrapping field, the fields that may stand beside it. */
    private static final Map<String, Set<String>> WRAPPERS = Map.of(
            ITEM, Set.of(ITEM, APPLICATION_ID),
            BATCH_REQUEST, Set.of(BATCH_REQUEST, APPLICATION_ID),
            "EndpointRequest", Set.of("EndpointRequest", APPLICATION_ID, ENDPOINT_ID),
            "EndpointResponse", Set.of("EndpointResponse", APPLICATION_ID));

    /** An endpoint within a document, and its JSON path there. */
    record Located(String path, JsonNode node) {
    }

    private EndpointDocuments() {
    }

    /** Whether the object wraps endpoints rather than being one; quick for an endpoint, which has more fields. */
    static boolean isWrapper(JsonNode object) {
        return object.size() <= 3 && wrappingField(object) != null;
    }

    /** The endpoints a wrapper holds, each with its path; see {@link #isWrapper}. */
    static List<Located> unwrap(JsonNode wrapper) {
        String field = wrappingField(wrapper);
        JsonNode inside = wrapper.get(field);
        List<Located> endpoints = new ArrayList<>();
        switch (field) {
            case ITEM -> addItems(ITEM, inside, endpoints);
            case BATCH_REQUEST -> addItems(BATCH_REQUEST + "." + ITEM, inside.get(ITEM), endpoints);
            default -> endpoints.add(new Located(field, withId(inside, wrapper.get(ENDPOINT_ID))));
        }
        return endpoints;
    }

    private static void addItems(String path, JsonNode items, List<Located> endpoints) {
        if (items == null || !items.isArray()) {
            endpoints.add(new Located(path, items));
            return;
        }
        for (int index = 0; index < items.size(); index++) {
            endpoints.add(new Located(path + "[" + index + "]", items.get(index)));
        }
    }

    /** An update-endpoint request names its endpoint beside the request, as EndpointId. */
    private static JsonNode withId(JsonNode endpoint, JsonNode endpointId) {
        if (endpointId != null && endpointId.isTextual() && endpoint instanceof ObjectNode object && !object.has("Id")) {
            object.set("Id", endpointId);
        }
        return endpoint;
    }

    private static String wrappingField(JsonNode object) {
        String found = null;
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (WRAPPERS.containsKey(name) && !name.equals(found)) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        if (found == null) {
            return null;
        }
        Set<String> allowed = WRAPPERS.get(found);
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            if (!allowed.contains(names.next())) {
                return null;
            }
        }
        return found;
    }
}
