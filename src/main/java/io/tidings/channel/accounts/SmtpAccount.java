package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.channel.email.SmtpSender;
import io.tidings.channel.email.SmtpSettings;
import java.time.Duration;

/**
 * An SMTP server (section {@code email.smtp}); the From address comes from {@link EmailSettings}.
 *
 * @param port null for the usual port of the security: 25, 587 (STARTTLS) or 465 (SMTPS)
 * @param security null for STARTTLS
 * @param username null to send without logging in
 * @param password required with a username
 * @param poolSize connections kept open and used at once; null for {@link SmtpSettings#DEFAULT_POOL_SIZE}
 * @param trustedCertificate a PEM file of the certificates to trust instead of the JDK's authorities (a company
 *     mail server's private authority), or null; the server's certificate must still name {@code host}
 * @param connectTimeoutSeconds how long to wait for the server to take the connection; null for 10
 * @param readTimeoutSeconds how long to wait for the server's greeting and for each answer; null for 30
 * @param allowPlaintextAuth true when the user allowed logging in over a connection without encryption (security
 *     NONE), which sends the user name and password as plain text; null otherwise
 */
public record SmtpAccount(String host, Integer port, SmtpSecurity security, String username, Secret password,
        Integer poolSize, String trustedCertificate, Integer connectTimeoutSeconds, Integer readTimeoutSeconds,
        Boolean allowPlaintextAuth) implements ProviderAccount {

    private static final AdapterFields FIELDS = new AdapterFields(
            "SMTP host", "host", "SMTP port", "port", "Connection pool size", "poolSize");

    public SmtpAccount {
        // Only a yes is kept: false and null mean the same, and the settings JSON leaves the key out.
        allowPlaintextAuth = Boolean.TRUE.equals(allowPlaintextAuth) ? Boolean.TRUE : null;
    }

    /** An account that trusts the JDK's authorities, as almost every mail provider needs. */
    public SmtpAccount(String host, Integer port, SmtpSecurity security, String username, Secret password,
            Integer poolSize) {
        this(host, port, security, username, password, poolSize, null);
    }

    /** An account with the default timeouts that does not log in without encryption. */
    public SmtpAccount(String host, Integer port, SmtpSecurity security, String username, Secret password,
            Integer poolSize, String trustedCertificate) {
        this(host, port, security, username, password, poolSize, trustedCertificate, null, null, null);
    }

    /** An account with the default timeouts. */
    public SmtpAccount(String host, Integer port, SmtpSecurity security, String username, Secret password,
            Integer poolSize, String trustedCertificate, Boolean allowPlaintextAuth) {
        this(host, port, security, username, password, poolSize, trustedCertificate, null, null, allowPlaintextAuth);
    }

    /** An account that does not log in without encryption. */
    public SmtpAccount(String host, Integer port, SmtpSecurity security, String username, Secret password,
            Integer poolSize, String trustedCertificate, Integer connectTimeoutSeconds, Integer readTimeoutSeconds) {
        this(host, port, security, username, password, poolSize, trustedCertificate, connectTimeoutSeconds,
                readTimeoutSeconds, null);
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public String describe() {
        return "the SMTP server " + host + ":" + chosenPort() + (username == null ? "" : " as " + username);
    }

    /** Checks the values without reading the password or the certificate file. */
    @Override
    public void check(SenderContext context) {
        checkTrustedCertificate();
        checkPlaintextLogin();
        settings(context, SenderContext::standIn);
    }

    @Override
    public ChannelSender open(SenderContext context) {
        checkTrustedCertificate();
        checkPlaintextLogin();
        return new SmtpSender(settings(context, context::secret)
                .withTrustedCertificates(TrustedCertificateFile.read(trustedCertificate)));
    }

    /** This account, allowed to log in without encryption. */
    public SmtpAccount withPlaintextAuthAllowed() {
        return new SmtpAccount(host, port, security, username, password, poolSize, trustedCertificate,
                connectTimeoutSeconds, readTimeoutSeconds, true);
    }

    public SmtpSecurity chosenSecurity() {
        return security == null ? SmtpSecurity.STARTTLS : security;
    }

    public int chosenPort() {
        if (port != null) {
            return port;
        }
        return switch (chosenSecurity()) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case SMTPS -> 465;
        };
    }

    private void checkTrustedCertificate() {
        TrustedCertificateFile.checkPath(trustedCertificate);
        if (trustedCertificate != null && !trustedCertificate.isBlank() && chosenSecurity() == SmtpSecurity.NONE) {
            throw new AccountFieldException(TrustedCertificateFile.KEY, "a trusted certificate is used only over "
                    + "TLS: choose STARTTLS or SMTPS security, or leave the trusted certificate empty.");
        }
    }

    /** A login over a connection without encryption sends the password as plain text: only when the user said so. */
    private void checkPlaintextLogin() {
        boolean logsIn = username != null && !username.isBlank();
        if (logsIn && chosenSecurity() == SmtpSecurity.NONE && allowPlaintextAuth == null) {
            throw new AccountFieldException("security", "with security none, the user name and password would cross "
                    + "the network as plain text. Choose STARTTLS or SMTPS, or allow logging in without encryption "
                    + "(--allow-plaintext-auth, or in Settings) for a server on a network you trust.");
        }
    }

    private SmtpSettings settings(SenderContext context, SecretReader secrets) {
        String secret = secrets.value("password", password);
        if (username != null && !username.isBlank() && secret == null) {
            throw new AccountFieldException("password", "the password for " + username.strip() + " is missing: "
                    + "write it as env:VARIABLE, file:PATH or the password itself.");
        }
        Duration connect = timeout("connectTimeoutSeconds", "Connect timeout", connectTimeoutSeconds,
                SmtpSettings.DEFAULT_CONNECT_TIMEOUT);
        Duration read = timeout("readTimeoutSeconds", "Read timeout", readTimeoutSeconds,
                SmtpSettings.DEFAULT_READ_TIMEOUT);
        return FIELDS.check(() -> SmtpSettings.of(host, chosenPort(), chosenSecurity(), username, secret,
                        context.email().fromAddress())
                .withFromName(context.email().fromName())
                .withPoolSize(poolSize == null ? SmtpSettings.DEFAULT_POOL_SIZE : poolSize)
                .withTimeouts(connect, read));
    }

    private static Duration timeout(String key, String name, Integer seconds, Duration standard) {
        if (seconds == null) {
            return standard;
        }
        if (seconds < 1) {
            throw new AccountFieldException(key, name + " must be at least 1 second, not " + seconds + ".");
        }
        return Duration.ofSeconds(seconds);
    }
}
