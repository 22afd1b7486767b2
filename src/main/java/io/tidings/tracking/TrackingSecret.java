package io.tidings.tracking;

import io.tidings.store.Database;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The workspace's key for signing tracking links: 32 random bytes, made the first time a link is signed and kept in
 * the workspace, so that links in messages sent long ago still verify after a restart, and a link made for one
 * workspace verifies in no other.
 */
public final class TrackingSecret {

    static final String SETTING = "tracking_secret";
    static final int BYTES = 32;

    private TrackingSecret() {
    }

    /** The workspace's secret, made and stored now if it has none. */
    public static byte[] of(Database database) {
        byte[] made = new byte[BYTES];
        new SecureRandom().nextBytes(made);
        String stored = database.write(connection -> {
            // INSERT OR IGNORE, then read: the app and a command opening the workspace at once agree on one secret.
            try (var insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO workspace_setting (key, value) VALUES (?, ?)")) {
                insert.setString(1, SETTING);
                insert.setString(2, Base64.getEncoder().encodeToString(made));
                insert.executeUpdate();
            }
            try (var query = connection.prepareStatement("SELECT value FROM workspace_setting WHERE key = ?")) {
                query.setString(1, SETTING);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
        byte[] secret = Base64.getDecoder().decode(stored);
        if (secret.length < BYTES) {
            throw new IllegalStateException("The workspace's tracking key is damaged: it is " + secret.length
                    + " bytes long instead of " + BYTES + ".");
        }
        return secret;
    }
}
