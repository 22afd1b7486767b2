package io.tidings.server;

/** The server could not start; the message says why in words, such as a port another program holds. */
public final class ServerStartException extends RuntimeException {

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
