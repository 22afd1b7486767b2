package io.tidings.journey.simulation;

import java.time.Instant;

/**
 * One thing that happened to a simulated participant at an activity: it entered, went on through a port, was sent the
 * message, waits (until when), or left; {@code because} says why in words.
 */
public record PathStep(Instant at, String activityKey, What what, String port, Instant until, String because) {

    /** What happened. */
    public enum What {
        ENTERED("Entered"),
        WENT_ON("Went on"),
        SENT("Sent"),
        WAITS("Waits"),
        LEFT("Left"),
        NOT_ENTERED("Did not enter");

        private final String words;

        What(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** "welcome: Sent (email sent)", "opened: Went on through No (the condition did not hold: ...)". */
    public String describe() {
        String where = activityKey == null ? "entry" : activityKey;
        String how = switch (what) {
            case WENT_ON -> "Went on through " + port;
            case WAITS -> "Waits until " + SimulationTimes.format(until);
            case LEFT -> port == null ? "Left" : "Left through " + port;
            default -> what.words();
        };
        return where + ": " + how + " (" + because + ")";
    }
}
