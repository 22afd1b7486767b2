package io.tidings.campaign;

import io.tidings.work.Quote;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pinpoint's {@code Schedule.Timezone} values, read as leniently as AWS's own examples write them ({@code UTC},
 * {@code UTC+05:30}, {@code utc-08}, {@code +09}), and IANA zone ids such as {@code America/New_York} (a Tidings
 * extension: a zone with daylight saving keeps a daily run at the same wall-clock time all year).
 */
public final class CampaignTimezones {

    private static final Pattern OFFSET = Pattern.compile("(?:UTC|GMT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");

    private CampaignTimezones() {
    }

    /** The zone {@code value} names; {@code path} names the field in the message when it names none. */
    public static ZoneId parse(String value, String path) {
        String text = value == null ? "" : value.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.equals("UTC") || upper.equals("GMT") || upper.equals("Z")) {
            return ZoneOffset.UTC;
        }
        Matcher offset = OFFSET.matcher(upper);
        if (offset.matches()) {
            int hours = Integer.parseInt(offset.group(2));
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            int sign = offset.group(1).equals("-") ? -1 : 1;
            if (hours <= 14 && minutes < 60) {
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
        }
        try {
            if (!text.isEmpty()) {
                return ZoneId.of(text);
            }
        } catch (DateTimeException unknown) {
            // Told below, in words.
        }
        throw new InvalidCampaignException(path + " is " + Quote.of(value) + ": give a UTC offset as Pinpoint "
                + "writes it (UTC, UTC+05:30, UTC-08) or a time zone such as America/New_York.");
    }

    /** The zone as Pinpoint spells an offset ({@code UTC}, {@code UTC+05:30}, {@code UTC-08}), or its IANA id. */
    public static String format(ZoneId zone) {
        if (!(zone instanceof ZoneOffset offset)) {
            return zone.getId();
        }
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int hours = Math.abs(seconds) / 3600;
        int minutes = Math.abs(seconds) % 3600 / 60;
        return String.format(Locale.ROOT, "UTC%s%02d%s", seconds < 0 ? "-" : "+", hours,
                minutes == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes));
    }
}
