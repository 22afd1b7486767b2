package io.tidings.journey.ui.simulation;

import io.tidings.work.Progress;
import java.util.function.BiConsumer;
import javafx.application.Platform;

/**
 * Passes a run's progress on to the background job (the status bar) and, at most twenty times a second and on the FX
 * thread, to the panel's own bar: a share from 0 to 1 (-1 while unknown) and the message.
 */
final class PanelProgress implements Progress {

    private static final long EVERY_NANOS = 50_000_000L;

    private final Progress job;
    private final BiConsumer<Double, String> shown;
    private long lastShown;

    PanelProgress(Progress job, BiConsumer<Double, String> shown) {
        this.job = job;
        this.shown = shown;
    }

    @Override
    public void update(long done, long total, String message) {
        job.update(done, total, message);
        long now = System.nanoTime();
        if (now - lastShown > EVERY_NANOS) {
            lastShown = now;
            double share = total > 0 ? (double) done / total : -1;
            Platform.runLater(() -> shown.accept(share, message));
        }
    }

    @Override
    public boolean isCancelled() {
        return job.isCancelled();
    }
}
