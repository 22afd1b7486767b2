package io.tidings.shell;

import io.tidings.work.Progress;
import io.tidings.work.WorkCancelledException;
import java.util.ArrayList;
import java.util.List;

/** Runs background jobs at once on the calling thread, for view model tests without a toolkit. */
public final class ImmediateBackgroundWork implements BackgroundWork {

    private final List<String> titles = new ArrayList<>();
    private final List<Throwable> unhandledFailures = new ArrayList<>();

    @Override
    public <T> Cancellable run(BackgroundJob<T> job) {
        titles.add(job.title());
        T result;
        try {
            result = job.work().run(Progress.NONE);
        } catch (WorkCancelledException e) {
            job.cancelled();
            return () -> { };
        } catch (Exception e) {
            if (job.hasFailureHandler()) {
                job.failed(e);
            } else {
                unhandledFailures.add(e);
            }
            return () -> { };
        }
        job.succeeded(result);
        return () -> { };
    }

    /** Titles of every job run so far. */
    public List<String> titles() {
        return titles;
    }

    /** Failures of jobs that had no failure handler: the status bar would have shown them. */
    public List<Throwable> unhandledFailures() {
        return unhandledFailures;
    }
}
