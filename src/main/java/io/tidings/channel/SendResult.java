package io.tidings.channel;

import java.time.Duration;

/**
 * What a channel adapter learned from its provider about one message.
 *
 * @param providerMessageId the provider's id for the message (SMTP queue id, SMPP message id, ...), or null
 * @param detail the provider's words, for the ledger and the user (e.g. "550 5.1.1 user unknown")
 * @param retryAfter for a transient failure, how long the provider asked to wait, or null to use backoff
 * @param unanswered whether the provider gave no answer in time (a timeout), which the engine counts apart: a job
 *     whose messages get no answer several times in a row pauses
 */
public record SendResult(Outcome outcome, String providerMessageId, String detail, Duration retryAfter,
        boolean unanswered) {

    public SendResult(Outcome outcome, String providerMessageId, String detail, Duration retryAfter) {
        this(outcome, providerMessageId, detail, retryAfter, false);
    }

    /** The kinds of answer that decide what the engine does next. */
    public enum Outcome {
        /** The provider took the message; delivery may still be reported later. */
        ACCEPTED,
        /** Try again later: throttling, a 4xx reply, a 5xx HTTP status, a dropped connection. */
        TRANSIENT_FAILURE,
        /** Never retry: a 5xx SMTP reply, a rejected request. */
        PERMANENT_FAILURE,
        /** The address itself is dead (hard bounce, unregistered device token): suppress or deactivate it. */
        ADDRESS_REJECTED
    }

    public static SendResult accepted(String providerMessageId) {
        return new SendResult(Outcome.ACCEPTED, providerMessageId, null, null);
    }

    public static SendResult transientFailure(String detail, Duration retryAfter) {
        return new SendResult(Outcome.TRANSIENT_FAILURE, null, detail, retryAfter);
    }

    /** The provider did not answer in time: a transient failure, to be tried again. */
    public static SendResult unanswered(String detail) {
        return new SendResult(Outcome.TRANSIENT_FAILURE, null, detail, null, true);
    }

    public static SendResult permanentFailure(String detail) {
        return new SendResult(Outcome.PERMANENT_FAILURE, null, detail, null);
    }

    public static SendResult addressRejected(String detail) {
        return new SendResult(Outcome.ADDRESS_REJECTED, null, detail, null);
    }
}
