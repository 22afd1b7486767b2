package io.tidings.delivery;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Asks the {@link JobAccountCheck} once per job whether this engine may send it, and again when it is run again. */
final class JobGate {

    private final JobAccountCheck check;
    private final Map<Long, Optional<String>> decided = new ConcurrentHashMap<>();

    JobGate(JobAccountCheck check) {
        this.check = check;
    }

    /** Why this engine must not send the job, as its pause reason; empty when it may. */
    Optional<String> pauseReason(SendJob job) {
        return decided.computeIfAbsent(job.id(), id -> check.refusal(job).map(refusal -> "Paused: " + refusal));
    }

    void forget(long jobId) {
        decided.remove(jobId);
    }
}
