package io.tidings.channel.push;

import com.fasterxml.jackson.databind.JsonNode;
import io.tidings.channel.http.JsonAnswers;
import io.tidings.channel.http.SettingsChecks;
import java.security.PrivateKey;

/**
 * The parts of a Google service account key file (the JSON Firebase offers for download) that signing in needs.
 *
 * @param privateKeyId the key's id, sent as the JWT's {@code kid}
 * @param tokenUri where the signed JWT is exchanged for an access token
 */
public record ServiceAccountKey(
        String clientEmail, String privateKeyId, PrivateKey privateKey, String tokenUri, String projectId) {

    /** Reads the key file's text; messages name the field that is missing or wrong. */
    public static ServiceAccountKey parse(String json) {
        JsonNode key = JsonAnswers.read(json);
        if (!key.isObject()) {
            throw new IllegalArgumentException("The service account key is not a JSON object.");
        }
        String type = JsonAnswers.firstText(key, "/type");
        if (type != null && !type.equals("service_account")) {
            throw new IllegalArgumentException(
                    "The key file's \"type\" is \"" + type + "\", not \"service_account\".");
        }
        return new ServiceAccountKey(
                SettingsChecks.required("The key file's \"client_email\"", JsonAnswers.firstText(key, "/client_email")),
                JsonAnswers.firstText(key, "/private_key_id"),
                PemPrivateKey.read(SettingsChecks.required("The key file's \"private_key\"",
                        JsonAnswers.firstText(key, "/private_key"))),
                SettingsChecks.baseUrl("The key file's \"token_uri\"", JsonAnswers.firstText(key, "/token_uri")),
                JsonAnswers.firstText(key, "/project_id"));
    }

    /** The same key exchanged at another token endpoint (a test server, a proxy). */
    public ServiceAccountKey withTokenUri(String otherTokenUri) {
        return new ServiceAccountKey(clientEmail, privateKeyId, privateKey,
                SettingsChecks.baseUrl("Token URI", otherTokenUri), projectId);
    }

    @Override
    public String toString() {
        // Keeps the private key out of logs.
        return "ServiceAccountKey[" + clientEmail + "]";
    }
}
