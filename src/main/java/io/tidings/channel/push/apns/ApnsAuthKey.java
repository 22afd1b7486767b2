package io.tidings.channel.push.apns;

import com.eatthepath.pushy.apns.auth.ApnsSigningKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

/**
 * Reads the text of an APNs auth key file ({@code AuthKey_KEYID.p8}, an EC P-256 private key in PEM PKCS#8) into
 * Pushy's signing key. Failures name the field as the Settings screen shows it.
 */
final class ApnsAuthKey {

    static final String FIELD = "APNs auth key (.p8)";
    private static final int P256_FIELD_BITS = 256;

    private ApnsAuthKey() {
    }

    static ApnsSigningKey read(String pem, String teamId, String keyId) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException(FIELD + " is missing: paste the contents of the AuthKey_" + keyId
                    + ".p8 file downloaded from Apple's developer site.");
        }
        ApnsSigningKey key;
        try {
            key = ApnsSigningKey.loadFromInputStream(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.UTF_8)), teamId, keyId);
        } catch (IOException | InvalidKeyException | IllegalArgumentException | ClassCastException unreadable) {
            throw new IllegalArgumentException(FIELD + " could not be read: it should be the whole .p8 file, from "
                    + "-----BEGIN PRIVATE KEY----- to -----END PRIVATE KEY-----, as Apple issued it.", unreadable);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has EC keys and SHA256withECDSA.", impossible);
        }
        if (key.getParams().getCurve().getField().getFieldSize() != P256_FIELD_BITS) {
            throw new IllegalArgumentException(FIELD + " is an EC key on another curve; APNs auth keys are P-256.");
        }
        return key;
    }
}
