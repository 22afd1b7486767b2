package io.tidings.channel.sandbox;

import io.tidings.channel.DeliveryChannel;
import java.time.Instant;
import java.util.Map;

/**
 * A message captured by the sandbox outbox instead of being sent: a test send from the template
 * editor, or a message a send job sent through the sandbox channel.
 *
 * @param subject the email subject or push title, or null
 * @param body the email text part, SMS body, push body or voice script
 * @param html the email HTML part, or null
 * @param attributes further rendered parts by their template field path ({@code Default.Action},
 *     {@code Default.Url}, {@code LanguageCode}, {@code VoiceId}, ...)
 * @param messageId the send job's ledger id of the message, or null for a test send
 */
public record SandboxMessage(long id, DeliveryChannel channel, String address, String subject, String body, String html,
        Map<String, String> attributes, Long messageId, Instant createdAt) {

    public SandboxMessage {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    public boolean isTestSend() {
        return messageId == null;
    }
}
