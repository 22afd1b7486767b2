package io.tidings.channel.email;

import jakarta.mail.Session;
import org.eclipse.angus.mail.util.MailStreamProvider;
import java.util.Properties;

/** Turns {@link SmtpSettings} into a Jakarta Mail session and names the transport protocol to use. */
final class SmtpSessions {

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up for every MimeBodyPart and MimeMultipart it creates: the
        // system property first, then a ServiceLoader scan of the classpath, which cost a fifth of the sending
        // time in the send benchmark. Naming Angus' provider (the one the scan finds) skips the scan.
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider", MailStreamProvider.class.getName());
    }

    private SmtpSessions() {
    }

    static String protocol(SmtpSettings settings) {
        return settings.security() == SmtpSecurity.SMTPS ? "smtps" : "smtp";
    }

    static Session create(SmtpSettings settings) {
        String prefix = "mail." + protocol(settings) + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "host", settings.host());
        properties.setProperty(prefix + "port", Integer.toString(settings.port()));
        properties.setProperty(prefix + "connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        properties.setProperty(prefix + "timeout", Long.toString(settings.readTimeout().toMillis()));
        // No write timeout: Angus implements it with a scheduler thread per connection and a scheduled task per
        // write, which cost more than the rest of sending in the send benchmark. A message is a few kilobytes, so
        // a write fits the socket's buffer, and a server that stops answering is caught by the read timeout.
        properties.setProperty(prefix + "auth", Boolean.toString(settings.logsIn()));
        // Closing should not wait for the server's goodbye: a slow QUIT would hold up the app's shutdown.
        properties.setProperty(prefix + "quitwait", "false");
        if (settings.security() == SmtpSecurity.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            // Never fall back to sending the password in the clear when the server does not offer STARTTLS.
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (settings.security() != SmtpSecurity.NONE) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
            if (!settings.trustedCertificates().isEmpty()) {
                // Angus takes a factory object under this key for both SMTPS and the STARTTLS upgrade; its
                // host-name check (above) still applies to sockets the factory makes.
                properties.put(prefix + "ssl.socketFactory",
                        TrustedCertificates.socketFactory(settings.trustedCertificates()));
            }
        }
        return Session.getInstance(properties);
    }
}
