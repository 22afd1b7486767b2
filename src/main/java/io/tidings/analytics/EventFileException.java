package io.tidings.analytics;

/** An events file that cannot be read at all, in words. */
public final class EventFileException extends RuntimeException {

    public EventFileException(String message) {
        super(message);
    }
}
