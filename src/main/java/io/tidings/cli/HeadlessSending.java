package io.tidings.cli;

import io.tidings.channel.accounts.ChannelSenders;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.JobState;
import io.tidings.delivery.SendJob;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sending engine run from the command line: runs jobs to their end with a progress line, and pauses them
 * cleanly when the process is asked to stop (Ctrl+C, SIGTERM), so that {@code outbox resume} carries on.
 * A SIGKILL gives no such chance; then the engine's crash rule applies at the next start.
 */
final class HeadlessSending implements AutoCloseable {

    /** No job waits this long; the wait ends when the job does. */
    private static final Duration UNTIL_IT_ENDS = Duration.ofDays(3650);
    /** A provider that keeps a message this long without an answer is named on the progress line. */
    private static final Duration SLOW_ANSWER = Duration.ofSeconds(2);

    private final DeliveryEngine engine;
    private final ChannelSenders senders;
    private final PrintWriter err;
    private final String resumeCommand;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final Thread pauseOnStop = new Thread(this::pauseRunningJobs, "tidings-pause-on-stop");
    private final Object stopping = new Object();
    private boolean closed;
    private volatile boolean stopRequested;

    /** Takes over {@code engine} and the {@code senders} it sends through, closing them on {@link #close()}. */
    HeadlessSending(DeliveryEngine engine, ChannelSenders senders, PrintWriter err, String resumeCommand) {
        this.engine = engine;
        this.senders = senders;
        this.err = err;
        this.resumeCommand = resumeCommand;
        Runtime.getRuntime().addShutdownHook(pauseOnStop);
    }

    /** Starts the workers; returns how many messages a crash had left in flight, sent again now. */
    int start() {
        return engine.start();
    }

    /** Lets the job's messages go out. */
    void begin(SendJob job) {
        begin(job.id());
    }

    void begin(long jobId) {
        running.add(jobId);
        engine.run(jobId);
    }

    /** Waits, with a progress line, until a job that has begun is done, paused or cancelled; returns its state. */
    JobState awaitEnd(SendJob job) throws InterruptedException {
        ProgressLine progress = new ProgressLine(err);
        try {
            JobState state = engine.await(job.id(), UNTIL_IT_ENDS, snapshot -> progress.update(snapshot.finished(),
                    snapshot.total(), "Job " + job.id() + ": " + waitingFor(job.id()) + JobCounts.of(snapshot)));
            if (stopRequested) {
                synchronized (stopping) {
                    // The stop reports the final counts; this returns when it has, which is as the process ends.
                }
            }
            return state;
        } finally {
            running.remove(job.id());
            progress.finish();
        }
    }

    /** "waiting for smtp.example.com (no answer for 12 s); " while the job's provider is slow to answer, else "". */
    private String waitingFor(long jobId) {
        return engine.waiting(jobId).filter(waiting -> waiting.waited().compareTo(SLOW_ANSWER) >= 0)
                .map(waiting -> "waiting for " + waiting.destination() + " (no answer for "
                        + waiting.waited().toSeconds() + " s); ")
                .orElse("");
    }

    JobProgress progress(long jobId) {
        return engine.progress(jobId);
    }

    private void pauseRunningJobs() {
        synchronized (stopping) {
            stopRequested = true;
            List<Long> paused = running.stream().sorted().toList();
            if (closed || paused.isEmpty()) {
                return;
            }
            for (long jobId : paused) {
                engine.pause(jobId);
            }
            // Lets each worker finish and record the message it holds, so nothing is left in flight.
            engine.close();
            err.println();
            for (long jobId : paused) {
                err.println("Paused job " + jobId + " before stopping: " + JobCounts.of(engine.progress(jobId)) + ".");
            }
            err.println("To carry on: " + resumeCommand);
            err.flush();
        }
    }

    @Override
    public void close() {
        synchronized (stopping) {
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(pauseOnStop);
        } catch (IllegalStateException stoppingAlready) {
            // The hook has run or is running; it paused the jobs.
        }
        try {
            engine.close();
        } finally {
            senders.close();
        }
    }
}
