package io.tidings.template;

import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Options;
import com.github.jknack.handlebars.helper.EachHelper;
import com.github.jknack.handlebars.helper.StringHelpers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Pinpoint's helper set on a Handlebars instance. Pinpoint's string helpers have the names and
 * arguments of Handlebars.java's {@link StringHelpers}, which are used as they are, except
 * {@code dateFormat} and {@code now} (Pinpoint formats ISO-8601 text and defaults to UTC, where
 * Handlebars.java wants a {@code Date} and the machine's zone) and {@code slugify} (which keeps digits).
 */
final class PinpointHelpers {

    /** Pinpoint's documented limit on the items an {@code each} block iterates. */
    static final int EACH_LIMIT = 15;

    private PinpointHelpers() {
    }

    static void registerAll(Handlebars handlebars, Clock clock) {
        for (StringHelpers helper : StringHelpers.values()) {
            // A missing value is what defaultIfEmpty replaces and what yesno calls "maybe".
            boolean missingHasAMeaning = helper == StringHelpers.defaultIfEmpty || helper == StringHelpers.yesno;
            handlebars.registerHelper(helper.name(), missingHasAMeaning ? helper : nothingWhenMissing(helper));
        }
        ConditionHelpers.registerAll(handlebars);
        MathHelpers.registerAll(handlebars);
        handlebars.registerHelper("each", (Helper<Object>) (context, options) ->
                EachHelper.INSTANCE.apply(firstItems(context), options));
        handlebars.registerHelper("slugify", (Object value, Options options) -> slugify(value));
        handlebars.registerHelper("inflect", (Object count, Options options) -> {
            String singular = options.param(0, "");
            String plural = options.param(1, "");
            boolean includeCount = Boolean.TRUE.equals(options.param(2, false))
                    || "true".equals(String.valueOf(options.param(2, false)));
            double amount = MathHelpers.number("inflect", count).doubleValue();
            String word = amount > 1 || amount == 0 ? plural : singular;
            return includeCount ? MathHelpers.print(MathHelpers.number("inflect", count)) + " " + word : word;
        });
        handlebars.registerHelper("ordinalize", (Object value, Options options) -> ordinalize(
                MathHelpers.number("ordinalize", value).longValue()));
        handlebars.registerHelper("dateFormat", (Object value, Options options) -> {
            if (value == null || value.toString().isBlank()) {
                return "";
            }
            return format(instant(value), options.param(0, options.hash("format", "medium")), options);
        });
        handlebars.registerHelper("now", (Object format, Options options) -> format(clock.instant(),
                format instanceof String text ? text : options.hash("format", "medium"), options));
    }

    /**
     * Pinpoint renders nothing for a string helper whose value the endpoint lacks, where Handlebars.java prints
     * the helper's first argument instead ({@code {{abbreviate User.UserAttributes.Missing 6}}} gave "6").
     */
    private static Helper<Object> nothingWhenMissing(Helper<Object> helper) {
        return (context, options) -> context == null || context instanceof CharSequence text && text.isEmpty()
                ? "" : helper.apply(context, options);
    }

    /** Iterables are cut to Pinpoint's limit; maps and single values pass as they are. */
    private static Object firstItems(Object context) {
        if (context instanceof Iterable<?> iterable && !(context instanceof java.util.Map)) {
            List<Object> items = new ArrayList<>(EACH_LIMIT);
            for (Object item : iterable) {
                if (items.size() == EACH_LIMIT) {
                    break;
                }
                items.add(item);
            }
            return items;
        }
        return context;
    }

    /**
     * Lower case, characters other than letters, digits, underscores, spaces and hyphens removed,
     * runs of spaces and hyphens made one hyphen. (Handlebars.java's slugify also drops digits.)
     */
    static String slugify(Object value) {
        String text = value == null ? "" : value.toString().strip().toLowerCase(Locale.ROOT);
        return text.replaceAll("[^\\p{L}\\p{N}_\\s-]", "").replaceAll("[\\s-]+", "-").replaceAll("^-|-$", "");
    }

    static String ordinalize(long value) {
        long normal = Math.abs(value);
        if (normal % 100 >= 11 && normal % 100 <= 13) {
            return value + "th";
        }
        return value + switch ((int) (normal % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        String text = value.toString().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException("dateFormat: \"" + text
                            + "\" is not an ISO-8601 date such as 2026-05-10 or 2026-05-10T20:00:00Z");
                }
            }
        }
    }

    private static String format(Instant instant, String format, Options options) {
        Locale locale = Locale.forLanguageTag(options.hash("locale", "en-US").toString().replace('_', '-'));
        ZoneId zone;
        try {
            zone = ZoneId.of(options.hash("tz", "UTC").toString());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("dateFormat: \"" + options.hash("tz") + "\" is not a time zone");
        }
        ZonedDateTime time = instant.atZone(zone);
        DateTimeFormatter formatter = switch (format) {
            case "full" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);
            case "long" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
            case "medium" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
            case "short" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);
            default -> {
                try {
                    yield DateTimeFormatter.ofPattern(format);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("dateFormat: \"" + format + "\" is not a date pattern: "
                            + e.getMessage());
                }
            }
        };
        return formatter.withLocale(locale).format(time);
    }
}
