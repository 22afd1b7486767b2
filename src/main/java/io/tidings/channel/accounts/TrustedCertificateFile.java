package io.tidings.channel.accounts;

import io.tidings.work.Quote;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The {@code trustedCertificate} setting of an account: a PEM file of the certificates to trust instead of the JDK's
 * authorities (a company's private authority, a proxy's own certificate). Problems name the setting's key.
 */
final class TrustedCertificateFile {

    static final String KEY = "trustedCertificate";
    /** Far more than a chain of certificates takes; a bigger file was chosen by mistake. */
    private static final long MAX_SIZE = 1024 * 1024;

    private TrustedCertificateFile() {
    }

    /** Checks that the setting names a file at all, without reading it (checking an account reads no file). */
    static void checkPath(String file) {
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Path.of(file.strip());
        } catch (InvalidPathException e) {
            throw new AccountFieldException(KEY, Quote.of(file) + " does not name a file (" + e.getReason() + ").");
        }
    }

    /** The certificates in the file, or none when the setting is empty. */
    static List<X509Certificate> read(String file) {
        if (file == null || file.isBlank()) {
            return List.of();
        }
        checkPath(file);
        Path path = Path.of(file.strip());
        try {
            if (Files.size(path) > MAX_SIZE) {
                throw new CertificateException("it is larger than " + MAX_SIZE / 1024 + " KB");
            }
            // Read whole first, so that a file that cannot be read is told apart from one that is not PEM.
            byte[] content = Files.readAllBytes(path);
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(content))
                    .stream().map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new CertificateException("the file holds no certificate");
            }
            return certificates;
        } catch (NoSuchFileException e) {
            throw new AccountFieldException(KEY, "there is no file " + path + ".");
        } catch (IOException e) {
            throw new AccountFieldException(KEY, path + " could not be read (" + e.getMessage() + ").");
        } catch (CertificateException e) {
            throw new AccountFieldException(KEY, path + " is not a PEM certificate (" + e.getMessage() + ").");
        }
    }
}
