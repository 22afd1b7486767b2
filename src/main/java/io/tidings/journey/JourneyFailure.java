package io.tidings.journey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What went wrong the last time the executor could not advance a published journey, and whether it keeps happening:
 * the problem in words (a template deleted under the journey, a full disk), when the failing passes began and when
 * the last one was, and how many passes in a row failed. A pass that succeeds clears it.
 */
public record JourneyFailure(String problem, Instant since, Instant last, int passes) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** For a state column: "last pass failed: the problem". */
    public String brief() {
        return "last pass failed: " + problem;
    }

    /** Whole sentences: the problem, when, and for how long it has kept failing, at times in {@code zone}. */
    public String words(ZoneId zone) {
        StringBuilder words = new StringBuilder("The executor's last pass failed at ")
                .append(WHEN.format(last.atZone(zone))).append(": ").append(problem);
        if (!problem.endsWith(".")) {
            words.append('.');
        }
        if (passes > 1) {
            words.append(" It has failed ").append(passes).append(" passes in a row since ")
                    .append(WHEN.format(since.atZone(zone))).append('.');
        }
        return words.append(" Nobody in the journey moves on until a pass succeeds; Tidings tries again by itself.")
                .toString();
    }
}
