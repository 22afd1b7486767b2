package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
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
    private final AttributeNames names;

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
        names = AttributeNames.load(connection);
    }

    /** The attribute names in scope, each with the most values one endpoint has, for CSV headers. */
    Map<FieldPath, Integer> columns() throws SQLException {
        Map<FieldPath, Integer> columns = new LinkedHashMap<>();
        if (names.columns().isEmpty()) {
            return columns;
        }
        // One pass over the endpoints in scope: per column, the most separators a cell has, less one.
        StringBuilder select = new StringBuilder("SELECT ");
        for (AttributeNames.Column column : names.columns()) {
            String cell = "e." + column.column();
            select.append(select.length() > 7 ? ", " : "").append(column.scope() == AttributeScope.METRIC
                    ? "max(" + cell + " IS NOT NULL)"
                    // Bytes, not characters: length() stops at a NUL character, which workspaces written before
                    // NUL was refused may hold, and the column was then left out of the export.
                    : "max(octet_length(" + cell + ") - octet_length(replace(" + cell + ", char(31), '')) - 1)");
        }
        try (PreparedStatement query = connection.prepareStatement(select + scopeFrom + " WHERE 1 = 1" + scopeFilter)) {
            if (scopeValue != null) {
                query.setString(1, scopeValue);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                int index = 1;
                for (AttributeNames.Column column : names.columns()) {
                    int most = rows.getInt(index++);
                    if (most > 0) {
                        columns.put(FieldPath.custom(column.scope(), column.name()), most);
                    }
                }
            }
        }
        return columns;
    }

    /** The next page of endpoints after {@code afterKey}, in key order; each entry's key is the endpoint key. */
    Map<Long, Endpoint> page(long afterKey) throws SQLException {
        Map<Long, Endpoint> page = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT e.key, " + EndpointColumns.list(names, "e.")
                + scopeFrom + " WHERE e.key > ?" + scopeFilter + " ORDER BY e.key LIMIT " + PAGE)) {
            query.setLong(1, afterKey);
            if (scopeValue != null) {
                query.setString(2, scopeValue);
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    page.put(rows.getLong(1), EndpointColumns.read(rows, 2, names));
                }
            }
        }
        return page;
    }
}
