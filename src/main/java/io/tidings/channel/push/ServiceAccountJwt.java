package io.tidings.channel.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** The RS256-signed JWT a service account presents to Google's token endpoint (RFC 7523). */
public final class ServiceAccountJwt {

    public static final String FIREBASE_MESSAGING_SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    /** Google accepts assertions valid for at most an hour. */
    public static final Duration LIFETIME = Duration.ofHours(1);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64_URL = Base64.getUrlEncoder().withoutPadding();

    private ServiceAccountJwt() {
    }

    public static String sign(ServiceAccountKey key, String scope, Instant now) {
        ObjectNode header = JSON.createObjectNode().put("alg", "RS256").put("typ", "JWT");
        if (key.privateKeyId() != null) {
            header.put("kid", key.privateKeyId());
        }
        ObjectNode claims = JSON.createObjectNode()
                .put("iss", key.clientEmail())
                .put("scope", scope)
                .put("aud", key.tokenUri())
                .put("iat", now.getEpochSecond())
                .put("exp", now.plus(LIFETIME).getEpochSecond());
        String signedPart = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key.privateKey());
            signature.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return signedPart + "." + BASE64_URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("The service account key could not sign: " + failure.getMessage(), failure);
        }
    }

    private static String encode(ObjectNode json) {
        try {
            return BASE64_URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A JSON tree of strings and numbers could not be written.", impossible);
        }
    }
}
