package io.tidings.shell;

import io.tidings.work.Progress;
import io.tidings.work.WorkCancelledException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's background-work runner: a small pool of daemon threads, each job wrapped in a JavaFX
 * {@link Task} so that its progress and outcome reach the FX thread. Jobs that the user waits on
 * appear in {@link #runningJobs()} for the status bar.
 */
public final class FxBackgroundWork implements BackgroundWork, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxBackgroundWork.class);

    private final ExecutorService executor;
    private final ObservableList<RunningJob> running = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper lastFailure = new ReadOnlyStringWrapper(this, "lastFailure");

    public FxBackgroundWork(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, new DaemonThreads());
    }

    @Override
    public <T> Cancellable run(BackgroundJob<T> job) {
        JobTask<T> task = new JobTask<>(job);
        task.setOnSucceeded(event -> {
            running.remove(task);
            job.succeeded(task.getValue());
        });
        task.setOnFailed(event -> {
            running.remove(task);
            Throwable error = task.getException();
            if (error instanceof WorkCancelledException) {
                job.cancelled();
                return;
            }
            LOG.warn("Background job '{}' failed", job.title(), error);
            if (job.hasFailureHandler()) {
                job.failed(error);
            } else {
                lastFailure.set(job.title() + " failed: " + messageOf(error));
            }
        });
        task.setOnCancelled(event -> {
            running.remove(task);
            job.cancelled();
        });
        if (!job.isQuiet()) {
            running.add(task);
        }
        executor.execute(task);
        return task::stop;
    }

    /** Jobs the user is waiting on, oldest first. Read on the FX thread only. */
    public ObservableList<RunningJob> runningJobs() {
        return running;
    }

    /** The last failure no view model handled, for the status bar. */
    public ReadOnlyStringProperty lastFailureProperty() {
        return lastFailure.getReadOnlyProperty();
    }

    public void clearLastFailure() {
        lastFailure.set(null);
    }

    static String messageOf(Throwable error) {
        Throwable cause = error;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A job as a JavaFX task; its {@link Progress} feeds the task's progress and message. */
    private static final class JobTask<T> extends Task<T> implements RunningJob {
        private final BackgroundJob<T> job;
        /** Set by a stop of a job that reports when stopped: the work sees it and returns what it did. */
        private volatile boolean stopRequested;

        JobTask(BackgroundJob<T> job) {
            this.job = job;
            updateTitle(job.title());
            updateMessage(job.title() + "…");
        }

        /** What the work sees: a stop of a job that reports when stopped asks it to end, without abandoning it. */
        private final Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                if (total > 0) {
                    updateProgress(done, total);
                } else {
                    updateProgress(-1, -1);
                }
                if (message != null && !stopRequested) {
                    updateMessage(message);
                }
            }

            @Override
            public boolean isCancelled() {
                return stopRequested || JobTask.this.isCancelled();
            }
        };

        @Override
        protected T call() throws Exception {
            return job.work().run(progress);
        }

        @Override
        public String title() {
            return job.title();
        }

        @Override
        public void stop() {
            if (job.isReportingWhenStopped()) {
                stopRequested = true;
                updateMessage("Stopping " + job.title() + "…");
            } else {
                cancel(false);
            }
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "tidings-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
