package io.tidings.analytics;

import io.tidings.work.PeriodicTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention purge ({@link EventRetention#purge()}) in the background while a workspace is open in the app or
 * under {@code serve}: once soon after the start, then every interval (a day), on a daemon thread of its own. A
 * failed purge is logged and the next one runs on time; the rollups, and so every KPI, stay. Every minute, on another
 * such thread, it also moves the endpoints of the engine's events queued for the per-day endpoint sets into them
 * ({@link EventRetention#bringEndpointSetsUpToDate()}), so that a read of the unique counts finds few queued.
 */
public final class RetentionSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);
    private static final Duration ENDPOINT_SETS_INTERVAL = Duration.ofMinutes(1);

    private final EventRetention retention;
    private final Duration firstAfter;
    private final Duration interval;
    private final PeriodicTask purges;
    private final PeriodicTask endpointSets;

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
        this.endpointSets = new PeriodicTask("tidings-endpoint-sets", Thread.MIN_PRIORITY,
                "Moving the engine's events into the unique counts' endpoint sets failed",
                retention::bringEndpointSetsUpToDate);
    }

    public void start() {
        purges.start(firstAfter, interval);
        endpointSets.start(ENDPOINT_SETS_INTERVAL, ENDPOINT_SETS_INTERVAL);
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
        endpointSets.close();
        purges.close();
    }
}
