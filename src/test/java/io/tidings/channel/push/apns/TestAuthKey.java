package io.tidings.channel.push.apns;

import com.eatthepath.pushy.apns.auth.ApnsVerificationKey;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** A fresh APNs auth key: an EC P-256 key pair, its private half as the text of a .p8 file. */
public final class TestAuthKey {

    public static final String TEAM_ID = "TEAM123456";
    public static final String KEY_ID = "KEY1234567";

    private final KeyPair pair;

    public TestAuthKey() {
        this("secp256r1");
    }

    public TestAuthKey(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(curve));
            pair = generator.generateKeyPair();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public String p8() {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    ApnsVerificationKey verificationKey() {
        try {
            return new ApnsVerificationKey(KEY_ID, TEAM_ID, (ECPublicKey) pair.getPublic());
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
