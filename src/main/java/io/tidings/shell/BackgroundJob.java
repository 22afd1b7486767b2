package io.tidings.shell;

import io.tidings.work.Progress;
import java.util.function.Consumer;

/**
 * A piece of work for the background, with what to do on the FX thread when it ends.
 *
 * <pre>{@code
 * background.run(BackgroundJob.of("Counting endpoints", progress -> audience.summary())
 *         .onSuccess(summary::set)
 *         .onFailure(error -> message.set(error.getMessage())));
 * }</pre>
 */
public final class BackgroundJob<T> {

    /** The work itself; it runs on a background thread and must not touch JavaFX. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private boolean quiet;
    private boolean reportsWhenStopped;

    private BackgroundJob(String title, Work<T> work) {
        this.title = title;
        this.work = work;
    }

    public static <T> BackgroundJob<T> of(String title, Work<T> work) {
        return new BackgroundJob<>(title, work);
    }

    /** Runs on the FX thread with the work's result. */
    public BackgroundJob<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /**
     * Runs on the FX thread when the work throws. Without a handler, the runner reports the
     * failure in the status bar.
     */
    public BackgroundJob<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    /** Runs on the FX thread when the user cancelled the work. */
    public BackgroundJob<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    /**
     * For work that, when the user stops it, winds down and returns what it did (an import keeps
     * the batches it wrote and says which lines landed): a stop only makes its progress report
     * cancelled, and its result still goes to {@link #onSuccess}. Without this, a stop abandons the
     * work's result and runs {@link #onCancelled}.
     */
    public BackgroundJob<T> reportsWhenStopped() {
        this.reportsWhenStopped = true;
        return this;
    }

    /**
     * Keeps the job out of the status bar: for short reads the user does not wait on, such as a
     * refresh of counts.
     */
    public BackgroundJob<T> quiet() {
        this.quiet = true;
        return this;
    }

    public String title() {
        return title;
    }

    public Work<T> work() {
        return work;
    }

    public boolean isQuiet() {
        return quiet;
    }

    public boolean isReportingWhenStopped() {
        return reportsWhenStopped;
    }

    public boolean hasFailureHandler() {
        return onFailure != null;
    }

    void succeeded(T result) {
        onSuccess.accept(result);
    }

    void failed(Throwable error) {
        if (onFailure != null) {
            onFailure.accept(error);
        }
    }

    void cancelled() {
        onCancelled.run();
    }
}
