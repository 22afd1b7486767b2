package io.tidings.work;

/** Thrown by work that stopped because the user cancelled it; not a failure. */
public final class WorkCancelledException extends RuntimeException {

    public WorkCancelledException() {
        super("Cancelled");
    }
}
