package io.tidings.delivery;

import java.util.Map;
import java.util.OptionalLong;

/**
 * A snapshot of a send job's ledger for the UI. Every message is in exactly one of queued, throttled,
 * sending, sent, failed, suppressed, expired or cancelled, so those add up to {@link #total()}; delivered is
 * a part of sent.
 *
 * @param byState messages in each ledger state
 * @param byReason why the failed and suppressed messages (cancelled ones included) were not sent
 * @param throttled messages held until later: for quiet time where the endpoint is, or waiting to be
 *     tried again after the provider asked to slow down or failed for a while
 * @param delivered messages the channel reported delivered; empty for channels that do not report it
 */
public record JobProgress(SendJob job, Map<MessageState, Long> byState, Map<ReasonCode, Long> byReason,
        long throttled, OptionalLong delivered) {

    public JobProgress {
        byState = Map.copyOf(byState);
        byReason = Map.copyOf(byReason);
    }

    public long count(MessageState state) {
        return byState.getOrDefault(state, 0L);
    }

    public long total() {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Waiting for a worker: due now. */
    public long queued() {
        return count(MessageState.PENDING) - throttled;
    }

    /** Claimed by a worker, or handed to the channel and waiting for its outcome to be saved. */
    public long sending() {
        return count(MessageState.SENDING);
    }

    public long sent() {
        return count(MessageState.SENT);
    }

    public long failed() {
        return count(MessageState.FAILED);
    }

    /** Not sent on purpose (opt-out, quiet time dropped, cap, holdout, ...), cancelled and expired ones apart. */
    public long suppressed() {
        return count(MessageState.SUPPRESSED) - cancelled() - expired();
    }

    /** Not sent because the campaign run's MaximumDuration ran out first. */
    public long expired() {
        return byReason.getOrDefault(ReasonCode.EXPIRED, 0L);
    }

    /** Not sent because the job was cancelled first. */
    public long cancelled() {
        return byReason.getOrDefault(ReasonCode.JOB_CANCELLED, 0L);
    }

    /** Messages with a final outcome: sent, failed, suppressed or cancelled. */
    public long finished() {
        return count(MessageState.SENT) + count(MessageState.FAILED) + count(MessageState.SUPPRESSED);
    }
}
