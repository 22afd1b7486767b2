package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads whole endpoints (with attributes and metrics) in key order, one page at a time, for the
 * export: all endpoints, a segment's members, or one user's.
 */
final class StoredEndpoints {

    static final int PAGE = 1_000;

    private final Connection connection;
    private final String scopeFrom;
    private final String scopeFilter;
    private final String scopeValue;
    private final String keyFilter;
    private final Map<Long, String[]> names = new HashMap<>();

    StoredEndpoints(Connection connection, ExportScope scope) throws SQLException {
        this.connection = connection;
        if (scope instanceof ExportScope.Segment segment) {
            scopeFrom = " FROM endpoint e JOIN segment_member m ON m.endpoint_key = e.key"
                    + " JOIN segment s ON s.id = m.segment_id";
            scopeFilter = " AND s.name = ?";
            scopeValue = segment.name();
        } else if (scope instanceof ExportScope.Keys) {
            // The keys drive the join: a page is one look-up per key, not a walk through every endpoint after the last.
            scopeFrom = " FROM temp.export_key k CROSS JOIN endpoint e ON e.key = k.key";
            scopeFilter = "";
            scopeValue = null;
        } else if (scope instanceof ExportScope.User user) {
            scopeFrom = " FROM endpoint e";
            scopeFilter = " AND e.user_id = ?";
            scopeValue = user.userId();
        } else {
            scopeFrom = " FROM endpoint e";
            scopeFilter = "";
            scopeValue = null;
        }
        // Keys may be far apart: read only their attributes and metrics, not every one between them.
        keyFilter = scope instanceof ExportScope.Keys ? " AND endpoint_key IN (SELECT key FROM temp.export_key)" : "";
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT id, scope, name FROM attribute_name")) {
            while (rows.next()) {
                names.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
            }
        }
    }

    /** The attribute names in scope, each with the most values one endpoint has, for CSV headers. */
    Map<FieldPath, Integer> columns() throws SQLException {
        Map<FieldPath, Integer> columns = new LinkedHashMap<>();
        String inScope = "SELECT e.key" + scopeFrom + " WHERE 1 = 1" + scopeFilter;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT name_id, max(values_per_endpoint) FROM (
                    SELECT name_id, count(*) AS values_per_endpoint FROM endpoint_attribute
                    WHERE endpoint_key IN (%s) GROUP BY endpoint_key, name_id)
                GROUP BY name_id
                UNION ALL
                SELECT DISTINCT name_id, 1 FROM endpoint_metric WHERE endpoint_key IN (%s)
                """.formatted(inScope, inScope))) {
            int parameter = 1;
            if (scopeValue != null) {
                query.setString(parameter++, scopeValue);
                query.setString(parameter, scopeValue);
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.put(pathOf(rows.getLong(1)), rows.getInt(2));
                }
            }
        }
        return columns;
    }

    /** The next page of endpoints after {@code afterKey}, in key order; each entry's key is the endpoint key. */
    Map<Long, Endpoint> page(long afterKey) throws SQLException {
        Map<Long, Endpoint> standard = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT e.key, "
                + EndpointColumns.LIST.replaceAll("(\\w+)", "e.$1") + scopeFrom
                + " WHERE e.key > ?" + scopeFilter + " ORDER BY e.key LIMIT " + PAGE)) {
            query.setLong(1, afterKey);
            if (scopeValue != null) {
                query.setString(2, scopeValue);
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    standard.put(rows.getLong(1), EndpointColumns.read(rows, 2));
                }
            }
        }
        if (standard.isEmpty()) {
            return standard;
        }
        long first = standard.keySet().iterator().next();
        long last = afterKey;
        for (long key : standard.keySet()) {
            last = key;
        }
        Map<Long, Map<AttributeScope, Map<String, List<String>>>> values = values(first, last);
        Map<Long, Map<String, Double>> metrics = metrics(first, last);
        Map<Long, Endpoint> page = new LinkedHashMap<>();
        for (var entry : standard.entrySet()) {
            Endpoint stored = entry.getValue();
            var attributes = values.getOrDefault(entry.getKey(), Map.of());
            page.put(entry.getKey(), new Endpoint(stored.id(), stored.channelType(), stored.address(),
                    stored.endpointStatus(), stored.optOut(), stored.effectiveDate(), stored.creationDate(),
                    stored.cohortId(), attributes.get(AttributeScope.ATTRIBUTE), metrics.get(entry.getKey()),
                    stored.demographic(), stored.location(),
                    new EndpointUser(stored.user().userId(), attributes.get(AttributeScope.USER_ATTRIBUTE))));
        }
        return page;
    }

    private Map<Long, Map<AttributeScope, Map<String, List<String>>>> values(long first, long last) throws SQLException {
        Map<Long, Map<AttributeScope, Map<String, List<String>>>> values = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT endpoint_key, name_id, value FROM endpoint_attribute
                WHERE endpoint_key BETWEEN ? AND ?%s ORDER BY endpoint_key, name_id, position""".formatted(keyFilter))) {
            query.setLong(1, first);
            query.setLong(2, last);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    String[] name = names.get(rows.getLong(2));
                    values.computeIfAbsent(rows.getLong(1), key -> new HashMap<>())
                            .computeIfAbsent(AttributeScope.valueOf(name[0]), scope -> new LinkedHashMap<>())
                            .computeIfAbsent(name[1], attribute -> new ArrayList<>())
                            .add(rows.getString(3));
                }
            }
        }
        return values;
    }

    private Map<Long, Map<String, Double>> metrics(long first, long last) throws SQLException {
        Map<Long, Map<String, Double>> metrics = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT endpoint_key, name_id, value FROM endpoint_metric WHERE endpoint_key BETWEEN ? AND ?" + keyFilter)) {
            query.setLong(1, first);
            query.setLong(2, last);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    metrics.computeIfAbsent(rows.getLong(1), key -> new LinkedHashMap<>())
                            .put(names.get(rows.getLong(2))[1], rows.getDouble(3));
                }
            }
        }
        return metrics;
    }

    private FieldPath pathOf(long nameId) {
        String[] name = names.get(nameId);
        return FieldPath.custom(AttributeScope.valueOf(name[0]), name[1]);
    }
}
