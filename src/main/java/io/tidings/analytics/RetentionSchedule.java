package io.tidings.analytics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention purge ({@link EventRetention#purge()}) in the background while a workspace is open in the app or
 * under {@code serve}: once soon after the start, then every interval (a day), on a daemon thread of its own. A
 * failed purge is logged and the next one runs on time; the rollups, and so every KPI, stay.
 */
public final class RetentionSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final EventRetention retention;
    private final Duration firstAfter;
    private final Duration interval;
    private ScheduledExecutorService thread;

    /**
     * @param firstAfter how long after {@link #start()} the first purge runs
     * @param interval how long between purges
     */
    public RetentionSchedule(EventRetention retention, Duration firstAfter, Duration interval) {
        this.retention = retention;
        this.firstAfter = firstAfter;
        this.interval = interval;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread purger = new Thread(runnable, "tidings-event-retention");
            purger.setDaemon(true);
            purger.setPriority(Thread.MIN_PRIORITY);
            return purger;
        });
        thread.scheduleWithFixedDelay(this::purge, firstAfter.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void purge() {
        try {
            long purged = retention.purge();
            if (purged > 0) {
                LOG.info("Retention ({}): {} raw events purged; the daily rollups stay", retention.retention(), purged);
            }
        } catch (RuntimeException | Error failure) {
            // Logged, and the next purge runs on time: a dead thread would stop purging silently.
            LOG.error("The purge of events older than the workspace's retention failed", failure);
        }
    }

    /** Stops; a purge under way finishes its chunk first. */
    @Override
    public synchronized void close() {
        if (thread == null) {
            return;
        }
        thread.shutdownNow();
        try {
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }
}
