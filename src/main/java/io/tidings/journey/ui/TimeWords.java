package io.tidings.journey.ui;

import io.tidings.journey.IsoDurations;
import io.tidings.journey.WaitTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Waits, durations and moments as a marketer types and reads them: "3 days", "1 day 12 hours", "2 weeks", "90 minutes",
 * "until 1 Dec 2026 09:00" (on the given time zone's clocks). ISO text such as {@code P3D} is taken too.
 */
final class TimeWords {

    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*(weeks?|w|days?|d|hours?|h|minutes?|mins?|m)",
            Pattern.CASE_INSENSITIVE);

    private final ZoneId zone;

    TimeWords(ZoneId zone) {
        this.zone = zone;
    }

    /** "3 days", "until 1 Dec 2026 09:00", or empty for none. */
    String words(WaitTime wait) {
        if (wait == null) {
            return "";
        }
        return wait.waitFor() != null ? IsoDurations.inWords(wait.waitFor()) : "until " + moment(wait.waitUntil());
    }

    String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone));
    }

    /** The wait the words name; empty for blank text; an exception whose message says what to type when unclear. */
    Optional<WaitTime> wait(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.toLowerCase(Locale.ROOT).startsWith("until ")) {
            return Optional.of(WaitTime.waitUntil(momentOf(value.substring(6).strip())
                    .orElseThrow(() -> new IllegalArgumentException(badMoment(value.substring(6).strip())))));
        }
        return Optional.of(WaitTime.waitFor(duration(value)));
    }

    /** The duration the words name ("3 days", "1 day 12 hours", "P3D"), or an exception saying what to type. */
    Duration duration(String text) {
        String value = text.strip();
        if (value.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return IsoDurations.parse(value, "The duration");
            } catch (RuntimeException notIso) {
                throw new IllegalArgumentException(badDuration(value));
            }
        }
        Matcher part = PART.matcher(value);
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.find()) {
            if (!value.substring(end, part.start()).replace(",", "").replace("and", "").isBlank()) {
                throw new IllegalArgumentException(badDuration(value));
            }
            long amount = Long.parseLong(part.group(1));
            String unit = part.group(2).toLowerCase(Locale.ROOT);
            total = total.plus(switch (unit.charAt(0)) {
                case 'w' -> Duration.ofDays(7 * amount);
                case 'd' -> Duration.ofDays(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            });
            end = part.end();
        }
        if (end == 0 || !value.substring(end).isBlank() || total.isZero()) {
            throw new IllegalArgumentException(badDuration(value));
        }
        return total;
    }

    /** "1 Dec 2026 09:00" (also "2026-12-01 09:00") on the zone's clocks. */
    Optional<Instant> momentOf(String text) {
        String value = text == null ? "" : text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {MOMENT,
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH)}) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).atZone(zone).toInstant());
            } catch (DateTimeParseException notThis) {
                // Try the next way of writing it.
            }
        }
        return Optional.empty();
    }

    static String badDuration(String text) {
        return "\u201c" + text + "\u201d is not a length of time: type one such as 3 days, 12 hours or "
                + "1 day 6 hours (or until 1 Dec 2026 09:00).";
    }

    static String badMoment(String text) {
        return "\u201c" + text + "\u201d is not a date and time: type one such as 1 Dec 2026 09:00.";
    }
}
