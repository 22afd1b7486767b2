package io.tidings.channel.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/** A fresh RSA key pair and the service account key file that holds its private half. */
public final class TestServiceAccount {

    static final String EMAIL = "tidings-push@spring-shop.iam.gserviceaccount.com";

    final KeyPair keyPair;

    public TestServiceAccount() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keyPair = generator.generateKeyPair();
    }

    String pem() {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keyPair.getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }

    public String keyFile(String tokenUri) throws Exception {
        return new ObjectMapper().writeValueAsString(Map.of(
                "type", "service_account",
                "project_id", "spring-shop",
                "private_key_id", "key-1",
                "private_key", pem(),
                "client_email", EMAIL,
                "token_uri", tokenUri));
    }
}
