package io.tidings.analytics;

import io.tidings.work.PeriodicTask;
import java.time.Duration;
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
    private final PeriodicTask purges;

    /**
     * @param firstAfter how long after {@link #start()} the first purge runs
     * @param interval how long between purges
     */
    public RetentionSchedule(EventRetention retention, Duration firstAfter, Duration interval) {
        this.retention = retention;
        this.firstAfter = firstAfter;
        this.interval = interval;
        this.purges = new PeriodicTask("tidings-event-retention", Thread.MIN_PRIORITY,
                "The purge of events older than the workspace's retention failed", this::purge);
    }

    public void start() {
        purges.start(firstAfter, interval);
    }

    private void purge() {
        long purged = retention.purge();
        if (purged > 0) {
            LOG.info("Retention ({}): {} raw events purged; the daily rollups stay", retention.retention(), purged);
        }
    }

    /** Stops; a purge under way finishes first. */
    @Override
    public void close() {
        purges.close();
    }
}
