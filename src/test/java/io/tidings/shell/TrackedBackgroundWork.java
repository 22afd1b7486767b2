package io.tidings.shell;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs jobs on an {@link FxBackgroundWork} and counts the unfinished ones: started, and their outcome not yet
 * handled on the FX thread. A screen test that waits until none is left knows that whatever the screen set off
 * has shown its result, where a sleep would only hope so.
 *
 * <p>A failure the job has no handler for is kept in {@link #unhandledFailures()} rather than shown in the
 * runner's status bar message, so that its end is counted too.
 */
public final class TrackedBackgroundWork implements BackgroundWork, AutoCloseable {

    private final FxBackgroundWork runner;
    private final AtomicInteger unfinished = new AtomicInteger();
    private final List<Throwable> unhandledFailures = new CopyOnWriteArrayList<>();

    public TrackedBackgroundWork(FxBackgroundWork runner) {
        this.runner = runner;
    }

    @Override
    public <T> Cancellable run(BackgroundJob<T> job) {
        BackgroundJob<T> tracked = BackgroundJob.of(job.title(), job.work())
                .onSuccess(result -> finish(() -> job.succeeded(result)))
                .onFailure(error -> finish(() -> {
                    if (job.hasFailureHandler()) {
                        job.failed(error);
                    } else {
                        unhandledFailures.add(error);
                    }
                }))
                .onCancelled(() -> finish(job::cancelled));
        if (job.isQuiet()) {
            tracked.quiet();
        }
        if (job.isReportingWhenStopped()) {
            tracked.reportsWhenStopped();
        }
        unfinished.incrementAndGet();
        try {
            return runner.run(tracked);
        } catch (RuntimeException e) {
            unfinished.decrementAndGet();
            throw e;
        }
    }

    private void finish(Runnable outcome) {
        try {
            outcome.run();
        } finally {
            unfinished.decrementAndGet();
        }
    }

    /** True when every job started has ended and its outcome was handled. Read on the FX thread. */
    public boolean isIdle() {
        return unfinished.get() == 0;
    }

    /** Failures of jobs that had no failure handler: the status bar would have shown them. */
    public List<Throwable> unhandledFailures() {
        return unhandledFailures;
    }

    @Override
    public void close() {
        runner.close();
    }
}
