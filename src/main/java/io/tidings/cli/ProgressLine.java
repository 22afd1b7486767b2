package io.tidings.cli;

import io.tidings.work.Progress;
import java.io.PrintWriter;
import java.util.function.BooleanSupplier;

/** A progress line on stderr, rewritten in place at most once a second; silent for short work. */
final class ProgressLine implements Progress {

    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final BooleanSupplier stopRequested;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private boolean shown;
    private int shownLength;

    ProgressLine(PrintWriter err) {
        this(err, () -> false);
    }

    /** @param stopRequested whether the user asked the work to stop (see {@link StopOnSignal}) */
    ProgressLine(PrintWriter err, BooleanSupplier stopRequested) {
        this.err = err;
        this.stopRequested = stopRequested;
    }

    @Override
    public synchronized void update(long done, long total, String message) {
        long now = System.nanoTime();
        if (now - lastShown < INTERVAL_NANOS) {
            return;
        }
        lastShown = now;
        shown = true;
        String percent = total > 0 ? " (" + Math.min(100, done * 100 / total) + "%)" : "";
        String line = message + percent;
        // Spaces over whatever a longer line before left, such as a note that is gone now.
        err.print("\r" + line + " ".repeat(Math.max(3, shownLength - line.length() + 3)));
        shownLength = line.length();
        err.flush();
    }

    @Override
    public boolean isCancelled() {
        return stopRequested.getAsBoolean();
    }

    /** Ends the line, if one was shown, so that what follows starts on its own line. */
    synchronized void finish() {
        if (shown) {
            err.println();
        }
    }
}
