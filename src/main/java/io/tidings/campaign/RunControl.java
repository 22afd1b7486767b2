package io.tidings.campaign;

import io.tidings.delivery.RunPlan;
import io.tidings.delivery.SendJob;

/**
 * The sending engine as campaigns drive it: a run becomes a send job ({@code SendJobs.createRun}), which the engine
 * sends, pauses and cancels. The composition root hands over the workspace's engine; a command sending headless
 * starts runs on its own engine.
 */
public interface RunControl {

    /** Creates the run's send job and its ledger; it sends nothing until {@link #start}. */
    SendJob create(RunPlan plan);

    /** Lets the job's messages go out (again, after a pause). */
    void start(long jobId);

    void pause(long jobId);

    /** Stops the job for good; what it has not sent, it never will. */
    void cancel(long jobId);
}
