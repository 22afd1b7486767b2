package io.tidings.campaign;

import io.tidings.analytics.Event;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What tells one event from another for "at most once per event": a digest of its type, time, endpoint, user,
 * session, attributes and metrics. The same event recorded twice (a client's retry, a replayed batch) has the same
 * key; two events that differ in anything do not.
 */
final class EventKey {

    private EventKey() {
    }

    static String of(Event event) {
        StringBuilder text = new StringBuilder(256).append(event.eventType()).append('\u001F')
                .append(event.timestamp()).append('\u001F').append(event.endpointId()).append('\u001F')
                .append(event.userId()).append('\u001F').append(event.sessionId());
        new TreeMap<>(event.attributes()).forEach((name, value) -> text.append('\u001E').append(name).append('=').append(value));
        for (Map.Entry<String, Double> metric : new TreeMap<>(event.metrics()).entrySet()) {
            text.append('\u001D').append(metric.getKey()).append('=').append(metric.getValue());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
