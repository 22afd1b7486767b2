package io.tidings.channel.push.apns;

import com.eatthepath.pushy.apns.auth.ApnsSigningKey;
import io.tidings.channel.http.SettingsChecks;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An APNs account with token-based authentication. The constructor refuses bad values with an
 * {@link IllegalArgumentException} naming the field, and reads the key, so no invalid settings exist;
 * {@code toString} leaves the key out.
 *
 * @param server {@link ApnsServer#PRODUCTION} or {@link ApnsServer#DEVELOPMENT} (or a proxy or test server)
 * @param bundleId the app's bundle ID, sent as the {@code apns-topic}
 * @param teamId the 10-character Team ID of the Apple developer account
 * @param keyId the 10-character Key ID of the auth key
 * @param authKey the text of the {@code AuthKey_KEYID.p8} file
 * @param maxConcurrency pushes in flight at once; they share one HTTP/2 connection as concurrent streams
 */
public record ApnsSettings(ApnsServer server, String bundleId, String teamId, String keyId, String authKey,
        int maxConcurrency) {

    /** Well below the 1,000 concurrent streams APNs allows on a connection, well above the engine's workers. */
    public static final int DEFAULT_MAX_CONCURRENCY = 50;

    private static final Pattern APPLE_ID = Pattern.compile("[A-Z0-9]{10}");
    private static final Pattern BUNDLE_ID = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    public ApnsSettings {
        if (server == null) {
            throw new IllegalArgumentException("APNs server is missing: choose production or development.");
        }
        bundleId = SettingsChecks.required("Bundle ID", bundleId);
        if (!BUNDLE_ID.matcher(bundleId).matches()) {
            throw new IllegalArgumentException("Bundle ID \"" + bundleId
                    + "\" is not a bundle ID: it looks like com.example.shop (letters, digits, hyphens and dots).");
        }
        teamId = appleId("Team ID", teamId, "Membership details");
        keyId = appleId("Key ID", keyId, "Keys list");
        ApnsAuthKey.read(authKey, teamId, keyId);
        SettingsChecks.concurrency("Max concurrency", maxConcurrency);
    }

    public static ApnsSettings of(ApnsServer server, String bundleId, String teamId, String keyId, String authKey) {
        return new ApnsSettings(server, bundleId, teamId, keyId, authKey, DEFAULT_MAX_CONCURRENCY);
    }

    /** The same account on another server: one auth key serves production and development. */
    public ApnsSettings withServer(ApnsServer other) {
        return new ApnsSettings(other, bundleId, teamId, keyId, authKey, maxConcurrency);
    }

    ApnsSigningKey signingKey() {
        return ApnsAuthKey.read(authKey, teamId, keyId);
    }

    private static String appleId(String field, String value, String whereAppleShowsIt) {
        String id = SettingsChecks.required(field, value).toUpperCase(Locale.ROOT);
        if (!APPLE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(field + " \"" + value.strip() + "\" should be the 10 letters and digits "
                    + "shown in the " + whereAppleShowsIt + " of Apple's developer site.");
        }
        return id;
    }

    @Override
    public String toString() {
        // Keeps the key out of logs.
        return "ApnsSettings[" + bundleId + " at " + server + ", team " + teamId + ", key " + keyId + "]";
    }
}
