package io.tidings.segment;

/** A segment definition that cannot be read or evaluated; the message says where and why. */
public final class InvalidSegmentException extends IllegalArgumentException {

    public InvalidSegmentException(String message) {
        super(message);
    }

    public InvalidSegmentException(String message, Throwable cause) {
        super(message, cause);
    }
}
