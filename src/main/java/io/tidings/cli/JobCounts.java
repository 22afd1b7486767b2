package io.tidings.cli;

import io.tidings.delivery.JobProgress;
import io.tidings.delivery.MessageState;
import io.tidings.delivery.ReasonCode;
import java.util.Map;
import java.util.stream.Collectors;

/** A send job's counts in words, as the progress line and the summaries print them. */
final class JobCounts {

    private JobCounts() {
    }

    static long queued(JobProgress progress) {
        return progress.count(MessageState.PENDING) + progress.count(MessageState.SENDING);
    }

    static String of(JobProgress progress) {
        return String.format("%,d sent, %,d failed, %,d suppressed, %,d queued", progress.count(MessageState.SENT),
                progress.count(MessageState.FAILED), progress.count(MessageState.SUPPRESSED), queued(progress));
    }

    /** "ENDPOINT_OPT_OUT 5, PERMANENT_FAILURE 3", most frequent first; empty when every message was sent. */
    static String reasons(JobProgress progress) {
        return progress.byReason().entrySet().stream()
                .sorted(Map.Entry.<ReasonCode, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> String.format("%s %,d", entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}
