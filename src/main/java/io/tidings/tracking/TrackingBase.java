package io.tidings.tracking;

import java.util.Optional;

/**
 * Where recipients reach the workspace's tracking server, such as {@code https://links.example.com}: the start of
 * every tracking and unsubscribe link. Tracking is on while it is known. The composition root sets it from the
 * server's settings when the workspace opens and again whenever they change or the server starts on a port of its
 * choosing; the engine reads it for each message, without a trip to the database.
 */
public final class TrackingBase {

    private volatile String base;

    /** The base without a trailing slash, or empty when tracking is off. */
    public Optional<String> current() {
        return Optional.ofNullable(base);
    }

    /** Sets the base; null or blank turns tracking off. */
    public void set(String publicBaseUrl) {
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            base = null;
            return;
        }
        String stripped = publicBaseUrl.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        base = stripped;
    }
}
