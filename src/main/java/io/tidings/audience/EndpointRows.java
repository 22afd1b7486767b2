package io.tidings.audience;

import io.tidings.store.AttributeColumns;
import io.tidings.store.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

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

    /** Enough for the few shapes of change a file makes; a file that changes columns at random starts over. */
    private static final int MAX_PREPARED_UPDATES = 64;

    private final Connection connection;
    private final AttributeNames names;
    private final Map<BitSet, PreparedStatement> updatesByColumns = new HashMap<>();
    private MultiRowInsert insertEndpoint;
    private PreparedStatement updateEndpoint;
    private String[] columnNames;

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

    /**
     * Writes only the columns in which {@code endpoint} differs from {@code stored}, the row as it
     * is in the table: SQLite then rewrites only the indexes that hold those columns. An import that
     * changes one attribute leaves the id and address indexes alone.
     */
    void update(long key, Endpoint stored, Endpoint endpoint) throws SQLException {
        flush();
        addColumnsFor(endpoint);
        Object[] before = EndpointColumns.values(stored, names);
        Object[] after = EndpointColumns.values(endpoint, names);
        BitSet changed = new BitSet(after.length);
        for (int index = 0; index < after.length; index++) {
            if (!Objects.equals(before[index], after[index])) {
                changed.set(index);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        PreparedStatement update = updateOf(changed);
        int parameter = 1;
        for (int index = changed.nextSetBit(0); index >= 0; index = changed.nextSetBit(index + 1)) {
            update.setObject(parameter++, after[index]);
        }
        update.setLong(parameter, key);
        update.executeUpdate();
    }

    private PreparedStatement updateOf(BitSet changed) throws SQLException {
        PreparedStatement update = updatesByColumns.get(changed);
        if (update == null) {
            if (updatesByColumns.size() == MAX_PREPARED_UPDATES) {
                closeUpdatesByColumns();
            }
            StringBuilder sql = new StringBuilder("UPDATE endpoint SET ");
            for (int index = changed.nextSetBit(0); index >= 0; index = changed.nextSetBit(index + 1)) {
                sql.append(columnNames[index]).append(" = ?, ");
            }
            sql.setLength(sql.length() - 2);
            update = connection.prepareStatement(sql.append(" WHERE key = ?").toString());
            updatesByColumns.put(changed, update);
        }
        return update;
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
        columnNames = columns.split(", ");
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
            closeUpdatesByColumns();
        }
    }

    private void closeUpdatesByColumns() throws SQLException {
        try {
            Statements.closeAll(updatesByColumns.values());
        } finally {
            updatesByColumns.clear();
        }
    }
}
