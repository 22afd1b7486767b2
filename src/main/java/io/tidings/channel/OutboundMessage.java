package io.tidings.channel;

import java.util.Map;

/**
 * One rendered message for one address, as a channel adapter sends it. Fields that do not apply to
 * the channel are null.
 *
 * @param messageId Tidings' own id of this message (the ledger row), unique and stable across retries,
 *     so that providers that deduplicate can
 * @param address an email address, an E.164 phone number, or a device token
 * @param from the sender: an email address (optionally "Name <address>"), an originating number or sender id
 * @param subject email subject, or push title
 * @param htmlBody email HTML part
 * @param textBody email text part, SMS body, push body, or voice script (SSML or plain text)
 * @param promotional promotional messages carry unsubscribe headers (email) and may be held for quiet time
 * @param unsubscribeUrl the one-click unsubscribe link for promotional email (RFC 8058), or null
 * @param attributes channel-specific extras, such as {@code push.url}, {@code push.action}, {@code sms.messageType},
 *     {@code voice.languageCode}, {@code voice.voiceId}
 */
public record OutboundMessage(
        String messageId,
        DeliveryChannel channel,
        String address,
        String from,
        String subject,
        String htmlBody,
        String textBody,
        boolean promotional,
        String unsubscribeUrl,
        Map<String, String> attributes) {

    public OutboundMessage {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
