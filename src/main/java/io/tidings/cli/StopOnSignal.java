package io.tidings.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl+C (or a plain {@code kill}) into a request to stop, for command-line work that can
 * wind down and say what it did, such as an import that keeps its committed batches. The JVM is
 * already exiting when the signal arrives; it waits here until the work has reported (at most
 * {@link #PATIENCE_SECONDS}), then exits with the signal's status.
 */
final class StopOnSignal implements AutoCloseable {

    static final long PATIENCE_SECONDS = 60;

    private final CountDownLatch reported = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private StopOnSignal() {
        hook = new Thread(() -> {
            requested = true;
            try {
                reported.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tidings-stop-on-signal");
    }

    static StopOnSignal install() {
        StopOnSignal stop = new StopOnSignal();
        Runtime.getRuntime().addShutdownHook(stop.hook);
        return stop;
    }

    /** Whether the user asked the process to stop. */
    boolean requested() {
        return requested;
    }

    /** The work has said what it did (or failed): a stopping JVM may now exit. */
    @Override
    public void close() {
        reported.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // The JVM is already stopping: the hook is running and has just been released.
        }
    }
}
