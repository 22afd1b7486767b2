package io.tidings.shell;

import io.tidings.work.Progress;
import java.util.ArrayList;
import java.util.List;

/** Holds background jobs until the test runs them, in any order: for checking that stale results are dropped. */
public final class QueuedBackgroundWork implements BackgroundWork {

    private final List<BackgroundJob<?>> queued = new ArrayList<>();

    @Override
    public <T> Cancellable run(BackgroundJob<T> job) {
        queued.add(job);
        return () -> queued.remove(job);
    }

    public int size() {
        return queued.size();
    }

    /** Runs the job queued at {@code index} and delivers its outcome. */
    public void runJob(int index) throws Exception {
        complete(queued.remove(index));
    }

    public void runAll() throws Exception {
        while (!queued.isEmpty()) {
            runJob(0);
        }
    }

    private static <T> void complete(BackgroundJob<T> job) throws Exception {
        T result;
        try {
            result = job.work().run(Progress.NONE);
        } catch (Exception e) {
            job.failed(e);
            return;
        }
        job.succeeded(result);
    }
}
