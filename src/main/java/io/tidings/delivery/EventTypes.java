package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;

/**
 * Event names for what happened to a message, Pinpoint's where it has one ({@code _email.send},
 * {@code _email.hardbounce}, {@code _SMS.SUCCESS}, {@code _SMS.FAILURE}, {@code _push.send},
 * {@code _voice.send}); failures of push and voice, which Pinpoint does not report as events, use
 * the same pattern.
 */
final class EventTypes {

    /** A delivery receipt said the SMS reached the phone (Pinpoint's record_status DELIVERED). */
    static final String SMS_DELIVERED = "_SMS.SUCCESS";
    /** A delivery receipt said the SMS did not reach the phone. */
    static final String SMS_UNDELIVERED = "_SMS.FAILURE";
    static final String SMS_OPT_OUT = "_SMS.OPTOUT";
    static final String SMS_RECEIVED = "_SMS.RECEIVED";

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
}
