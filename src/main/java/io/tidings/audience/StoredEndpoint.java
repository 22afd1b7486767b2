package io.tidings.audience;

import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An endpoint as stored, with the key of its row; looked up by id or key, a few hundred per query. */
record StoredEndpoint(long key, Endpoint endpoint) {

    /** Ids bound to one {@code IN (…)} query. */
    static final int IDS_PER_QUERY = 500;

    /** The stored endpoints with these ids, by id. */
    static Map<String, StoredEndpoint> byId(Connection connection, List<String> ids) throws SQLException {
        return byId(connection, ids, ids.size());
    }

    /** As {@link #byId(Connection, List)}, in a map with room for {@code expected} endpoints. */
    static Map<String, StoredEndpoint> byId(Connection connection, List<String> ids, int expected) throws SQLException {
        Map<String, StoredEndpoint> found = new HashMap<>(expected * 2);
        where(connection, "id", ids, endpoint -> found.put(endpoint.endpoint().id(), endpoint));
        return found;
    }

    /** The stored endpoints with these keys. */
    static List<StoredEndpoint> byKey(Connection connection, List<Long> keys) throws SQLException {
        List<StoredEndpoint> found = new ArrayList<>(keys.size());
        where(connection, "key", keys, found::add);
        return found;
    }

    private static void where(Connection connection, String column, List<?> values, Consumer<StoredEndpoint> found)
            throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        AttributeNames names = AttributeNames.load(connection);
        for (int from = 0; from < values.size(); from += IDS_PER_QUERY) {
            List<?> chunk = values.subList(from, Math.min(values.size(), from + IDS_PER_QUERY));
            try (PreparedStatement query = connection.prepareStatement("SELECT key, " + EndpointColumns.list(names, "")
                    + " FROM endpoint WHERE " + column + " IN (" + SqlText.placeholders(chunk.size()) + ")")) {
                for (int index = 0; index < chunk.size(); index++) {
                    query.setObject(index + 1, chunk.get(index));
                }
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        found.accept(new StoredEndpoint(result.getLong(1), EndpointColumns.read(result, 2, names)));
                    }
                }
            }
        }
    }

    /** Binds endpoint or user ids to a query's placeholders, in order. */
    static void bindIds(PreparedStatement query, List<String> ids) throws SQLException {
        for (int index = 0; index < ids.size(); index++) {
            query.setString(index + 1, ids.get(index));
        }
    }
}
