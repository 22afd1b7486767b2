package io.tidings.server.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.tidings.analytics.Event;
import java.util.List;

/** A PutEvents body as read: its batch items in order, each with its endpoint's user and its events. */
record EventsBatch(List<Item> items) {

    EventsBatch {
        items = List.copyOf(items);
    }

    /**
     * One {@code BatchItem} entry: the endpoint id is its key; {@code endpoint} is its {@code Endpoint} part when it
     * gives any field, else null.
     */
    record Item(String endpointId, JsonNode endpoint, List<ItemEvent> events) {

        Item {
            events = List.copyOf(events);
        }
    }

    /** One event of an item: read, or refused with the problem naming its JSON path. */
    record ItemEvent(String eventId, Event event, String problem) {

        static ItemEvent refused(String eventId, String problem) {
            return new ItemEvent(eventId, null, problem);
        }
    }
}
