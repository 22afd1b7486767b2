package io.tidings.audience;

import io.tidings.store.AttributeColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The statements that write endpoint rows, prepared once and reused for a whole import. Callers
 * own the transaction and choose the keys of new endpoints. A custom name the workspace has not
 * seen gets its column first ({@link AttributeNames}); the statements are then prepared again.
 *
 * <p>Inserts are queued and written many rows per statement ({@link MultiRowInsert});
 * {@link #flush()} writes the rest: call it before reading what was written. {@link #finish()}
 * also brings the segment index up to date with new columns: call it before the transaction ends.
 */
final class EndpointRows implements AutoCloseable {

    private final Connection connection;
    private final AttributeNames names;
    private MultiRowInsert insertEndpoint;
    private PreparedStatement updateEndpoint;

    EndpointRows(Connection connection, AttributeNames names) throws SQLException {
        this.connection = connection;
        this.names = names;
        prepare();
    }

    /** Highest endpoint key in use; new endpoints take the keys after it. */
    static long lastKey(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT coalesce(max(key), 0) FROM endpoint")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    AttributeNames names() {
        return names;
    }

    void insert(long key, Endpoint endpoint) throws SQLException {
        addColumnsFor(endpoint);
        insertEndpoint.addRow(key, EndpointColumns.values(endpoint, names));
    }

    /** Overwrites the whole row: every field, attribute and metric the endpoint lacks is cleared. */
    void update(long key, Endpoint endpoint) throws SQLException {
        // The queued inserts may hold this endpoint (an Id twice in a batch): write them first.
        flush();
        addColumnsFor(endpoint);
        Object[] values = EndpointColumns.values(endpoint, names);
        for (int index = 0; index < values.length; index++) {
            updateEndpoint.setObject(index + 1, values[index]);
        }
        updateEndpoint.setLong(values.length + 1, key);
        updateEndpoint.executeUpdate();
    }

    /** Runs the queued inserts. */
    void flush() throws SQLException {
        insertEndpoint.flush();
    }

    /** Runs the queued inserts and adds new columns to the segment index. */
    void finish() throws SQLException {
        flush();
        if (names.segmentIndexStale()) {
            AttributeColumns.rebuildSegmentIndex(connection);
            names.segmentIndexRebuilt();
        }
    }

    private void addColumnsFor(Endpoint endpoint) throws SQLException {
        if (names.addMissing(endpoint)) {
            // Queued rows were laid out for the old columns.
            insertEndpoint.flush();
            close();
            prepare();
        }
    }

    private void prepare() throws SQLException {
        String columns = EndpointColumns.list(names, "");
        int count = EndpointColumns.count(names);
        insertEndpoint = new MultiRowInsert(connection, "INSERT INTO endpoint (key, " + columns + ") VALUES", count + 1);
        updateEndpoint = connection.prepareStatement("UPDATE endpoint SET (" + columns + ") = (?"
                + ", ?".repeat(count - 1) + ") WHERE key = ?");
    }

    @Override
    public void close() throws SQLException {
        MultiRowInsert insert = insertEndpoint;
        PreparedStatement update = updateEndpoint;
        try (insert; update) {
            // Both closed even if one fails.
        }
    }
}
