package io.tidings.tracking;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The paths of a message's tracking links, each signed with the workspace's secret: the open pixel
 * ({@code /t/o/ID/SIG.gif}), a click ({@code /t/c/ID/TARGET/SIG}, the target URL in base64url) and the unsubscribe
 * link ({@code /u/ID/SIG}). The signature is HMAC-SHA256 over what the link does, the message id and, for a click,
 * the target, cut to 128 bits: a link forged, altered, truncated, moved to another message or to another purpose
 * does not verify, and a click can only lead where the message's own link led (no open redirect).
 */
public final class TrackingLinks {

    public static final String OPEN = "/t/o/";
    public static final String CLICK = "/t/c/";
    public static final String UNSUBSCRIBE = "/u/";

    private static final int SIGNATURE_BYTES = 16;
    private static final int SIGNATURE_CHARACTERS = 22;
    private static final String PIXEL_SUFFIX = ".gif";
    /** Longer than any link worth following in an email; a longer target is not tracked. */
    static final int LONGEST_TARGET = 4_096;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** A verified click: the message it was in and where its link led. */
    public record Click(long messageId, String target) {
    }

    private final Supplier<byte[]> secret;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
    private byte[] key;

    /** @param secret the workspace's secret, asked for the first time a link is signed or checked */
    public TrackingLinks(Supplier<byte[]> secret) {
        this.secret = secret;
    }

    public String openPath(long messageId) {
        return OPEN + messageId + "/" + sign("open", messageId, "") + PIXEL_SUFFIX;
    }

    /** The click path for a link to {@code target} in the message; {@code target} is an http or https URL. */
    public String clickPath(long messageId, String target) {
        return CLICK + messageId + "/" + ENCODER.encodeToString(target.getBytes(StandardCharsets.UTF_8)) + "/"
                + sign("click", messageId, target);
    }

    public String unsubscribePath(long messageId) {
        return UNSUBSCRIBE + messageId + "/" + sign("unsubscribe", messageId, "");
    }

    /** The message whose open pixel this path is, when its signature is right. */
    public OptionalLong verifiedOpen(String path) {
        if (!path.startsWith(OPEN) || !path.endsWith(PIXEL_SUFFIX)) {
            return OptionalLong.empty();
        }
        String[] parts = path.substring(OPEN.length(), path.length() - PIXEL_SUFFIX.length()).split("/", -1);
        return parts.length == 2 ? verified("open", parts[0], "", parts[1]) : OptionalLong.empty();
    }

    /** The message and target of this click path, when its signature is right and the target a web address. */
    public Optional<Click> verifiedClick(String path) {
        if (!path.startsWith(CLICK)) {
            return Optional.empty();
        }
        String[] parts = path.substring(CLICK.length()).split("/", -1);
        if (parts.length != 3 || parts[1].length() > LONGEST_TARGET * 2) {
            return Optional.empty();
        }
        String target;
        try {
            target = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        OptionalLong message = verified("click", parts[0], target, parts[2]);
        if (message.isEmpty() || !WebAddress.isWebAddress(target)) {
            return Optional.empty();
        }
        return Optional.of(new Click(message.getAsLong(), target));
    }

    /** The message whose unsubscribe link this path is, when its signature is right. */
    public OptionalLong verifiedUnsubscribe(String path) {
        if (!path.startsWith(UNSUBSCRIBE)) {
            return OptionalLong.empty();
        }
        String[] parts = path.substring(UNSUBSCRIBE.length()).split("/", -1);
        return parts.length == 2 ? verified("unsubscribe", parts[0], "", parts[1]) : OptionalLong.empty();
    }

    private OptionalLong verified(String purpose, String id, String target, String signature) {
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')
                || signature.length() != SIGNATURE_CHARACTERS) {
            return OptionalLong.empty();
        }
        long messageId = Long.parseLong(id);
        // The id must be written as the signer wrote it: "007" for 7 would be another link.
        if (!Long.toString(messageId).equals(id)) {
            return OptionalLong.empty();
        }
        byte[] expected = sign(purpose, messageId, target).getBytes(StandardCharsets.US_ASCII);
        boolean same = MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        return same ? OptionalLong.of(messageId) : OptionalLong.empty();
    }

    private String sign(String purpose, long messageId, String target) {
        Mac mac = macs.get();
        byte[] digest = mac.doFinal((purpose + "\n" + messageId + "\n" + target).getBytes(StandardCharsets.UTF_8));
        return ENCODER.encodeToString(Arrays.copyOf(digest, SIGNATURE_BYTES));
    }

    /** The secret, asked for once: reading it may write it into the workspace. */
    private synchronized byte[] key() {
        if (key == null) {
            key = secret.get();
        }
        return key;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime.", e);
        }
    }
}
