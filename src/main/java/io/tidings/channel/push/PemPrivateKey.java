package io.tidings.channel.push;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads an RSA private key in PEM-wrapped PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}), as Google issues them. */
public final class PemPrivateKey {

    private static final String BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String END = "-----END PRIVATE KEY-----";

    private PemPrivateKey() {
    }

    public static PrivateKey read(String pem) {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("The private key is not a PEM PKCS#8 key: it needs the lines "
                    + BEGIN + " and " + END + ".");
        }
        String base64 = pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IllegalArgumentException | InvalidKeySpecException unreadable) {
            throw new IllegalArgumentException("The private key could not be read as an RSA key: "
                    + unreadable.getMessage(), unreadable);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has RSA.", impossible);
        }
    }
}
