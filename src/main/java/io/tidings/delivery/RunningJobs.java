package io.tidings.delivery;

import io.tidings.store.Database;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Which jobs are running, as a worker asks before each message of a claimed batch, so that a pause or a
 * cancel stops a job after the message being sent rather than after the batch. The engine's own pause,
 * cancel and error ceiling update it at once; a change made elsewhere (another {@link SendJobs}) is seen
 * within {@link #REFRESH} by reading the jobs table again.
 */
final class RunningJobs {

    static final Duration REFRESH = Duration.ofMillis(100);

    private final Database database;
    private final OutboxRepository repository;
    private volatile Set<Long> running = Set.of();
    private volatile long readAtNanos = System.nanoTime() - REFRESH.toNanos();

    RunningJobs(Database database, OutboxRepository repository) {
        this.database = database;
        this.repository = repository;
    }

    boolean contains(long jobId) {
        if (System.nanoTime() - readAtNanos >= REFRESH.toNanos()) {
            refresh();
        }
        return running.contains(jobId);
    }

    /** Call after the job was started in the workspace. */
    synchronized void add(long jobId) {
        Set<Long> next = new HashSet<>(running);
        next.add(jobId);
        running = Set.copyOf(next);
    }

    /** Call after the job was paused or cancelled in the workspace. */
    synchronized void remove(long jobId) {
        Set<Long> next = new HashSet<>(running);
        next.remove(jobId);
        running = Set.copyOf(next);
    }

    /**
     * Reads the running jobs under the same lock as {@link #add} and {@link #remove}: a change made by
     * this engine is written to the workspace before it is applied here, so a read that started
     * earlier can never undo it.
     */
    private synchronized void refresh() {
        if (System.nanoTime() - readAtNanos < REFRESH.toNanos()) {
            return;
        }
        Set<Long> ids = new HashSet<>();
        database.read(connection -> {
            for (OutboxRepository.RunningJob job : repository.runningJobs(connection)) {
                ids.add(job.id());
            }
            return null;
        });
        running = Set.copyOf(ids);
        readAtNanos = System.nanoTime();
    }
}
