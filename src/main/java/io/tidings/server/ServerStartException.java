package io.tidings.server;

/** The server could not start; the message says why in words, such as a port another program holds. */
public final class ServerStartException extends RuntimeException {

    private final boolean portInUse;

    public ServerStartException(String message, boolean portInUse, Throwable cause) {
        super(message, cause);
        this.portInUse = portInUse;
    }

    /** Whether another program (or another workspace of this one, still closing) holds the port. */
    public boolean portInUse() {
        return portInUse;
    }
}
