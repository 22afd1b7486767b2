package io.tidings.audience;

import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An endpoint as stored, with the key of its row; looked up by id, a few hundred ids per query. */
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
        if (ids.isEmpty()) {
            return found;
        }
        AttributeNames names = AttributeNames.load(connection);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            try (PreparedStatement query = connection.prepareStatement("SELECT key, " + EndpointColumns.list(names, "")
                    + " FROM endpoint WHERE id IN (" + SqlText.placeholders(chunk.size()) + ")")) {
                bindIds(query, chunk);
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        Endpoint endpoint = EndpointColumns.read(result, 2, names);
                        found.put(endpoint.id(), new StoredEndpoint(result.getLong(1), endpoint));
                    }
                }
            }
        }
        return found;
    }

    /** Binds endpoint or user ids to a query's placeholders, in order. */
    static void bindIds(PreparedStatement query, List<String> ids) throws SQLException {
        for (int index = 0; index < ids.size(); index++) {
            query.setString(index + 1, ids.get(index));
        }
    }
}
