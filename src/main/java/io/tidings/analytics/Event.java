package io.tidings.analytics;

import java.time.Instant;
import java.util.Map;

/**
 * One engagement event in Pinpoint's shape: its type ({@code _email.open}, {@code _session.start}, a custom name),
 * when it happened, the endpoint and user it concerns, the app session, its attributes and metrics, and what it
 * belongs to. Endpoint, user and session are null when the event has none.
 */
public record Event(String eventType, Instant timestamp, String endpointId, String userId, String sessionId,
        Map<String, String> attributes, Map<String, Double> metrics, Attribution attribution) {

    public Event {
        attributes = Map.copyOf(attributes);
        metrics = Map.copyOf(metrics);
    }

    /** Whether the type is one of Pinpoint's own (they begin with an underscore) rather than the app's. */
    public boolean standardType() {
        return eventType.startsWith("_");
    }
}
