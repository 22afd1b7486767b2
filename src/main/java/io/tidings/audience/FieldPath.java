package io.tidings.audience;

import io.tidings.work.Quote;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A Pinpoint field path as it heads a CSV column: a standard field such as {@code Location.Country},
 * or a custom name under {@code Attributes.}, {@code User.UserAttributes.} or {@code Metrics.}.
 *
 * @param field the standard field, or null for a custom name
 * @param scope where the custom name lives, or null for a standard field
 * @param name the custom name, or null for a standard field
 */
record FieldPath(StandardField field, AttributeScope scope, String name) {

    static final String ATTRIBUTES = "Attributes.";
    static final String USER_ATTRIBUTES = "User.UserAttributes.";
    static final String METRICS = "Metrics.";

    private static final Map<String, StandardField> STANDARD = new HashMap<>();

    static {
        for (StandardField field : StandardField.values()) {
            STANDARD.put(field.path().toLowerCase(Locale.ROOT), field);
        }
    }

    static FieldPath standard(StandardField field) {
        return new FieldPath(field, null, null);
    }

    static FieldPath custom(AttributeScope scope, String name) {
        return new FieldPath(null, scope, name);
    }

    /**
     * Reads a field path; standard fields in any letter case, custom names as written.
     *
     * @throws IllegalArgumentException saying why the text is not a field path
     */
    static FieldPath parse(String text) {
        String path = text.strip();
        StandardField field = STANDARD.get(path.toLowerCase(Locale.ROOT));
        if (field != null) {
            return standard(field);
        }
        for (AttributeScope scope : AttributeScope.values()) {
            String prefix = prefixOf(scope);
            if (path.regionMatches(true, 0, prefix, 0, prefix.length())) {
                String name = path.substring(prefix.length()).strip();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException(Quote.of(text) + " needs a name after \"" + prefix + "\"");
                }
                return custom(scope, name);
            }
        }
        throw new IllegalArgumentException(Quote.of(text) + " is not a Pinpoint endpoint field; use a field such as "
                + "Address, ChannelType, Location.Country, Attributes.<name>, User.UserAttributes.<name> or Metrics.<name>");
    }

    static String prefixOf(AttributeScope scope) {
        return switch (scope) {
            case ATTRIBUTE -> ATTRIBUTES;
            case USER_ATTRIBUTE -> USER_ATTRIBUTES;
            case METRIC -> METRICS;
        };
    }

    @Override
    public String toString() {
        return field != null ? field.path() : prefixOf(scope) + name;
    }
}
