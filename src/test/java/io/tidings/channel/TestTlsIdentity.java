package io.tidings.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate and its key for a test server, made once per test run and host with the JDK's keytool
 * (the JDK has no public API to write a certificate), so no private key is kept in the repository.
 */
public record TestTlsIdentity(X509Certificate certificate, PrivateKey privateKey) {

    /** The password of the key stores {@link #writeKeyStore} writes, and of the key in them. */
    public static final String PASSWORD = "test-only";
    private static final String ALIAS = "server";
    private static final Map<String, TestTlsIdentity> MADE = new HashMap<>();

    /** Made out to {@code localhost} and {@code 127.0.0.1}. */
    public static TestTlsIdentity localhost() {
        return made("localhost", "dns:localhost,ip:127.0.0.1");
    }

    /** Made out to {@code mail.shop.example} only: a server on this machine presenting it shows the wrong name. */
    public static TestTlsIdentity mailShopExample() {
        return made("mail.shop.example", "dns:mail.shop.example");
    }

    /** The certificate as a PEM file's text, as a user would choose it in Settings. */
    public String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    /** Writes the key and certificate as a PKCS12 key store protected by {@link #PASSWORD}. */
    public Path writeKeyStore(Path file) throws IOException, GeneralSecurityException {
        try (OutputStream out = Files.newOutputStream(file)) {
            keyStore().store(out, PASSWORD.toCharArray());
        }
        return file;
    }

    /** A server's TLS context presenting this certificate. */
    public SSLContext serverContext() throws GeneralSecurityException {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(keyStore(), PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    private KeyStore keyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        store.setKeyEntry(ALIAS, privateKey, PASSWORD.toCharArray(), new Certificate[] {certificate});
        return store;
    }

    private static synchronized TestTlsIdentity made(String host, String alternativeNames) {
        return MADE.computeIfAbsent(host, name -> generate(name, alternativeNames));
    }

    private static TestTlsIdentity generate(String host, String alternativeNames) {
        try {
            Path folder = Files.createTempDirectory("tidings-tls");
            Path store = folder.resolve(host + ".p12");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC",
                    "-groupname", "secp256r1", "-dname", "CN=" + host, "-ext", "SAN=" + alternativeNames,
                    "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", PASSWORD, "-keypass", PASSWORD)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool could not make a test certificate: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD.toCharArray());
            }
            TestTlsIdentity identity = new TestTlsIdentity((X509Certificate) keys.getCertificate(ALIAS),
                    (PrivateKey) keys.getKey(ALIAS, PASSWORD.toCharArray()));
            Files.delete(store);
            Files.delete(folder);
            return identity;
        } catch (Exception failed) {
            throw new IllegalStateException("The test TLS certificate could not be made.", failed);
        }
    }
}
