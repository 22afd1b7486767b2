package io.tidings.wiring;

import io.tidings.campaign.RunControl;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.journey.run.JourneyJobs;

/**
 * Campaign runs and journeys' send jobs sent by the workspace's own engine: each a send job, started, paused and
 * cancelled there.
 */
final class EngineRunControl implements RunControl, JourneyJobs {

    private final SendJobs sendJobs;
    private final DeliveryEngine engine;

    EngineRunControl(SendJobs sendJobs, DeliveryEngine engine) {
        this.sendJobs = sendJobs;
        this.engine = engine;
    }

    @Override
    public SendJob create(RunPlan plan) {
        return sendJobs.createRun(plan);
    }

    @Override
    public void start(long jobId) {
        engine.run(jobId);
    }

    @Override
    public void pause(long jobId) {
        engine.pause(jobId);
    }

    @Override
    public void cancel(long jobId) {
        engine.cancel(jobId);
    }
}
