package io.tidings.journey.run;

import java.time.Instant;

/**
 * What one pass of the executor did to a journey (or to all of them, summed), and when it should look again (null:
 * nothing is due, only an event or a change can bring work).
 *
 * @param late decisions about participants whose time had come well before the pass (Tidings was closed or busy)
 * @param earliestLate when the earliest of those was due, or null
 */
public record PassReport(int entered, int moved, int sent, int left, int late, Instant earliestLate,
        Instant nextLook) {

    public static final PassReport NOTHING = new PassReport(0, 0, 0, 0, 0, null, null);

    PassReport plus(PassReport other) {
        return new PassReport(entered + other.entered, moved + other.moved, sent + other.sent, left + other.left,
                late + other.late, earlier(earliestLate, other.earliestLate), earlier(nextLook, other.nextLook));
    }

    static Instant earlier(Instant one, Instant other) {
        if (one == null) {
            return other;
        }
        return other == null || one.isBefore(other) ? one : other;
    }

    public boolean didSomething() {
        return entered + moved + sent + left > 0;
    }
}
