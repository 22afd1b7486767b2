package io.tidings.journey;

import io.tidings.work.Quote;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 durations as Pinpoint writes them ({@code P3D}, {@code PT1H}, {@code P1DT12H}, {@code P2W}); months and
 * years are refused, having no fixed length. Written back with days, as the console writes them.
 */
public final class IsoDurations {

    private static final Pattern WEEKS = Pattern.compile("P(\\d+)W");

    private IsoDurations() {
    }

    /** The duration {@code text} names, or an exception saying so, naming {@code path}. */
    public static Duration parse(String text, String path) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        Matcher weeks = WEEKS.matcher(value);
        try {
            Duration duration = weeks.matches() ? Duration.ofDays(7L * Long.parseLong(weeks.group(1)))
                    : Duration.parse(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException notADuration) {
            // Told below.
        }
        throw new InvalidJourneyException(path + " is " + Quote.of(text)
                + ": give an ISO 8601 duration such as P3D (3 days) or PT1H (1 hour).");
    }

    /** {@code P3D}, {@code PT1H}, {@code P1DT12H30M}. */
    public static String format(Duration duration) {
        long days = duration.toDays();
        Duration rest = duration.minusDays(days);
        StringBuilder text = new StringBuilder("P");
        if (days != 0) {
            text.append(days).append('D');
        }
        if (!rest.isZero() || days == 0) {
            text.append(rest.toString().substring(1));
        }
        return text.toString();
    }

    /** "3 days", "1 hour", "1 day 12 hours". */
    public static String inWords(Duration duration) {
        StringBuilder words = new StringBuilder();
        append(words, duration.toDays(), "day");
        append(words, duration.toHoursPart(), "hour");
        append(words, duration.toMinutesPart(), "minute");
        append(words, duration.toSecondsPart(), "second");
        return words.length() == 0 ? "no time" : words.toString();
    }

    private static void append(StringBuilder words, long amount, String unit) {
        if (amount != 0) {
            words.append(words.length() == 0 ? "" : " ").append(amount).append(' ').append(unit)
                    .append(amount == 1 ? "" : "s");
        }
    }
}
