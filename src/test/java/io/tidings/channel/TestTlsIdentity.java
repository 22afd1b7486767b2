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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A server's certificate chain and key for a test server, made once per test run and kind with the JDK's keytool
 * (the JDK has no public API to write a certificate), so no private key is kept in the repository.
 *
 * @param chain the server's certificate first; self-signed ones have no other
 */
public record TestTlsIdentity(List<X509Certificate> chain, PrivateKey privateKey) {

    /** The password of the key stores {@link #writeKeyStore} writes, and of the key in them. */
    public static final String PASSWORD = "test-only";
    private static final String ALIAS = "server";
    private static final String AUTHORITY_ALIAS = "authority";
    private static final String LOCALHOST_NAMES = "dns:localhost,ip:127.0.0.1";
    private static final Map<String, TestTlsIdentity> MADE = new HashMap<>();

    /** Self-signed, made out to {@code localhost} and {@code 127.0.0.1}. */
    public static TestTlsIdentity localhost() {
        return made("localhost", () -> generate("localhost", LOCALHOST_NAMES, null));
    }

    /** Self-signed, made out to {@code mail.shop.example} only: on this machine it shows the wrong name. */
    public static TestTlsIdentity mailShopExample() {
        return made("mail.shop.example", () -> generate("mail.shop.example", "dns:mail.shop.example", null));
    }

    /** Made out to {@code localhost} and signed by a private authority of its own, as a company mail server is. */
    public static TestTlsIdentity companyMailServer() {
        return made("company", () -> generate("localhost", LOCALHOST_NAMES, "-1d"));
    }

    /** As {@link #companyMailServer()} (another authority), but it expired a week ago. */
    public static TestTlsIdentity expiredCompanyMailServer() {
        return made("expired company", () -> generate("localhost", LOCALHOST_NAMES, "-10d"));
    }

    /** The server's own certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The certificate that signed the chain: the private authority's, or the server's own when self-signed. */
    public X509Certificate authority() {
        return chain.get(chain.size() - 1);
    }

    /** The {@link #authority()} as a PEM file's text, as a user would choose it in Settings. */
    public String pem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(authority().getEncoded())
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
        store.setKeyEntry(ALIAS, privateKey, PASSWORD.toCharArray(), chain.toArray(Certificate[]::new));
        return store;
    }

    private static synchronized TestTlsIdentity made(String kind, Supplier<TestTlsIdentity> generator) {
        return MADE.computeIfAbsent(kind, unknown -> generator.get());
    }

    /**
     * Makes a key and certificate for {@code host}: self-signed when {@code signedFrom} is null, otherwise signed by
     * a new authority and valid for two days from that offset ("-1d": valid now; "-10d": expired).
     */
    private static TestTlsIdentity generate(String host, String alternativeNames, String signedFrom) {
        try {
            Path folder = Files.createTempDirectory("tidings-tls");
            Path store = folder.resolve("identity.p12");
            List<String> keytool = List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass",
                    PASSWORD);
            if (signedFrom == null) {
                run(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                        "-dname", "CN=" + host, "-ext", "SAN=" + alternativeNames, "-validity", "2");
            } else {
                Path request = folder.resolve("server.csr");
                Path signed = folder.resolve("server.pem");
                run(keytool, "-genkeypair", "-alias", AUTHORITY_ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                        "-dname", "CN=Shop Example Mail Authority", "-ext", "bc:c", "-startdate", "-30d",
                        "-validity", "60");
                run(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                        "-dname", "CN=" + host, "-validity", "2");
                run(keytool, "-certreq", "-alias", ALIAS, "-file", request.toString());
                run(keytool, "-gencert", "-alias", AUTHORITY_ALIAS, "-infile", request.toString(), "-outfile",
                        signed.toString(), "-rfc", "-ext", "SAN=" + alternativeNames, "-startdate", signedFrom,
                        "-validity", "2");
                run(keytool, "-importcert", "-alias", ALIAS, "-file", signed.toString(), "-noprompt");
                Files.delete(request);
                Files.delete(signed);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, PASSWORD.toCharArray());
            }
            TestTlsIdentity identity = new TestTlsIdentity(
                    Arrays.stream(keys.getCertificateChain(ALIAS)).map(X509Certificate.class::cast).toList(),
                    (PrivateKey) keys.getKey(ALIAS, PASSWORD.toCharArray()));
            Files.delete(store);
            Files.delete(folder);
            return identity;
        } catch (Exception failed) {
            throw new IllegalStateException("The test TLS certificate could not be made.", failed);
        }
    }

    private static void run(List<String> keytool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(keytool);
        command.addAll(1, List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
        }
    }
}
