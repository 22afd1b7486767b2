package io.tidings.segment.ui;

import io.tidings.segment.SegmentField;
import java.util.Comparator;
import java.util.Locale;

/**
 * A segment field as a marketer reads it ("First name · user attribute", "Purchases · metric", "Country"), with
 * Pinpoint's path ("User.UserAttributes.FirstName") as the secondary line, and the order the picker lists them in:
 * the endpoint's own fields, then user attributes, attributes and metrics, each by name.
 */
final class FieldNames {

    static final Comparator<SegmentField> PICKER_ORDER = Comparator.comparingInt(FieldNames::group)
            .thenComparing(field -> field.kind().ordinal())
            .thenComparing(field -> words(field).toLowerCase(Locale.ROOT));

    private FieldNames() {
    }

    /** "First name · user attribute"; a standard field by its own name. */
    static String words(SegmentField field) {
        return switch (field.kind()) {
            case USER_ATTRIBUTE -> readable(field.name()) + " · user attribute";
            case ATTRIBUTE -> readable(field.name()) + " · attribute";
            case METRIC -> readable(field.name()) + " · metric";
            default -> field.name();
        };
    }

    /** Where Pinpoint keeps the field in an endpoint: "User.UserAttributes.FirstName", "Location.Country". */
    static String path(SegmentField field) {
        return switch (field.kind()) {
            case CHANNEL -> "ChannelType";
            case PLATFORM -> "Demographic.Platform";
            case MAKE -> "Demographic.Make";
            case MODEL -> "Demographic.Model";
            case APP_VERSION -> "Demographic.AppVersion";
            case COUNTRY -> "Location.Country";
            case DISTANCE -> "Location.Latitude, Location.Longitude";
            case RECENCY -> "EffectiveDate";
            default -> field.label();
        };
    }

    /** True when {@code text} is part of the field's words or its path, whatever the case. */
    static boolean matches(SegmentField field, String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || words(field).toLowerCase(Locale.ROOT).contains(wanted)
                || path(field).toLowerCase(Locale.ROOT).contains(wanted);
    }

    /** "FirstName" and "first_name" read "First name"; "NPSScore" reads "NPS score". */
    static String readable(String name) {
        String spaced = name.replace('_', ' ').replace('-', ' ')
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .strip().replaceAll("\\s+", " ");
        if (spaced.isEmpty()) {
            return name;
        }
        StringBuilder words = new StringBuilder();
        for (String word : spaced.split(" ")) {
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            String shown = acronym ? word : word.toLowerCase(Locale.ROOT);
            words.append(words.length() == 0 ? Character.toUpperCase(shown.charAt(0)) + shown.substring(1) : " " + shown);
        }
        return words.toString();
    }

    /** The heading of the field's group in the picker. */
    static String groupHeading(SegmentField field) {
        return switch (group(field)) {
            case 1 -> "User attributes";
            case 2 -> "Attributes";
            case 3 -> "Metrics";
            default -> "Endpoint, device and location";
        };
    }

    private static int group(SegmentField field) {
        return switch (field.kind()) {
            case USER_ATTRIBUTE -> 1;
            case ATTRIBUTE -> 2;
            case METRIC -> 3;
            default -> 0;
        };
    }
}
