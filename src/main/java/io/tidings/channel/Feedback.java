package io.tidings.channel;

/** What a provider reports about a message after it accepted it. */
public enum Feedback {
    DELIVERED,
    /** Email only: the receiving server kept refusing for a while; the provider gave up. */
    SOFT_BOUNCE,
    /** Email only: the address does not exist or never takes mail. */
    HARD_BOUNCE,
    /** Email only: the recipient marked the message as spam. */
    COMPLAINT,
    /** Email only. */
    OPEN,
    /** Email only. */
    CLICK,
    /** SMS, push and voice: the message did not arrive (unreachable phone, dead token, no answer). */
    FAILED;

    /** Whether the address gets no more messages: a hard bounce, or a recipient who complained. */
    public boolean suppressesAddress() {
        return this == HARD_BOUNCE || this == COMPLAINT;
    }

    /** Whether the message, accepted by the provider, did not reach the recipient after all. */
    public boolean isFailure() {
        return this == SOFT_BOUNCE || this == HARD_BOUNCE || this == FAILED;
    }
}
