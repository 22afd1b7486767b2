package io.tidings.channel.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every webhook call: {@code X-Tidings-Signature: sha256=<hex HMAC-SHA256 of the raw body>}, keyed
 * with the workspace's webhook secret, the same form the workspace's own delivery-receipt webhook checks.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Tidings-Signature";
    /** The ledger id of the message: the same on every attempt, so that a receiver can tell a repeat. */
    public static final String MESSAGE_ID_HEADER = "X-Tidings-Message-Id";

    private WebhookSignature() {
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code body} keyed with {@code secret}. */
    public static String of(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("Every JDK has HmacSHA256.", impossible);
        }
    }
}
