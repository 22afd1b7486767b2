package io.tidings.audience;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Instants as ISO-8601 UTC text ({@code 2026-02-04T08:59:30Z}), as {@link Instant#toString} and
 * {@link Instant#parse} write and read them, with a fast path for years 1000-9999 (and, when
 * reading, up to nine digits of fraction): an import writes
 * and reads two per endpoint, and the JDK's formatter costs more than the rest of the row.
 */
final class IsoInstants {

    private static final int WHOLE_SECONDS_LENGTH = "2026-02-04T08:59:30Z".length();

    private IsoInstants() {
    }

    static String format(Instant instant) {
        int nanos = instant.getNano();
        // The JDK writes a fraction in groups of three digits: .123, .123456 or .123456789.
        int fractionDigits = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
        LocalDateTime time = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (time.getYear() < 1000 || time.getYear() > 9999) {
            return instant.toString();
        }
        char[] text = new char[WHOLE_SECONDS_LENGTH + (fractionDigits == 0 ? 0 : fractionDigits + 1)];
        digits(text, 0, time.getYear(), 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        if (fractionDigits > 0) {
            text[19] = '.';
            digits(text, 20, nanos / (int) Math.pow(10, 9 - fractionDigits), fractionDigits);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    /** Reads what {@link Instant#parse} reads; throws its {@link DateTimeParseException} for anything else. */
    static Instant parse(String text) {
        int length = text.length();
        if (length >= WHOLE_SECONDS_LENGTH && length <= WHOLE_SECONDS_LENGTH + 10 && text.charAt(4) == '-'
                && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(length - 1) == 'Z') {
            int year = number(text, 0, 4);
            int month = number(text, 5, 2);
            int day = number(text, 8, 2);
            int hour = number(text, 11, 2);
            int minute = number(text, 14, 2);
            int second = number(text, 17, 2);
            int nanos = nanos(text);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && nanos >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
                } catch (DateTimeException noSuchDay) {
                    // February 30th and the like: the JDK reports it in its own words, below.
                }
            }
        }
        // Leap seconds, unusual fractions and anything else: the JDK decides.
        return Instant.parse(text);
    }

    /** The fraction between the seconds and the Z as nanoseconds: 0 when there is none, -1 when it is not 1-9 digits. */
    private static int nanos(String text) {
        int digits = text.length() - WHOLE_SECONDS_LENGTH - 1;
        if (digits == -1) {
            return 0;
        }
        if (digits < 1 || text.charAt(19) != '.') {
            return -1;
        }
        int fraction = number(text, 20, digits);
        return fraction < 0 ? -1 : fraction * (int) Math.pow(10, 9 - digits);
    }

    private static void digits(char[] text, int at, int value, int width) {
        for (int index = at + width - 1; index >= at; index--) {
            text[index] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The decimal number in {@code text[at, at + width)}, or -1 when a character is not a digit. */
    private static int number(String text, int at, int width) {
        int value = 0;
        for (int index = at; index < at + width; index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + digit - '0';
        }
        return value;
    }
}
