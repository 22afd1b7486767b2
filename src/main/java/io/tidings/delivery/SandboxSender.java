package io.tidings.delivery;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import java.util.EnumMap;
import java.util.Map;

/**
 * The channel used when no provider account is set up: each message is written to the workspace's
 * sandbox outbox (where "Send test" writes too) instead of leaving the laptop.
 */
public final class SandboxSender implements ChannelSender {

    private final DeliveryChannel channel;
    private final TemplateService templates;

    public SandboxSender(DeliveryChannel channel, TemplateService templates) {
        this.channel = channel;
        this.templates = templates;
    }

    /** A sandbox sender for every channel. */
    public static Map<DeliveryChannel, ChannelSender> forEveryChannel(TemplateService templates) {
        Map<DeliveryChannel, ChannelSender> senders = new EnumMap<>(DeliveryChannel.class);
        for (DeliveryChannel each : DeliveryChannel.values()) {
            senders.put(each, new SandboxSender(each, templates));
        }
        return senders;
    }

    @Override
    public DeliveryChannel channel() {
        return channel;
    }

    @Override
    public int maxConcurrency() {
        return 4;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        long id = templates.sendToSandbox(null, TemplateType.valueOf(channel.name()), message.address(),
                message.subject(), message.textBody(), message.htmlBody());
        return SendResult.accepted(Long.toString(id));
    }

    @Override
    public ConnectionCheck testConnection() {
        return new ConnectionCheck(true, "The sandbox keeps messages in this workspace; nothing leaves the laptop.");
    }

    @Override
    public void close() {
        // Nothing to close: the sandbox writes to the workspace file.
    }
}
