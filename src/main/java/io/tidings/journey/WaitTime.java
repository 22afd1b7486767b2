package io.tidings.journey;

import java.time.Duration;
import java.time.Instant;

/**
 * Pinpoint's {@code WaitTime}: wait for a duration ({@code WaitFor}, such as {@code P3D} or {@code PT1H}) or until a
 * moment ({@code WaitUntil}); exactly one of the two. Waits and splits' evaluation times use it.
 */
public record WaitTime(Duration waitFor, Instant waitUntil) {

    public WaitTime {
        if ((waitFor == null) == (waitUntil == null)) {
            throw new IllegalArgumentException("A wait is either a duration or a moment, not "
                    + (waitFor == null ? "neither" : "both") + ".");
        }
        if (waitFor != null && (waitFor.isNegative() || waitFor.isZero())) {
            throw new IllegalArgumentException("A wait lasts some time: " + IsoDurations.format(waitFor) + " is none.");
        }
    }

    public static WaitTime waitFor(Duration duration) {
        return new WaitTime(duration, null);
    }

    public static WaitTime waitUntil(Instant moment) {
        return new WaitTime(null, moment);
    }

    /** In words: "3 days", "until 2026-12-24T09:00:00Z". */
    public String describe() {
        return waitFor != null ? IsoDurations.inWords(waitFor) : "until " + waitUntil;
    }
}
