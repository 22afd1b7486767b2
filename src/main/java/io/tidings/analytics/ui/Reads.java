package io.tidings.analytics.ui;

import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import java.util.function.Consumer;

/**
 * Reads of one kind where only the latest counts: starting one cancels the one before, and an older read's outcome,
 * however late it arrives, is dropped.
 */
final class Reads {

    private long latest;
    private BackgroundWork.Cancellable running;

    <T> void start(BackgroundWork background, BackgroundJob<T> job, Consumer<T> shown, Consumer<Throwable> failed,
            Runnable cancelled) {
        long request = ++latest;
        if (running != null) {
            running.cancel();
        }
        running = background.run(job.quiet()
                .onSuccess(result -> {
                    if (request == latest) {
                        shown.accept(result);
                    }
                })
                .onFailure(failure -> {
                    if (request == latest) {
                        failed.accept(failure);
                    }
                })
                .onCancelled(() -> {
                    if (request == latest) {
                        cancelled.run();
                    }
                }));
    }
}
