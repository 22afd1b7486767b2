package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * For rows without an Id, the oldest stored endpoint with each row's channel type and address (and
 * user id, when the row names one), found by SQLite: a row naming a user through the segment index
 * (user id first, at most 15 endpoints a user), one naming none through the address index. Only the
 * endpoints found are read whole.
 */
final class OldestMatches {

    /** Rows matched by one query: four parameters each, well within SQLite's limit. */
    private static final int ROWS_PER_QUERY = 250;

    private OldestMatches() {
    }

    /** The stored endpoint each row matches; rows that match none are left out. */
    static Map<ImportedRow, StoredEndpoint> of(Connection connection, List<ImportedRow> rows) throws SQLException {
        Map<ImportedRow, Long> keys = new IdentityHashMap<>();
        List<ImportedRow> withUser = new ArrayList<>();
        List<ImportedRow> withoutUser = new ArrayList<>();
        for (ImportedRow row : rows) {
            (row.endpoint().user().userId() != null ? withUser : withoutUser).add(row);
        }
        find(connection, withUser, true, keys);
        find(connection, withoutUser, false, keys);
        Map<Long, StoredEndpoint> byKey = new HashMap<>();
        for (StoredEndpoint endpoint : StoredEndpoint.byKey(connection, new ArrayList<>(new HashSet<>(keys.values())))) {
            byKey.put(endpoint.key(), endpoint);
        }
        Map<ImportedRow, StoredEndpoint> matches = new IdentityHashMap<>();
        keys.forEach((row, key) -> matches.put(row, byKey.get(key)));
        return matches;
    }

    private static void find(Connection connection, List<ImportedRow> rows, boolean byUser, Map<ImportedRow, Long> keys)
            throws SQLException {
        for (int from = 0; from < rows.size(); from += ROWS_PER_QUERY) {
            List<ImportedRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_QUERY));
            try (PreparedStatement query = connection.prepareStatement(sql(chunk.size(), byUser))) {
                int parameter = 1;
                for (int index = 0; index < chunk.size(); index++) {
                    Endpoint endpoint = chunk.get(index).endpoint();
                    query.setInt(parameter++, index);
                    query.setString(parameter++, endpoint.channelType().name());
                    query.setString(parameter++, endpoint.address());
                    query.setString(parameter++, endpoint.user().userId());
                }
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        long key = result.getLong(2);
                        if (!result.wasNull()) {
                            keys.put(chunk.get(result.getInt(1)), key);
                        }
                    }
                }
            }
        }
    }

    private static String sql(int rows, boolean byUser) {
        StringBuilder values = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            values.append(row == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
        }
        return "WITH wanted(n, channel, address, user_id) AS (VALUES " + values + ")"
                + " SELECT n, (SELECT min(e.key) FROM endpoint e WHERE e.address = wanted.address"
                + " AND e.channel_type = wanted.channel" + (byUser ? " AND e.user_id = wanted.user_id" : "") + ")"
                + " FROM wanted";
    }
}
