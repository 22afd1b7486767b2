package io.tidings.store;

/** A database failure, with a message a user can read and the SQL cause kept for the log. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
