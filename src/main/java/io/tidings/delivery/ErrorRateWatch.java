package io.tidings.delivery;

import io.tidings.channel.SendResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Says when a job must pause because its messages keep failing: when too many of its last N results were errors,
 * or when its provider gave no answer (a timeout) to several messages in a row, which the error share would take
 * far too long to show (each of them waits a whole timeout).
 */
final class ErrorRateWatch {

    /** Messages in a row without an answer that pause a job. */
    static final int UNANSWERED_IN_A_ROW = 3;

    private final int window;
    private final double threshold;
    private final Map<Long, Deque<Boolean>> results = new HashMap<>();
    private final Map<Long, Integer> unanswered = new HashMap<>();

    /** @param threshold the share of errors (0 to 1) over the last {@code window} results that pauses a job */
    ErrorRateWatch(int window, double threshold) {
        this.window = window;
        this.threshold = threshold;
    }

    /** Records a result; returns why the job pauses now, or null when it carries on. */
    synchronized String record(long jobId, SendResult result) {
        int silent = result.unanswered() ? unanswered.merge(jobId, 1, Integer::sum) : 0;
        unanswered.put(jobId, silent);
        double share = errorShare(jobId, result.outcome() != SendResult.Outcome.ACCEPTED);
        if (silent >= UNANSWERED_IN_A_ROW) {
            return "Paused: no answer to " + silent + " messages in a row. " + result.detail();
        }
        if (share >= 0) {
            return String.format("Paused: %d%% of the last %d messages failed (the ceiling is %d%%).",
                    Math.round(share * 100), window, Math.round(threshold * 100));
        }
        return null;
    }

    /** The error share when it crossed the threshold, or -1. */
    private double errorShare(long jobId, boolean error) {
        Deque<Boolean> recent = results.computeIfAbsent(jobId, id -> new ArrayDeque<>());
        recent.addLast(error);
        if (recent.size() > window) {
            recent.removeFirst();
        }
        if (window <= 0 || recent.size() < window) {
            return -1;
        }
        double share = recent.stream().filter(Boolean::booleanValue).count() / (double) window;
        return share >= threshold ? share : -1;
    }

    /** Forgets a job's results, so that a resumed job starts with a clean window. */
    synchronized void reset(long jobId) {
        results.remove(jobId);
        unanswered.remove(jobId);
    }
}
