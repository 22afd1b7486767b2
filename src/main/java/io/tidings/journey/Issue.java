package io.tidings.journey;

/**
 * A problem with a journey, on an activity (null: the journey's settings or entry) and one of its ports (or null),
 * in the marketer's words.
 */
public record Issue(String activityKey, Port port, Severity severity, String message) {

    /** How much the problem matters. */
    public enum Severity {
        /** The journey cannot be published until it is fixed. */
        ERROR,
        /** It can be published, but something is probably not as meant, or Pinpoint would refuse the export. */
        WARNING,
        /** Worth knowing, such as where participants leave the journey. */
        NOTE
    }

    public static Issue error(String activityKey, Port port, String message) {
        return new Issue(activityKey, port, Severity.ERROR, message);
    }

    public static Issue warning(String activityKey, Port port, String message) {
        return new Issue(activityKey, port, Severity.WARNING, message);
    }

    public static Issue note(String activityKey, Port port, String message) {
        return new Issue(activityKey, port, Severity.NOTE, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
