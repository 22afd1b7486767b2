package io.tidings.channel.email;

import com.icegreen.greenmail.util.DummySSLServerSocketFactory;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tidings.channel.TestTlsIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.Certificate;
import java.util.Collections;

/**
 * GreenMail's SMTPS server presenting {@link TestTlsIdentity#companyMailServer()}. GreenMail reads its TLS key store once
 * per JVM, from system properties, when it first makes a secure server socket; this sets them first and checks
 * that the key store in use is ours.
 */
public final class SmtpsGreenMail {

    private SmtpsGreenMail() {
    }

    /**
     * The server setup of an SMTPS GreenMail on a free port, presenting a certificate for {@code localhost} that a
     * private authority signed.
     */
    public static synchronized ServerSetup presentingCompanyMailServer() {
        TestTlsIdentity identity = TestTlsIdentity.companyMailServer();
        try {
            if (System.getProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY) == null) {
                Path folder = Files.createTempDirectory("tidings-greenmail-tls");
                Path store = identity.writeKeyStore(folder.resolve("company-mail-server.p12"));
                store.toFile().deleteOnExit();
                folder.toFile().deleteOnExit();
                System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_FILE_PROPERTY, store.toString());
                System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEYSTORE_PASSWORD_PROPERTY,
                        TestTlsIdentity.PASSWORD);
                System.setProperty(DummySSLServerSocketFactory.GREENMAIL_KEY_PASSWORD_PROPERTY,
                        TestTlsIdentity.PASSWORD);
            }
            KeyStore used = ((DummySSLServerSocketFactory) DummySSLServerSocketFactory.getDefault()).getKeyStore();
            if (!Collections.list(used.aliases()).stream().map(alias -> certificate(used, alias))
                    .allMatch(identity.certificate()::equals)) {
                throw new IllegalStateException("GreenMail loaded another TLS key store before this one: start TLS "
                        + "GreenMail servers through SmtpsGreenMail only.");
            }
        } catch (IllegalStateException wrongStore) {
            throw wrongStore;
        } catch (Exception failed) {
            throw new IllegalStateException("GreenMail's TLS key store could not be set up.", failed);
        }
        return ServerSetupTest.SMTPS.dynamicPort();
    }

    private static Certificate certificate(KeyStore store, String alias) {
        try {
            return store.getCertificate(alias);
        } catch (KeyStoreException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
