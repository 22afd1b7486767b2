package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.Feedback;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Event names for what happened to a message, Pinpoint's where it has one ({@code _email.send},
 * {@code _email.delivered}, {@code _email.hardbounce}, {@code _email.open}, {@code _SMS.SUCCESS},
 * {@code _SMS.FAILURE}, {@code _push.send}, {@code _voice.send}). Pinpoint reports no delivery or
 * failure of push and voice messages as events; Tidings names them in the same pattern
 * ({@code _push.delivered}, {@code _push.failure}, {@code _voice.delivered}, {@code _voice.failure}). Pinpoint
 * streams no events of custom messages but {@code _journey.send}; Tidings names a webhook call's in the same pattern:
 * {@code _custom.send} (called), {@code _custom.delivered} (the webhook answered 2xx, recorded with the send: a webhook
 * reports nothing later) and {@code _custom.failure}.
 */
final class EventTypes {

    static final String CUSTOM_SENT = "_custom.send";
    static final String CUSTOM_DELIVERED = "_custom.delivered";

    /** A delivery receipt said the SMS reached the phone (Pinpoint's record_status DELIVERED). */
    static final String SMS_DELIVERED = "_SMS.SUCCESS";
    /** A delivery receipt said the SMS did not reach the phone. */
    static final String SMS_UNDELIVERED = "_SMS.FAILURE";
    static final String SMS_OPT_OUT = "_SMS.OPTOUT";
    static final String SMS_RECEIVED = "_SMS.RECEIVED";

    /**
     * An event's name, and the {@code record_status} attribute that tells apart outcomes sharing
     * one name (Pinpoint's {@code _SMS.SUCCESS} means accepted without it, delivered with
     * {@code DELIVERED}); null when the name alone says it.
     */
    record EventName(String type, String recordStatus) {
    }

    private EventTypes() {
    }

    /**
     * The event of a message the provider accepted. For SMS that is Pinpoint's {@code _SMS.BUFFERED} ("on its
     * way"), so that {@code _SMS.SUCCESS} means delivered, as the receipt or the sandbox's report says it.
     */
    static String sent(DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> "_email.send";
            case SMS -> "_SMS.BUFFERED";
            case PUSH -> "_push.send";
            case VOICE -> "_voice.send";
            case CUSTOM -> CUSTOM_SENT;
        };
    }

    static String failed(DeliveryChannel channel) {
        return switch (channel) {
            case EMAIL -> "_email.rejected";
            case SMS -> "_SMS.FAILURE";
            case PUSH -> "_push.failure";
            case VOICE -> "_voice.failure";
            case CUSTOM -> "_custom.failure";
        };
    }

    static String addressRejected(DeliveryChannel channel) {
        return channel == DeliveryChannel.EMAIL ? "_email.hardbounce" : failed(channel);
    }

    /** The event a provider's report becomes. */
    static EventName feedback(DeliveryChannel channel, Feedback feedback) {
        if (channel == DeliveryChannel.EMAIL) {
            return new EventName(switch (feedback) {
                case DELIVERED -> "_email.delivered";
                case SOFT_BOUNCE -> "_email.softbounce";
                case HARD_BOUNCE -> "_email.hardbounce";
                case COMPLAINT -> "_email.complaint";
                case OPEN -> "_email.open";
                case CLICK -> "_email.click";
                case FAILED -> "_email.rejected";
            }, null);
        }
        return switch (feedback) {
            case DELIVERED -> switch (channel) {
                case SMS -> new EventName("_SMS.SUCCESS", "DELIVERED");
                case VOICE -> new EventName("_voice.delivered", "ANSWERED");
                case CUSTOM -> new EventName(CUSTOM_DELIVERED, null);
                default -> new EventName("_push.delivered", null);
            };
            case FAILED -> new EventName(failed(channel), switch (channel) {
                case SMS -> "UNREACHABLE";
                case VOICE -> "NO_ANSWER";
                default -> null;
            });
            default -> throw new IllegalArgumentException(channel + " messages have no " + feedback + " reports.");
        };
    }

    /** The events that say a message arrived, on every channel. */
    static List<EventName> deliveries() {
        return Arrays.stream(DeliveryChannel.values()).map(channel -> feedback(channel, Feedback.DELIVERED)).toList();
    }

    /**
     * The events that say an accepted message did not arrive after all, on every channel, with any
     * record status.
     */
    static List<EventName> failuresAfterSending() {
        return Arrays.stream(DeliveryChannel.values())
                .flatMap(channel -> (channel == DeliveryChannel.EMAIL
                        ? Stream.of(Feedback.SOFT_BOUNCE, Feedback.HARD_BOUNCE) : Stream.of(Feedback.FAILED))
                        .map(feedback -> new EventName(feedback(channel, feedback).type(), null)))
                .toList();
    }
}
