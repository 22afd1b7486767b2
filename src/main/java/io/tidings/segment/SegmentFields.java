package io.tidings.segment;

import io.tidings.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** What the builder can offer: every field the workspace has, and the common values of each. */
public final class SegmentFields {

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

    /** The most common values of a field, most common first. */
    public List<String> commonValues(SegmentField field, int limit) {
        String sql;
        if (field.kind().isSet()) {
            String column = field.kind().column();
            sql = "SELECT " + column + " AS value, count(*) FROM endpoint WHERE " + column
                    + " IS NOT NULL GROUP BY " + column + " ORDER BY 2 DESC, 1 LIMIT ?";
        } else if (field.kind() == SegmentField.Kind.ATTRIBUTE || field.kind() == SegmentField.Kind.USER_ATTRIBUTE) {
            sql = "SELECT value, count(*) FROM endpoint_attribute WHERE name_id = (SELECT id FROM attribute_name "
                    + "WHERE scope = ? AND name = ?) GROUP BY value ORDER BY 2 DESC, 1 LIMIT ?";
        } else {
            return List.of();
        }
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int parameter = 1;
                if (!field.kind().isSet()) {
                    select.setString(parameter++, field.kind().name());
                    select.setString(parameter++, field.name());
                }
                select.setInt(parameter, limit);
                List<String> values = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
                return values;
            }
        });
    }
}
