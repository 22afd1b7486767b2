package io.tidings.channel.push.apns;

import com.eatthepath.pushy.apns.DeliveryPriority;
import com.eatthepath.pushy.apns.PushType;
import com.eatthepath.pushy.apns.util.ApnsPayloadBuilder;
import com.eatthepath.pushy.apns.util.SimpleApnsPayloadBuilder;
import com.eatthepath.pushy.apns.util.SimpleApnsPushNotification;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.push.PushAttributes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns an {@link OutboundMessage} into an APNs request: the subject is the alert's title and the text body its
 * body; sound, badge, silence, priority, collapse id and time to live come from the {@link PushAttributes}; the
 * app receives {@code messageId} and every other {@code push.*} attribute as custom keys, as FCM's {@code data}.
 */
final class ApnsNotifications {

    /** APNs refuses larger alert payloads with PayloadTooLarge. */
    static final int MOST_PAYLOAD_BYTES = 4096;
    /** How long APNs keeps trying an offline device when the message sets no time to live (Pushy's default too). */
    static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofDays(1);
    private static final int MOST_COLLAPSE_ID_BYTES = 64;
    private static final Set<String> APNS_SETTINGS = Set.of(PushAttributes.SOUND, PushAttributes.BADGE,
            PushAttributes.SILENT, PushAttributes.PRIORITY, PushAttributes.COLLAPSE_ID, PushAttributes.TIME_TO_LIVE,
            PushAttributes.PLATFORM);

    private ApnsNotifications() {
    }

    /** @throws UnsendablePushException naming the attribute or limit the message breaks */
    static SimpleApnsPushNotification of(OutboundMessage message, String deviceToken, String topic, Instant now)
            throws UnsendablePushException {
        Map<String, String> attributes = message.attributes();
        boolean silent = Boolean.parseBoolean(attributes.get(PushAttributes.SILENT));
        String payload = payload(message, silent);
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MOST_PAYLOAD_BYTES) {
            throw new UnsendablePushException("The notification is " + bytes + " bytes; APNs takes at most "
                    + MOST_PAYLOAD_BYTES + ". Shorten its title, body or link.");
        }
        return new SimpleApnsPushNotification(deviceToken, topic, payload, expiration(attributes, now),
                priority(attributes, silent), silent ? PushType.BACKGROUND : PushType.ALERT, collapseId(attributes),
                apnsId(message.messageId()));
    }

    /**
     * APNs wants a UUID as {@code apns-id}: Tidings' id when it is one, else a name-based UUID of it, so a retry of
     * the same message carries the same apns-id.
     */
    static UUID apnsId(String messageId) {
        try {
            return UUID.fromString(messageId);
        } catch (IllegalArgumentException notAUuid) {
            return UUID.nameUUIDFromBytes(("tidings-message:" + messageId).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String payload(OutboundMessage message, boolean silent) throws UnsendablePushException {
        ApnsPayloadBuilder payload = new SimpleApnsPayloadBuilder();
        if (silent) {
            payload.setContentAvailable(true);
        } else {
            payload.setAlertTitle(blankToNull(message.subject()));
            payload.setAlertBody(blankToNull(message.textBody()));
            payload.setSound(blankToNull(message.attributes().get(PushAttributes.SOUND)));
        }
        String badge = message.attributes().get(PushAttributes.BADGE);
        if (badge != null) {
            payload.setBadgeNumber(wholeNumber(PushAttributes.BADGE, badge));
        }
        payload.addCustomProperty("messageId", message.messageId());
        for (Map.Entry<String, String> attribute : message.attributes().entrySet()) {
            if (attribute.getKey().startsWith(PushAttributes.PREFIX) && !APNS_SETTINGS.contains(attribute.getKey())) {
                payload.addCustomProperty(attribute.getKey().substring(PushAttributes.PREFIX.length()),
                        attribute.getValue());
            }
        }
        return payload.build();
    }

    // Apple throttles background pushes sent with priority 10, so silent pushes always go at 5.
    private static DeliveryPriority priority(Map<String, String> attributes, boolean silent)
            throws UnsendablePushException {
        String priority = attributes.get(PushAttributes.PRIORITY);
        if (silent) {
            return DeliveryPriority.CONSERVE_POWER;
        }
        if (priority == null) {
            return DeliveryPriority.IMMEDIATE;
        }
        return switch (priority.strip().toLowerCase(Locale.ROOT)) {
            case "high", "10" -> DeliveryPriority.IMMEDIATE;
            case "normal", "5" -> DeliveryPriority.CONSERVE_POWER;
            default -> throw new UnsendablePushException(
                    PushAttributes.PRIORITY + " is \"" + priority + "\"; it must be high or normal.");
        };
    }

    private static String collapseId(Map<String, String> attributes) throws UnsendablePushException {
        String collapseId = blankToNull(attributes.get(PushAttributes.COLLAPSE_ID));
        if (collapseId != null && collapseId.getBytes(StandardCharsets.UTF_8).length > MOST_COLLAPSE_ID_BYTES) {
            throw new UnsendablePushException(PushAttributes.COLLAPSE_ID + " is longer than APNs' "
                    + MOST_COLLAPSE_ID_BYTES + " bytes.");
        }
        return collapseId;
    }

    /** An apns-expiration of 0 (the epoch) tells APNs to try once and not store the notification. */
    private static Instant expiration(Map<String, String> attributes, Instant now) throws UnsendablePushException {
        String timeToLive = attributes.get(PushAttributes.TIME_TO_LIVE);
        if (timeToLive == null) {
            return now.plus(DEFAULT_TIME_TO_LIVE);
        }
        int seconds = wholeNumber(PushAttributes.TIME_TO_LIVE, timeToLive);
        return seconds == 0 ? Instant.EPOCH : now.plusSeconds(seconds);
    }

    private static int wholeNumber(String name, String value) throws UnsendablePushException {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= 0) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // Reported below.
        }
        throw new UnsendablePushException(name + " is \"" + value + "\"; it must be a whole number from 0.");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
