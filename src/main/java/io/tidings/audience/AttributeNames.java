package io.tidings.audience;

import io.tidings.store.AttributeColumns;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workspace's custom attribute, user attribute and metric names, each with its column of the
 * endpoint table ({@link AttributeColumns}). A writer adds a name, and its column, on first use;
 * one instance serves one write transaction or one import, since a rolled-back transaction takes
 * the names it created with it.
 */
final class AttributeNames {

    /** A custom name and the endpoint column that holds its values. */
    record Column(AttributeScope scope, String name, String column) {
    }

    private final Connection connection;
    private final List<Column> columns = new ArrayList<>();
    private final Map<AttributeScope, Map<String, Column>> byName = new EnumMap<>(AttributeScope.class);
    private boolean added;

    private AttributeNames(Connection connection) {
        this.connection = connection;
        for (AttributeScope scope : AttributeScope.values()) {
            byName.put(scope, new HashMap<>());
        }
    }

    static AttributeNames load(Connection connection) throws SQLException {
        AttributeNames names = new AttributeNames(connection);
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT scope, name, column_name FROM attribute_name ORDER BY name, id")) {
            while (rows.next()) {
                names.remember(new Column(AttributeScope.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3)));
            }
        }
        return names;
    }

    /** How many names the workspace has, across attributes, user attributes and metrics. */
    int count() {
        return columns.size();
    }

    boolean has(AttributeScope scope, String name) {
        return byName.get(scope).containsKey(name);
    }

    /** Every name with its column, sorted by name. */
    List<Column> columns() {
        return columns;
    }

    /** The column that holds the name's values, or null when no endpoint has the name. */
    String column(AttributeScope scope, String name) {
        Column column = byName.get(scope).get(name);
        return column == null ? null : column.column();
    }

    /** Whether the endpoint has a name the workspace lacks. */
    boolean lacksAny(Endpoint endpoint) {
        return lacksAny(AttributeScope.ATTRIBUTE, endpoint.attributes().keySet())
                || lacksAny(AttributeScope.USER_ATTRIBUTE, endpoint.user().userAttributes().keySet())
                || lacksAny(AttributeScope.METRIC, endpoint.metrics().keySet());
    }

    private boolean lacksAny(AttributeScope scope, Set<String> names) {
        Map<String, Column> known = byName.get(scope);
        for (String name : names) {
            if (!known.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Creates the names this endpoint has that the workspace lacks, each with its column; true
     * when it created any, which changes the endpoint table's columns.
     */
    boolean addMissing(Endpoint endpoint) throws SQLException {
        if (!lacksAny(endpoint)) {
            return false;
        }
        boolean any = addMissing(AttributeScope.ATTRIBUTE, endpoint.attributes().keySet());
        any |= addMissing(AttributeScope.USER_ATTRIBUTE, endpoint.user().userAttributes().keySet());
        any |= addMissing(AttributeScope.METRIC, endpoint.metrics().keySet());
        return any;
    }

    /** Whether names were created since the segment index was last brought up to date. */
    boolean segmentIndexStale() {
        return added;
    }

    void segmentIndexRebuilt() {
        added = false;
    }

    private boolean addMissing(AttributeScope scope, Set<String> names) throws SQLException {
        boolean any = false;
        for (String name : names) {
            if (!has(scope, name)) {
                create(scope, name);
                any = true;
            }
        }
        return any;
    }

    private void create(AttributeScope scope, String name) throws SQLException {
        long id;
        try (var insert = connection.prepareStatement(
                "INSERT INTO attribute_name (scope, name) VALUES (?, ?) RETURNING id")) {
            insert.setString(1, scope.name());
            insert.setString(2, name);
            try (var rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        remember(new Column(scope, name, AttributeColumns.add(connection, scope.name(), id)));
        columns.sort(Comparator.comparing(Column::name));
        added = true;
    }

    private void remember(Column column) {
        columns.add(column);
        byName.get(column.scope()).put(column.name(), column);
    }
}
