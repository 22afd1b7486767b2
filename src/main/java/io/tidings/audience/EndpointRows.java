package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The statements that write endpoints, prepared once and reused for a whole import. Callers own
 * the transaction and choose the keys of new endpoints.
 *
 * <p>Inserts are queued and written many rows per statement ({@link MultiRowInsert});
 * {@link #flush()} writes the rest: call it before reading what was written, and before the
 * transaction ends.
 */
final class EndpointRows implements AutoCloseable {

    private final MultiRowInsert insertEndpoint;
    private final PreparedStatement updateEndpoint;
    private final MultiRowInsert insertValue;
    private final PreparedStatement deleteValues;
    private final MultiRowInsert putMetric;

    EndpointRows(Connection connection) throws SQLException {
        deferForeignKeys(connection);
        insertEndpoint = new MultiRowInsert(connection, "INSERT INTO endpoint (key, " + EndpointColumns.LIST
                + ") VALUES", EndpointColumns.COUNT + 1);
        updateEndpoint = connection.prepareStatement("UPDATE endpoint SET (" + EndpointColumns.LIST + ") = (?"
                + ", ?".repeat(EndpointColumns.COUNT - 1) + ") WHERE key = ?");
        insertValue = new MultiRowInsert(connection,
                "INSERT INTO endpoint_attribute (name_id, value, endpoint_key, position) VALUES", 4);
        deleteValues = connection.prepareStatement(
                "DELETE FROM endpoint_attribute WHERE endpoint_key = ? AND name_id = ?");
        putMetric = new MultiRowInsert(connection,
                "INSERT OR REPLACE INTO endpoint_metric (endpoint_key, name_id, value) VALUES", 3);
    }

    /**
     * Checks foreign keys at commit rather than per statement, since a full statement of attribute
     * values may be written before the statement holding its endpoints. Lasts one transaction.
     */
    static void deferForeignKeys(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("PRAGMA defer_foreign_keys = ON");
        }
    }

    /** Highest endpoint key in use; new endpoints take the keys after it. */
    static long lastKey(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT coalesce(max(key), 0) FROM endpoint")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void insert(long key, Endpoint endpoint, AttributeNames names) throws SQLException {
        insertEndpoint.add(key);
        for (Object value : EndpointColumns.values(endpoint)) {
            insertEndpoint.add(value);
        }
        addValues(key, AttributeScope.ATTRIBUTE, endpoint.attributes(), names, false);
        addValues(key, AttributeScope.USER_ATTRIBUTE, endpoint.user().userAttributes(), names, false);
        putMetrics(key, endpoint.metrics(), names);
    }

    /** Overwrites the standard fields; replaces the values of the attributes the endpoint has; sets its metrics. */
    void update(long key, Endpoint endpoint, AttributeNames names) throws SQLException {
        // The queued inserts may hold this endpoint's values (an Id twice in a batch): write them before deleting.
        flush();
        EndpointColumns.bind(updateEndpoint, 1, endpoint);
        updateEndpoint.setLong(EndpointColumns.COUNT + 1, key);
        updateEndpoint.executeUpdate();
        addValues(key, AttributeScope.ATTRIBUTE, endpoint.attributes(), names, true);
        addValues(key, AttributeScope.USER_ATTRIBUTE, endpoint.user().userAttributes(), names, true);
        putMetrics(key, endpoint.metrics(), names);
    }

    private void addValues(long key, AttributeScope scope, Map<String, List<String>> attributes, AttributeNames names,
            boolean replace) throws SQLException {
        for (var attribute : attributes.entrySet()) {
            long nameId = names.idOf(scope, attribute.getKey());
            if (replace) {
                deleteValues.setLong(1, key);
                deleteValues.setLong(2, nameId);
                deleteValues.executeUpdate();
            }
            int position = 0;
            for (String value : attribute.getValue()) {
                insertValue.add(nameId);
                insertValue.add(value);
                insertValue.add(key);
                insertValue.add(position++);
            }
        }
    }

    private void putMetrics(long key, Map<String, Double> metrics, AttributeNames names) throws SQLException {
        for (var metric : metrics.entrySet()) {
            putMetric.add(key);
            putMetric.add(names.idOf(AttributeScope.METRIC, metric.getKey()));
            putMetric.add(metric.getValue());
        }
    }

    /** Runs the queued inserts, endpoints first. */
    void flush() throws SQLException {
        insertEndpoint.flush();
        insertValue.flush();
        putMetric.flush();
    }

    @Override
    public void close() throws SQLException {
        try (insertEndpoint; updateEndpoint; insertValue; deleteValues; putMetric) {
            // Closed by try-with-resources, each even if another fails.
        }
    }
}
