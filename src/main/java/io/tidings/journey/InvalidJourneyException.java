package io.tidings.journey;

/** A journey, a journey file or a request about one that cannot be carried out; the message says why and where. */
public class InvalidJourneyException extends IllegalArgumentException {

    public InvalidJourneyException(String message) {
        super(message);
    }

    public InvalidJourneyException(String message, Throwable cause) {
        super(message, cause);
    }
}
