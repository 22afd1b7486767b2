package io.tidings.delivery;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Keeps each job's last N results and says when too many of them were errors. */
final class ErrorRateWatch {

    private final int window;
    private final double threshold;
    private final Map<Long, Deque<Boolean>> results = new HashMap<>();

    /** @param threshold the share of errors (0 to 1) over the last {@code window} results that pauses a job */
    ErrorRateWatch(int window, double threshold) {
        this.window = window;
        this.threshold = threshold;
    }

    /** Records a result; returns the error share when it crossed the threshold, or -1. */
    synchronized double record(long jobId, boolean error) {
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
    }
}
