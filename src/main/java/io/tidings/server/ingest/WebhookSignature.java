package io.tidings.server.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The HMAC signatures providers put on their callbacks, computed and compared in constant time. */
final class WebhookSignature {

    /** The generic webhook's header: {@code X-Tidings-Signature: sha256=<hex HMAC-SHA256 of the raw body>}. */
    static final String TIDINGS_HEADER = "X-Tidings-Signature";
    static final String TWILIO_HEADER = "X-Twilio-Signature";
    private static final String SHA256_PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /** Whether {@code header} is {@code sha256=} and the hex HMAC-SHA256 of {@code body} with {@code secret}. */
    static boolean tidingsMatches(String header, byte[] body, String secret) {
        if (header == null || !header.strip().startsWith(SHA256_PREFIX)) {
            return false;
        }
        String expected = HexFormat.of().formatHex(hmac("HmacSHA256", secret, body));
        return constantTimeEquals(expected, header.strip().substring(SHA256_PREFIX.length()).toLowerCase(Locale.ROOT));
    }

    /** The hex HMAC-SHA256 a sender of the generic webhook puts after {@code sha256=}. */
    static String tidings(byte[] body, String secret) {
        return SHA256_PREFIX + HexFormat.of().formatHex(hmac("HmacSHA256", secret, body));
    }

    /**
     * Twilio's signature: the base64 HMAC-SHA1, keyed with the account's auth token, of the full URL Twilio called
     * followed by each POST parameter's name and value, sorted by name.
     */
    static String twilio(String url, Map<String, String> parameters, String authToken) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(parameters).forEach((name, value) -> signed.append(name).append(value));
        return Base64.getEncoder().encodeToString(hmac("HmacSHA1", authToken, signed.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Whether {@code signature} is Twilio's for the URL, as Twilio may have signed it: with the URL's port, without
     * it, or with the scheme's default port added (Twilio's own validators try the same).
     */
    static boolean twilioMatches(String url, Map<String, String> parameters, String authToken, String signature) {
        for (String variant : portVariants(url)) {
            if (constantTimeEquals(twilio(variant, parameters, authToken), signature)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> portVariants(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUrl) {
            return List.of(url);
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) {
            return List.of(url);
        }
        String host = uri.getHost() == null ? uri.getRawAuthority() : uri.getHost();
        String rest = (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        String withoutPort = uri.getScheme() + "://" + host + rest;
        String withPort = uri.getScheme() + "://" + host + ":" + (uri.getPort() < 0 ? defaultPort : uri.getPort()) + rest;
        return List.of(url, withoutPort, withPort);
    }

    static boolean constantTimeEquals(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(String algorithm, String key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException("Every JDK has " + algorithm + ".", impossible);
        }
    }
}
