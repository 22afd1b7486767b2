package io.tidings.segment;

import io.tidings.store.AttributeColumns;
import io.tidings.store.Database;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the builder can offer: every field the workspace has, and the common values of each. */
public final class SegmentFields {

    private static final int SAMPLED_ENDPOINTS = 200_000;
    /** SQLite's LIMIT for no limit. */
    private static final int EVERY_VALUE = -1;
    private static final String SEPARATOR = java.util.regex.Pattern.quote(String.valueOf(AttributeColumns.SEPARATOR));

    private final Database database;

    public SegmentFields(Database database) {
        this.database = database;
    }

    /** The standard fields, then every custom attribute, user attribute and metric name in the data. */
    public List<SegmentField> all() {
        return database.read(connection -> {
            List<SegmentField> fields = new ArrayList<>(SegmentField.STANDARD);
            try (var statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT scope, name FROM attribute_name ORDER BY scope, name COLLATE NOCASE")) {
                while (rows.next()) {
                    SegmentField.Kind kind = switch (rows.getString(1)) {
                        case "ATTRIBUTE" -> SegmentField.Kind.ATTRIBUTE;
                        case "USER_ATTRIBUTE" -> SegmentField.Kind.USER_ATTRIBUTE;
                        default -> SegmentField.Kind.METRIC;
                    };
                    fields.add(new SegmentField(kind, rows.getString(2)));
                }
            }
            return fields;
        });
    }

    /**
     * The most common values of a field, most common first. Attribute values are counted over
     * the first {@value #SAMPLED_ENDPOINTS} endpoints that have the attribute: suggestions, not statistics.
     */
    public List<String> commonValues(SegmentField field, int limit) {
        return counts(field, limit).stream().map(ValueCount::value).toList();
    }

    /**
     * Values of a field that hold {@code typed} (any letter case), with how many endpoints have each, most common
     * first: what the builder suggests as the marketer types. Attribute values are counted over a sample, as in
     * {@link #commonValues}.
     */
    public List<ValueCount> valuesLike(SegmentField field, String typed, int limit) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        return counts(field, EVERY_VALUE).stream().filter(count -> count.value().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .limit(limit).toList();
    }

    /**
     * The values of a criterion that no endpoint has, each with the value it most likely meant: a country's
     * two-letter code for its name, the same value in another letter case, or one a letter or two away.
     */
    public List<UnknownValue> unknownValues(SegmentField field, List<String> values) {
        if (values.isEmpty() || !(field.kind().isSet() || field.kind() == SegmentField.Kind.ATTRIBUTE
                || field.kind() == SegmentField.Kind.USER_ATTRIBUTE)) {
            return List.of();
        }
        List<ValueCount> known = counts(field, EVERY_VALUE);
        java.util.Set<String> present = new java.util.HashSet<>();
        known.forEach(count -> present.add(count.value()));
        List<UnknownValue> unknown = new ArrayList<>();
        for (String value : values) {
            String stored = field.kind() == SegmentField.Kind.COUNTRY ? countryCode(value) : value;
            if (!present.contains(stored)) {
                unknown.add(new UnknownValue(value, likely(field, value, known)));
            }
        }
        return unknown;
    }

    /** Up to {@code limit} values of the field ({@link #EVERY_VALUE} for all) with their endpoints, most common first. */
    private List<ValueCount> counts(SegmentField field, int limit) {
        if (field.kind().isSet()) {
            String column = field.kind().column();
            return database.read(connection -> {
                List<ValueCount> counts = new ArrayList<>();
                try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                        "SELECT " + column + ", count(*) FROM endpoint WHERE " + column + " IS NOT NULL GROUP BY "
                                + column + " ORDER BY 2 DESC, 1 LIMIT " + limit)) {
                    while (rows.next()) {
                        counts.add(new ValueCount(rows.getString(1), rows.getLong(2)));
                    }
                }
                return counts;
            });
        }
        if (field.kind() != SegmentField.Kind.ATTRIBUTE && field.kind() != SegmentField.Kind.USER_ATTRIBUTE) {
            return List.of();
        }
        return database.read(connection -> {
            CustomColumns columns = CustomColumns.load(connection);
            var column = field.kind() == SegmentField.Kind.ATTRIBUTE ? columns.attribute(field.name())
                    : columns.userAttribute(field.name());
            if (column.isEmpty()) {
                return List.<ValueCount>of();
            }
            Map<String, Long> counts = new HashMap<>();
            try (var statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT cell, count(*) FROM (SELECT " + column.get()
                            + " AS cell FROM endpoint WHERE " + column.get() + " IS NOT NULL LIMIT " + SAMPLED_ENDPOINTS
                            + ") GROUP BY cell")) {
                while (rows.next()) {
                    String cell = rows.getString(1);
                    long count = rows.getLong(2);
                    for (String value : cell.substring(1, Math.max(1, cell.length() - 1)).split(SEPARATOR, -1)) {
                        counts.merge(value, count, Long::sum);
                    }
                }
            }
            return counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(limit == EVERY_VALUE ? Long.MAX_VALUE : limit)
                    .map(entry -> new ValueCount(entry.getKey(), entry.getValue())).toList();
        });
    }

    /** As the segment compiler reads a country: a two- or three-letter code in any case. */
    private static String countryCode(String value) {
        String code = io.tidings.country.CountryCodes.alpha2(value);
        return code != null ? code : value.toUpperCase(java.util.Locale.ROOT);
    }

    private static String likely(SegmentField field, String value, List<ValueCount> known) {
        if (field.kind() == SegmentField.Kind.COUNTRY) {
            String code = io.tidings.country.CountryCodes.alpha2OrName(value);
            if (code != null) {
                return code;
            }
        }
        String best = null;
        int bestDistance = 3;
        for (ValueCount candidate : known) {
            if (candidate.value().equalsIgnoreCase(value)) {
                return candidate.value();
            }
            int distance = distance(candidate.value().toLowerCase(java.util.Locale.ROOT),
                    value.toLowerCase(java.util.Locale.ROOT), bestDistance);
            if (distance < bestDistance) {
                best = candidate.value();
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Edit distance between two short values; anything from {@code enough} up counts as {@code enough}. */
    private static int distance(String one, String other, int enough) {
        if (Math.abs(one.length() - other.length()) >= enough) {
            return enough;
        }
        int[] previous = new int[other.length() + 1];
        int[] current = new int[other.length() + 1];
        for (int index = 0; index <= other.length(); index++) {
            previous[index] = index;
        }
        for (int row = 1; row <= one.length(); row++) {
            current[0] = row;
            for (int column = 1; column <= other.length(); column++) {
                int cost = one.charAt(row - 1) == other.charAt(column - 1) ? 0 : 1;
                current[column] = Math.min(Math.min(current[column - 1] + 1, previous[column] + 1),
                        previous[column - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[other.length()], enough);
    }
}
