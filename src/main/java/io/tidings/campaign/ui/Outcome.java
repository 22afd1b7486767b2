package io.tidings.campaign.ui;

import io.tidings.delivery.MessageState;
import io.tidings.delivery.ReasonCode;

/** The outcomes the run monitor counts, and the drill-down to the endpoints with one. */
public enum Outcome {
    QUEUED("Queued", MessageState.PENDING, null),
    SENT("Sent", MessageState.SENT, null),
    FAILED("Failed", MessageState.FAILED, null),
    SUPPRESSED("Not sent", MessageState.SUPPRESSED, null),
    EXPIRED("Expired", MessageState.SUPPRESSED, ReasonCode.EXPIRED);

    private final String words;
    private final MessageState state;
    private final ReasonCode reason;

    Outcome(String words, MessageState state, ReasonCode reason) {
        this.words = words;
        this.state = state;
        this.reason = reason;
    }

    public String words() {
        return words;
    }

    MessageState state() {
        return state;
    }

    ReasonCode reason() {
        return reason;
    }

    @Override
    public String toString() {
        return words;
    }
}
