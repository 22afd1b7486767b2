package io.tidings.wiring;

import io.tidings.delivery.DeliveryEngine;
import io.tidings.journey.run.JourneyJobs;

/** A running journey's send jobs, sent by the workspace's own engine. */
final class EngineJourneyJobs implements JourneyJobs {

    private final DeliveryEngine engine;

    EngineJourneyJobs(DeliveryEngine engine) {
        this.engine = engine;
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
