package io.tidings.segment;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The endpoint columns that hold each custom attribute, user attribute and metric of the workspace. */
record CustomColumns(Map<String, String> attributes, Map<String, String> userAttributes, Map<String, String> metrics) {

    static CustomColumns load(Connection connection) throws SQLException {
        Map<String, Map<String, String>> byScope = new HashMap<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT scope, name, column_name FROM attribute_name")) {
            while (rows.next()) {
                byScope.computeIfAbsent(rows.getString(1), scope -> new HashMap<>()).put(rows.getString(2), rows.getString(3));
            }
        }
        return new CustomColumns(byScope.getOrDefault("ATTRIBUTE", Map.of()),
                byScope.getOrDefault("USER_ATTRIBUTE", Map.of()), byScope.getOrDefault("METRIC", Map.of()));
    }

    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    Optional<String> userAttribute(String name) {
        return Optional.ofNullable(userAttributes.get(name));
    }

    Optional<String> metric(String name) {
        return Optional.ofNullable(metrics.get(name));
    }
}
