package io.tidings.channel.email;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/** TLS that trusts only the given certificates (as authorities, or a server's own) instead of the JDK's. */
final class TrustedCertificates {

    private TrustedCertificates() {
    }

    static SSLSocketFactory socketFactory(List<X509Certificate> certificates) {
        try {
            KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
            anchors.load(null, null);
            for (int index = 0; index < certificates.size(); index++) {
                anchors.setCertificateEntry("trusted-" + index, certificates.get(index));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(anchors);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            // An in-memory key store of parsed certificates and the JDK's own TLS: nothing a user can set wrong.
            throw new IllegalStateException("Java's TLS could not be set up to trust the chosen certificates.", e);
        }
    }
}
