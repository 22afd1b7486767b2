package io.tidings.delivery;

import java.util.Map;

/**
 * A snapshot of a send job's ledger: how many messages are in each state, and how many were
 * suppressed or failed for each reason.
 */
public record JobProgress(SendJob job, Map<MessageState, Long> byState, Map<ReasonCode, Long> byReason) {

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

    /** Messages with a final outcome: sent, failed or suppressed. */
    public long finished() {
        return count(MessageState.SENT) + count(MessageState.FAILED) + count(MessageState.SUPPRESSED);
    }
}
