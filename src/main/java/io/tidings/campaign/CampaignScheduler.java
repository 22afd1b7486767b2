package io.tidings.campaign;

import io.tidings.delivery.SendJob;
import io.tidings.work.PeriodicTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires campaign runs while the app (or {@code serve}) is open, on a daemon thread of its own. Each look reads the
 * stored next runs ({@code campaign.next_run_at}), so nothing depends on a timer surviving a restart: it fires the
 * runs due by now, reconciles the live campaigns' states from their runs, and logs and survives every failure.
 *
 * <p>Runs that came due while Tidings was closed (more than {@link CampaignService#GRACE} ago) are not sent: they
 * are {@link #missedRuns()}, and the marketer chooses per campaign {@link #sendMissedNow} or {@link #skipMissed}.
 */
public final class CampaignScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignScheduler.class);

    private final CampaignService campaigns;
    private final Clock clock;
    private final Duration interval;
    private final PeriodicTask looks;
    private boolean started;

    /** @param interval how often it looks for due runs */
    public CampaignScheduler(CampaignService campaigns, Clock clock, Duration interval) {
        this.campaigns = campaigns;
        this.clock = clock;
        this.interval = interval;
        this.looks = new PeriodicTask("tidings-campaign-scheduler", Thread.NORM_PRIORITY,
                "The campaign scheduler's look for due runs failed", () -> fireDue(clock.instant()));
    }

    /**
     * Mends what a stop left (runs claimed without a job, jobs created but not started), then looks for due runs
     * every interval. Call it after the sending engine has started.
     */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        try {
            campaigns.recoverRuns();
        } catch (RuntimeException failure) {
            LOG.error("The campaigns' runs could not be checked after the start", failure);
        }
        looks.start(Duration.ZERO, interval);
    }

    /** Fires the runs due by {@code now} (late by at most the grace period); returns their send jobs. */
    public List<SendJob> fireDue(Instant now) {
        List<SendJob> fired = campaigns.fireDue(now);
        campaigns.reconcileStates();
        return fired;
    }

    /** The runs that came due while Tidings was closed and wait for the marketer's choice. */
    public List<MissedRun> missedRuns() {
        return campaigns.missedRuns(clock.instant());
    }

    /** Sends the campaign's missed run now. */
    public Optional<SendJob> sendMissedNow(long campaignId) {
        return campaigns.sendMissedNow(campaignId);
    }

    /** Skips the campaign's missed run; its next run is the first from now on. */
    public Campaign skipMissed(long campaignId) {
        return campaigns.skipMissed(campaignId);
    }

    /** Stops looking; a run being fired finishes first. */
    @Override
    public synchronized void close() {
        looks.close();
        started = false;
    }
}
