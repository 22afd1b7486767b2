package io.tidings.delivery;

/** Where one message of a send job stands in the ledger. */
public enum MessageState {
    /** Waiting to be sent, or to be tried again at its next attempt time. */
    PENDING,
    /** Held by a worker right now; after a crash, a message whose outcome is unknown. */
    SENDING,
    SENT,
    FAILED,
    /** Not sent on purpose; the reason says why. */
    SUPPRESSED
}
