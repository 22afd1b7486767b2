package io.tidings.audience;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Name ids for custom attribute, user attribute and metric names, created on first use. One
 * instance serves one import (or one write transaction): a rolled-back transaction ends it, since
 * the names it created are gone.
 */
final class AttributeNames {

    private final Connection connection;
    private final Map<String, Long> ids = new HashMap<>();

    AttributeNames(Connection connection) throws SQLException {
        this.connection = connection;
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT id, scope, name FROM attribute_name")) {
            while (rows.next()) {
                ids.put(rows.getString(2) + '\0' + rows.getString(3), rows.getLong(1));
            }
        }
    }

    /** How many names the workspace has, across attributes, user attributes and metrics. */
    int count() {
        return ids.size();
    }

    boolean has(AttributeScope scope, String name) {
        return ids.containsKey(scope.name() + '\0' + name);
    }

    long idOf(AttributeScope scope, String name) throws SQLException {
        String cacheKey = scope.name() + '\0' + name;
        Long id = ids.get(cacheKey);
        if (id != null) {
            return id;
        }
        try (var insert = connection.prepareStatement(
                "INSERT INTO attribute_name (scope, name) VALUES (?, ?) RETURNING id")) {
            insert.setString(1, scope.name());
            insert.setString(2, name);
            try (var rows = insert.executeQuery()) {
                rows.next();
                long created = rows.getLong(1);
                ids.put(cacheKey, created);
                return created;
            }
        }
    }
}
