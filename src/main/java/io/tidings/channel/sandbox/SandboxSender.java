package io.tidings.channel.sandbox;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.ProviderReports;
import io.tidings.channel.SendResult;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channel used when no provider account is set up: each message is captured in the workspace's
 * sandbox outbox (where "Send test" writes too) instead of leaving the laptop, and the provider's
 * later reports (delivered, bounced, opened, ...) are simulated at the workspace's rates and recorded
 * at once, with the times they would arrive (see {@link SimulatedOutcomes}). Readers that count
 * "so far" only count events up to now.
 */
public final class SandboxSender implements ChannelSender {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxSender.class);
    /**
     * The sending engine's names for a message's extras, and the names of the template fields (Pinpoint's, as
     * the template feature spells them) they were rendered from, which the outbox's previews read.
     */
    private static final Map<String, String> FIELDS = Map.of(
            "push.action", "Default.Action",
            "push.url", "Default.Url",
            "voice.languageCode", "LanguageCode",
            "voice.voiceId", "VoiceId");

    private final DeliveryChannel channel;
    private final SandboxOutbox outbox;
    private final SandboxSettingsStore settings;
    private final ProviderReports feedback;
    private final Clock clock;

    /**
     * @param outbox where the messages are captured
     * @param settings the simulated report rates, read at each message
     * @param feedback where the simulated reports go (the sending engine records them as the message's events)
     */
    public SandboxSender(DeliveryChannel channel, SandboxOutbox outbox, SandboxSettingsStore settings,
            ProviderReports feedback, Clock clock) {
        this.channel = channel;
        this.outbox = outbox;
        this.settings = settings;
        this.feedback = feedback;
        this.clock = clock;
    }

    @Override
    public DeliveryChannel channel() {
        return channel;
    }

    @Override
    public int maxConcurrency() {
        return 4;
    }

    /** @throws IllegalArgumentException when the message id is not a ledger id, which only the engine hands out */
    @Override
    public SendResult send(OutboundMessage message) {
        long messageId;
        try {
            messageId = Long.parseLong(message.messageId());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The sandbox keeps a send job's messages by their ledger id, not \""
                    + message.messageId() + "\".", e);
        }
        Instant sentAt = clock.instant();
        long captured = outbox.captureSent(messageId, channel, message.address(),
                message.subject(), message.textBody(), message.htmlBody(), renderedFields(message));
        feedback.record(messageId, SimulatedOutcomes.of(messageId, channel, currentSettings(), sentAt));
        return SendResult.accepted(Long.toString(captured));
    }

    private SandboxSettings currentSettings() {
        try {
            return settings.load();
        } catch (IllegalStateException e) {
            LOG.warn("{} The sandbox captures messages without simulating reports until they are saved again.",
                    e.getMessage());
            return new SandboxSettings(false, Map.of());
        }
    }

    private static Map<String, String> renderedFields(OutboundMessage message) {
        Map<String, String> fields = new HashMap<>();
        message.attributes().forEach((name, value) -> {
            if (FIELDS.containsKey(name)) {
                fields.put(FIELDS.get(name), value);
            }
        });
        return fields;
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
