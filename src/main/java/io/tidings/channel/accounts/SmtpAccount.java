package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.channel.email.SmtpSender;
import io.tidings.channel.email.SmtpSettings;

/**
 * An SMTP server (section {@code email.smtp}); the From address comes from {@link EmailSettings}.
 *
 * @param port null for the usual port of the security: 25, 587 (STARTTLS) or 465 (SMTPS)
 * @param security null for STARTTLS
 * @param username null to send without logging in
 * @param password required with a username
 * @param poolSize connections kept open and used at once; null for {@link SmtpSettings#DEFAULT_POOL_SIZE}
 */
public record SmtpAccount(
        String host, Integer port, SmtpSecurity security, String username, Secret password, Integer poolSize)
        implements ProviderAccount {

    private static final AdapterFields FIELDS = new AdapterFields(
            "SMTP host", "host", "SMTP port", "port", "Connection pool size", "poolSize");

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public String describe() {
        return "the SMTP server " + host + ":" + chosenPort() + (username == null ? "" : " as " + username);
    }

    @Override
    public void check(SenderContext context) {
        settings(context, SenderContext::standIn);
    }

    @Override
    public ChannelSender open(SenderContext context) {
        return new SmtpSender(settings(context, context::secret));
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

    private SmtpSettings settings(SenderContext context, SecretReader secrets) {
        String secret = secrets.value("password", password);
        if (username != null && !username.isBlank() && secret == null) {
            throw new AccountFieldException("password", "the password for " + username.strip() + " is missing: "
                    + "write it as env:VARIABLE, file:PATH or the password itself.");
        }
        return FIELDS.check(() -> SmtpSettings.of(host, chosenPort(), chosenSecurity(), username, secret,
                        context.email().fromAddress())
                .withFromName(context.email().fromName())
                .withPoolSize(poolSize == null ? SmtpSettings.DEFAULT_POOL_SIZE : poolSize));
    }
}
