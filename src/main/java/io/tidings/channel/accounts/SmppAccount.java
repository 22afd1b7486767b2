package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sms.smpp.SmppSender;
import io.tidings.channel.sms.smpp.SmppSettings;

/**
 * An SMSC reached over SMPP 3.4 (section {@code sms.smpp}). Its sender binds as soon as it is opened, so that
 * delivery receipts and inbound STOP, HELP and START messages arrive while nothing is being sent.
 *
 * @param port null for 2775, SMPP's usual port
 * @param security null for plain TCP
 * @param binds transceiver binds kept open and used at once; null for 1
 * @param helpReply null for {@link SmppSettings#DEFAULT_HELP_REPLY}
 * @param startReply null for {@link SmppSettings#DEFAULT_START_REPLY}
 */
public record SmppAccount(
        String host,
        Integer port,
        String systemId,
        Secret password,
        String systemType,
        SmppSecurity security,
        Integer binds,
        String defaultFrom,
        String helpReply,
        String startReply) implements ProviderAccount {

    static final int DEFAULT_PORT = 2775;

    /** How the connection to the SMSC is protected. */
    public enum SmppSecurity {
        NONE,
        TLS
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public String describe() {
        return "the SMSC " + host + ":" + (port == null ? DEFAULT_PORT : port) + " as " + systemId;
    }

    @Override
    public void check(SenderContext context) {
        settings(SenderContext::standIn);
    }

    @Override
    public ChannelSender open(SenderContext context) {
        SmppSender sender = new SmppSender(settings(context::secret), context.smsFeedback());
        sender.listen();
        return sender;
    }

    private SmppSettings settings(SecretReader secrets) {
        return new SmppSettings(host, port == null ? DEFAULT_PORT : port, systemId, secrets.value("password", password),
                systemType, security == SmppSecurity.TLS, binds == null ? 1 : binds, defaultFrom,
                helpReply == null ? SmppSettings.DEFAULT_HELP_REPLY : helpReply,
                startReply == null ? SmppSettings.DEFAULT_START_REPLY : startReply,
                SmppSettings.DEFAULT_KEEP_ALIVE, SmppSettings.DEFAULT_RESPONSE_TIMEOUT);
    }
}
