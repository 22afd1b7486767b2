package io.tidings.delivery;

import java.time.Instant;
import java.util.Map;

/** One event of one message: sent, delivered, opened, bounced, ... under Pinpoint's event name. */
public record MessageEvent(String type, Instant at, Map<String, String> attributes) {

    public MessageEvent {
        attributes = Map.copyOf(attributes);
    }

    /** Whether the event is one the sandbox simulated rather than one a provider reported. */
    public boolean simulated() {
        return "true".equals(attributes.get("simulated"));
    }
}
