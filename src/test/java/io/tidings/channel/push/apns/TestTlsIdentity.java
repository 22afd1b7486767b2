package io.tidings.channel.push.apns;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed certificate for {@code localhost} and its key, made once per test run with the JDK's keytool
 * (the JDK has no public API to write a certificate), so no private key is kept in the repository.
 */
record TestTlsIdentity(X509Certificate certificate, PrivateKey privateKey) {

    private static final char[] PASSWORD = "test-only".toCharArray();
    private static TestTlsIdentity localhost;

    static synchronized TestTlsIdentity localhost() {
        if (localhost == null) {
            localhost = generate();
        }
        return localhost;
    }

    private static TestTlsIdentity generate() {
        try {
            Path folder = Files.createTempDirectory("tidings-tls");
            Path store = folder.resolve("localhost.p12");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "localhost", "-keyalg", "EC",
                    "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool could not make a test certificate: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD);
            }
            TestTlsIdentity identity = new TestTlsIdentity((X509Certificate) keys.getCertificate("localhost"),
                    (PrivateKey) keys.getKey("localhost", PASSWORD));
            Files.delete(store);
            Files.delete(folder);
            return identity;
        } catch (Exception failed) {
            throw new IllegalStateException("The test TLS certificate could not be made.", failed);
        }
    }
}
