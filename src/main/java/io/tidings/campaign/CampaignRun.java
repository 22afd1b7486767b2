package io.tidings.campaign;

import io.tidings.delivery.JobProgress;
import io.tidings.delivery.SendJob;
import java.time.Instant;

/**
 * One run of a campaign: its own send job.
 *
 * @param scheduledAt when the run was due (when it was launched, for an immediate campaign)
 * @param job the run's send job; null when it has none (see {@code problem})
 * @param progress the job's counts, or null without a job
 * @param problem why the run has no job (it could not be created, or it was due while Tidings was closed and was
 *     not sent late); null otherwise
 */
public record CampaignRun(long campaignId, Instant scheduledAt, SendJob job, JobProgress progress, String problem) {

    /**
     * Whether the run may still send: its job is queued, running or paused, or it is being created (claimed, with
     * neither a job nor a problem yet).
     */
    public boolean isUnfinished() {
        return job == null ? problem == null : !job.state().isFinished();
    }

    /** Whether the run has a job that may still send, to pause, resume or cancel. */
    public boolean hasUnfinishedJob() {
        return job != null && !job.state().isFinished();
    }
}
