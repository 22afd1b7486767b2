package io.tidings.journey.run;

/**
 * The sending engine as a running journey uses it: each batch of an activity's messages is a send job, started once
 * its transaction has committed, paused and resumed with the journey, cancelled when it stops.
 */
public interface JourneyJobs {

    void start(long jobId);

    void pause(long jobId);

    void cancel(long jobId);
}
