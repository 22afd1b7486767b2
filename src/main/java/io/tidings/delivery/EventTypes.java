package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.util.Optional;

/**
 * Event names for what happened to a message, Pinpoint's where it has one ({@code _email.send},
 * {@code _email.hardbounce}, {@code _SMS.SUCCESS}, {@code _SMS.FAILURE}, {@code _push.send},
 * {@code _voice.send}); failures of push and voice, which Pinpoint does not report as events, use
 * the same pattern. Deliveries come later than sends, from the channel (a delivery receipt, the sandbox's
 * simulation) as {@code _email.delivered}, or Pinpoint's {@code _SMS.SUCCESS} with record status DELIVERED.
 */
final class EventTypes {

    private EventTypes() {
    }

    static String sent(DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> "_email.send";
            case SMS -> "_SMS.SUCCESS";
            case PUSH -> "_push.send";
            case VOICE -> "_voice.send";
        };
    }

    static String failed(DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> "_email.rejected";
            case SMS -> "_SMS.FAILURE";
            case PUSH -> "_push.failure";
            case VOICE -> "_voice.failure";
        };
    }

    static String addressRejected(DeliveryChannel channel) {
        return channel == DeliveryChannel.EMAIL ? "_email.hardbounce" : failed(channel);
    }

    /** The event that says a message arrived, and the record status it must carry when the name alone does not. */
    record Delivery(String eventType, String recordStatus) {
    }

    /** How the channel reports deliveries, or empty when it does not (push, voice). */
    static Optional<Delivery> delivered(DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> Optional.of(new Delivery("_email.delivered", null));
            case SMS -> Optional.of(new Delivery("_SMS.SUCCESS", "DELIVERED"));
            case PUSH, VOICE -> Optional.empty();
        };
    }
}
