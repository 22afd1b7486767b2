package io.tidings.work;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task that runs on a daemon thread of its own while it is started: first after a delay, then with a fixed delay
 * between the end of one run and the start of the next. A failed run is logged and the next one runs on time, since a
 * dead thread would stop the work silently.
 */
public final class PeriodicTask implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);
    private static final Duration LONGEST_STOP = Duration.ofSeconds(30);

    private final String threadName;
    private final int priority;
    private final String whenItFails;
    private final Runnable task;
    private ScheduledExecutorService thread;

    /**
     * @param threadName the thread's name, as thread dumps and logs show it
     * @param priority the thread's priority ({@link Thread#NORM_PRIORITY}, or lower for housekeeping)
     * @param whenItFails what the log says when a run fails: "The campaign scheduler's look for due runs failed"
     */
    public PeriodicTask(String threadName, int priority, String whenItFails, Runnable task) {
        this.threadName = threadName;
        this.priority = priority;
        this.whenItFails = whenItFails;
        this.task = task;
    }

    /** Starts running the task; does nothing when it already runs. */
    public synchronized void start(Duration firstAfter, Duration interval) {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread runner = new Thread(runnable, threadName);
            runner.setDaemon(true);
            runner.setPriority(priority);
            return runner;
        });
        thread.scheduleWithFixedDelay(this::runOnce, firstAfter.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            task.run();
        } catch (RuntimeException | Error failure) {
            LOG.error(whenItFails, failure);
        }
    }

    /** Stops; a run under way finishes first (interrupted after 30 seconds). */
    @Override
    public synchronized void close() {
        if (thread == null) {
            return;
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(LONGEST_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
        thread = null;
    }
}
