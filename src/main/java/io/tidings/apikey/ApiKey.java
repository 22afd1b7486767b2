package io.tidings.apikey;

import java.time.Instant;

/**
 * An API key as the list shows it: never its secret.
 *
 * @param lastUsedAt when a request last authenticated with it (to the minute), or null
 * @param revokedAt when it was revoked, or null while it works
 */
public record ApiKey(String accessKeyId, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
