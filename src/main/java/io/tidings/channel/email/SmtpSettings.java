package io.tidings.channel.email;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The account an {@link SmtpSender} sends through. The constructor refuses bad values with an
 * {@link IllegalArgumentException} whose message names the field, so no invalid settings exist.
 *
 * @param username null or blank to send without logging in
 * @param password null when there is no username
 * @param fromName the display name shown beside {@code fromAddress}, or null
 * @param poolSize how many connections are kept open and used at once
 * @param trustedCertificates the certificates to trust instead of the JDK's authorities, such as a company's
 *     private authority; empty for the JDK's. Either way the certificate must name {@code host}.
 */
public record SmtpSettings(
        String host,
        int port,
        SmtpSecurity security,
        String username,
        String password,
        String fromAddress,
        String fromName,
        int poolSize,
        Duration connectTimeout,
        Duration readTimeout,
        List<X509Certificate> trustedCertificates) {

    public static final int DEFAULT_POOL_SIZE = 4;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_POOL_SIZE = 50;

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SMTP host is empty: enter the server name, such as smtp.example.com.");
        }
        host = host.strip();
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SMTP port " + port + " is not between 1 and 65535.");
        }
        Objects.requireNonNull(security, "security");
        username = username == null || username.isBlank() ? null : username.strip();
        fromAddress = checkedFromAddress(fromAddress);
        fromName = fromName == null || fromName.isBlank() ? null : fromName.strip();
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException(
                    "Connection pool size " + poolSize + " is not between 1 and " + MAX_POOL_SIZE + ".");
        }
        connectTimeout = checkedTimeout("Connect timeout", connectTimeout);
        readTimeout = checkedTimeout("Read timeout", readTimeout);
        trustedCertificates = trustedCertificates == null ? List.of() : List.copyOf(trustedCertificates);
    }

    /** Settings with the default pool size and timeouts. */
    public static SmtpSettings of(
            String host, int port, SmtpSecurity security, String username, String password, String fromAddress) {
        return new SmtpSettings(host, port, security, username, password, fromAddress, null,
                DEFAULT_POOL_SIZE, DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, List.of());
    }

    public SmtpSettings withFromName(String name) {
        return new SmtpSettings(host, port, security, username, password, fromAddress, name,
                poolSize, connectTimeout, readTimeout, trustedCertificates);
    }

    public SmtpSettings withPoolSize(int size) {
        return new SmtpSettings(host, port, security, username, password, fromAddress, fromName,
                size, connectTimeout, readTimeout, trustedCertificates);
    }

    public SmtpSettings withTimeouts(Duration connect, Duration read) {
        return new SmtpSettings(host, port, security, username, password, fromAddress, fromName,
                poolSize, connect, read, trustedCertificates);
    }

    /** Settings that trust these certificates instead of the JDK's authorities (none: the JDK's again). */
    public SmtpSettings withTrustedCertificates(List<X509Certificate> certificates) {
        return new SmtpSettings(host, port, security, username, password, fromAddress, fromName,
                poolSize, connectTimeout, readTimeout, certificates);
    }

    public boolean logsIn() {
        return username != null;
    }

    /** The part of the from address after the {@code @}, used to make Message-IDs. */
    public String fromDomain() {
        return fromAddress.substring(fromAddress.lastIndexOf('@') + 1);
    }

    /** "host:port", as messages to the user name the server. */
    public String server() {
        return host + ":" + port;
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "SmtpSettings[" + server() + ", " + security + ", user " + username + ", from " + fromAddress
                + ", pool " + poolSize + (trustedCertificates.isEmpty() ? "" : ", trusting "
                        + trustedCertificates.size() + " certificate(s) of its own") + "]";
    }

    private static String checkedFromAddress(String address) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("From address is empty: enter the address your messages come from.");
        }
        String stripped = address.strip();
        try {
            InternetAddress parsed = new InternetAddress(stripped, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().contains("@")) {
                throw new AddressException("expected a plain address such as news@example.com");
            }
            return parsed.getAddress();
        } catch (AddressException e) {
            throw new IllegalArgumentException(
                    "From address \"" + stripped + "\" is not a valid email address (" + e.getMessage() + ").", e);
        }
    }

    private static Duration checkedTimeout(String field, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(field + " must be more than zero, not " + timeout + ".");
        }
        return timeout;
    }
}
