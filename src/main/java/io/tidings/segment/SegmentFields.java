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
        if (field.kind().isSet()) {
            String column = field.kind().column();
            return database.read(connection -> values(connection, "SELECT " + column + " AS value, count(*) FROM endpoint"
                    + " WHERE " + column + " IS NOT NULL GROUP BY " + column + " ORDER BY 2 DESC, 1 LIMIT " + limit));
        }
        if (field.kind() != SegmentField.Kind.ATTRIBUTE && field.kind() != SegmentField.Kind.USER_ATTRIBUTE) {
            return List.of();
        }
        return database.read(connection -> {
            CustomColumns columns = CustomColumns.load(connection);
            var column = field.kind() == SegmentField.Kind.ATTRIBUTE ? columns.attribute(field.name())
                    : columns.userAttribute(field.name());
            if (column.isEmpty()) {
                return List.<String>of();
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
                    .limit(limit).map(Map.Entry::getKey).toList();
        });
    }

    private static List<String> values(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
