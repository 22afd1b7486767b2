package io.tidings.channel;

/**
 * The kinds of message Tidings sends, each through its own channel adapters: email, SMS, push, voice, and custom
 * messages (Pinpoint's {@code CUSTOM}): a journey's webhook call, posted with the endpoint's data to the address the
 * activity names.
 */
public enum DeliveryChannel {
    EMAIL,
    SMS,
    PUSH,
    VOICE,
    CUSTOM;

    /** The channel as the screens name it. */
    public String words() {
        return switch (this) {
            case EMAIL -> "Email";
            case SMS -> "SMS";
            case PUSH -> "Push";
            case VOICE -> "Voice";
            case CUSTOM -> "Custom (webhook)";
        };
    }
}
