package io.tidings.channel;

/** The four kinds of message Tidings sends, each through its own channel adapters. */
public enum DeliveryChannel {
    EMAIL,
    SMS,
    PUSH,
    VOICE
}
