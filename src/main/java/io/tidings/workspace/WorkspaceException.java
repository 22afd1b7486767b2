package io.tidings.workspace;

/** A workspace could not be created, opened or changed; the message says why in plain words. */
public final class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
