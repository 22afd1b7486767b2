package io.tidings.channel.email;

import jakarta.mail.MessagingException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;

/**
 * Says what stopped a protected connection, in the user's words: the server's certificate was refused, or the
 * server does not offer the STARTTLS that was required. Both are settings to fix, not moments to wait out, so the
 * sender reports them as permanent.
 */
final class SmtpTlsProblems {

    /** Angus' words when STARTTLS is required and the server's EHLO reply does not offer it. */
    private static final String STARTTLS_NOT_OFFERED = "STARTTLS is required but host does not support STARTTLS";
    private static final String CHECK_SETTINGS = " Check the server's certificate, or choose the certificate of the "
            + "authority that signed it as the trusted certificate in Settings.";

    private final SmtpSettings settings;

    SmtpTlsProblems(SmtpSettings settings) {
        this.settings = settings;
    }

    /** What went wrong with TLS, or null when the failure was something else. */
    String describe(MessagingException failure) {
        if (STARTTLS_NOT_OFFERED.equals(failure.getMessage())) {
            return "The server " + settings.server() + " does not offer STARTTLS, so nothing was sent: Tidings never "
                    + "sends the password or messages unencrypted. Choose SMTPS if the server uses TLS from the start "
                    + "(usually port 465), or ask its administrator to turn STARTTLS on.";
        }
        CertificateException refused = SmtpFailures.find(failure, CertificateException.class);
        return refused == null ? null : "The certificate of " + settings.server() + " was refused: "
                + why(failure, refused) + "." + CHECK_SETTINGS;
    }

    private String why(MessagingException failure, CertificateException refused) {
        if (SmtpFailures.find(failure, CertificateExpiredException.class) != null) {
            return "it has expired";
        }
        if (SmtpFailures.find(failure, CertificateNotYetValidException.class) != null) {
            return "it is not valid yet";
        }
        if (SmtpFailures.find(failure, CertPathBuilderException.class) != null
                || SmtpFailures.find(failure, CertPathValidatorException.class) != null) {
            return settings.trustedCertificates().isEmpty()
                    ? "no authority Java trusts signed it"
                    : "the trusted certificate in Settings did not sign it";
        }
        String reason = refused.getMessage() == null ? "" : refused.getMessage();
        // The JDK's host-name check says "No subject alternative DNS name matching ... found." and the like.
        if (reason.startsWith("No subject alternative") || reason.startsWith("No name matching")) {
            return "it is not made out to " + settings.host();
        }
        return reason.isBlank() ? refused.getClass().getSimpleName() : reason.strip();
    }
}
