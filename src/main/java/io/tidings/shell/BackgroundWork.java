package io.tidings.shell;

/**
 * Runs work off the FX thread and delivers its outcome on it. View models depend on this
 * interface; the app uses {@link FxBackgroundWork}, tests a runner that works synchronously.
 */
public interface BackgroundWork {

    /** Starts the job; the returned handle cancels it. */
    <T> Cancellable run(BackgroundJob<T> job);

    /** A started job that the user can stop. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
