package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The statements that write endpoints, prepared once and reused for a whole import. Callers own
 * the transaction and choose the keys of new endpoints.
 */
final class EndpointRows implements AutoCloseable {

    private final PreparedStatement insertEndpoint;
    private final PreparedStatement updateEndpoint;
    private final PreparedStatement insertValue;
    private final PreparedStatement deleteValues;
    private final PreparedStatement putMetric;

    EndpointRows(Connection connection) throws SQLException {
        insertEndpoint = connection.prepareStatement("INSERT INTO endpoint (key, " + EndpointColumns.LIST
                + ") VALUES (?" + ", ?".repeat(EndpointColumns.COUNT) + ")");
        updateEndpoint = connection.prepareStatement("UPDATE endpoint SET (" + EndpointColumns.LIST + ") = (?"
                + ", ?".repeat(EndpointColumns.COUNT - 1) + ") WHERE key = ?");
        insertValue = connection.prepareStatement(
                "INSERT INTO endpoint_attribute (name_id, value, endpoint_key, position) VALUES (?, ?, ?, ?)");
        deleteValues = connection.prepareStatement(
                "DELETE FROM endpoint_attribute WHERE endpoint_key = ? AND name_id = ?");
        putMetric = connection.prepareStatement(
                "INSERT OR REPLACE INTO endpoint_metric (endpoint_key, name_id, value) VALUES (?, ?, ?)");
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
        insertEndpoint.setLong(1, key);
        EndpointColumns.bind(insertEndpoint, 2, endpoint);
        insertEndpoint.executeUpdate();
        addValues(key, AttributeScope.ATTRIBUTE, endpoint.attributes(), names, false);
        addValues(key, AttributeScope.USER_ATTRIBUTE, endpoint.user().userAttributes(), names, false);
        putMetrics(key, endpoint.metrics(), names);
    }

    /** Overwrites the standard fields; replaces the values of the attributes the endpoint has; sets its metrics. */
    void update(long key, Endpoint endpoint, AttributeNames names) throws SQLException {
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
                insertValue.setLong(1, nameId);
                insertValue.setString(2, value);
                insertValue.setLong(3, key);
                insertValue.setInt(4, position++);
                insertValue.executeUpdate();
            }
        }
    }

    private void putMetrics(long key, Map<String, Double> metrics, AttributeNames names) throws SQLException {
        for (var metric : metrics.entrySet()) {
            putMetric.setLong(1, key);
            putMetric.setLong(2, names.idOf(AttributeScope.METRIC, metric.getKey()));
            putMetric.setDouble(3, metric.getValue());
            putMetric.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        try (insertEndpoint; updateEndpoint; insertValue; deleteValues; putMetric) {
            // Closed by try-with-resources, each even if another fails.
        }
    }
}
