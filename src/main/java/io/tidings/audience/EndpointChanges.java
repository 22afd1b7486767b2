package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/** SQL that changes one endpoint or erases one user. Callers own the transaction. */
final class EndpointChanges {

    /** Replaces a stored endpoint's fields, attributes and metrics; false when no such endpoint. */
    boolean replace(Connection connection, Endpoint endpoint) throws SQLException {
        Long key = keyOf(connection, endpoint.id());
        if (key == null) {
            return false;
        }
        checkUserHasRoom(connection, endpoint, key);
        EndpointDemographic demographic = endpoint.demographic();
        EndpointLocation location = endpoint.location();
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE endpoint SET channel_type = ?, address = ?, endpoint_status = ?, opt_out = ?,
                    effective_date = ?, user_id = ?, app_version = ?, locale = ?, make = ?, model = ?,
                    model_version = ?, platform = ?, platform_version = ?, timezone = ?, city = ?, country = ?,
                    latitude = ?, longitude = ?, postal_code = ?, region = ?
                WHERE key = ?""")) {
            int column = 1;
            update.setString(column++, endpoint.channelType().name());
            update.setString(column++, endpoint.address());
            update.setString(column++, endpoint.endpointStatus().name());
            update.setString(column++, endpoint.optOut().name());
            update.setString(column++, endpoint.effectiveDate() == null ? null : endpoint.effectiveDate().toString());
            update.setString(column++, blankAsNull(endpoint.user().userId()));
            for (String value : new String[] {demographic.appVersion(), demographic.locale(), demographic.make(),
                    demographic.model(), demographic.modelVersion(), demographic.platform(),
                    demographic.platformVersion(), demographic.timezone(), location.city(), location.country()}) {
                update.setString(column++, blankAsNull(value));
            }
            setNumber(update, column++, location.latitude());
            setNumber(update, column++, location.longitude());
            update.setString(column++, blankAsNull(location.postalCode()));
            update.setString(column++, blankAsNull(location.region()));
            update.setLong(column, key);
            update.executeUpdate();
        }
        for (String table : List.of("endpoint_attribute", "endpoint_metric")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE endpoint_key = ?")) {
                delete.setLong(1, key);
                delete.executeUpdate();
            }
        }
        AttributeNames names = new AttributeNames(connection);
        checkNameLimit(names, endpoint);
        try (PreparedStatement value = connection.prepareStatement(
                "INSERT OR IGNORE INTO endpoint_attribute (name_id, value, endpoint_key, position) VALUES (?, ?, ?, ?)");
                PreparedStatement metric = connection.prepareStatement(
                        "INSERT INTO endpoint_metric (endpoint_key, name_id, value) VALUES (?, ?, ?)")) {
            insertValues(value, names, AttributeScope.ATTRIBUTE, key, endpoint.attributes());
            insertValues(value, names, AttributeScope.USER_ATTRIBUTE, key, endpoint.user().userAttributes());
            for (var entry : endpoint.metrics().entrySet()) {
                metric.setLong(1, key);
                metric.setLong(2, names.idOf(AttributeScope.METRIC, entry.getKey()));
                metric.setDouble(3, entry.getValue());
                metric.executeUpdate();
            }
        }
        return true;
    }

    /** Refuses new attribute names that would take the workspace past Pinpoint's 250 names. */
    private static void checkNameLimit(AttributeNames names, Endpoint endpoint) {
        java.util.Set<String> added = new java.util.TreeSet<>();
        endpoint.attributes().keySet().stream().filter(name -> !names.has(AttributeScope.ATTRIBUTE, name))
                .forEach(name -> added.add("Attributes." + name));
        endpoint.user().userAttributes().keySet().stream().filter(name -> !names.has(AttributeScope.USER_ATTRIBUTE, name))
                .forEach(name -> added.add("User.UserAttributes." + name));
        endpoint.metrics().keySet().stream().filter(name -> !names.has(AttributeScope.METRIC, name))
                .forEach(name -> added.add("Metrics." + name));
        if (!added.isEmpty() && names.count() + added.size() > EndpointRules.MAX_ATTRIBUTE_NAMES) {
            throw new InvalidEndpointException(added.stream().map(path -> new FieldProblem(path,
                    "the workspace already has " + names.count() + " attribute, user attribute and metric names; "
                            + "Pinpoint allows at most " + EndpointRules.MAX_ATTRIBUTE_NAMES)).toList());
        }
    }

    /** Deletes every endpoint of a user, with their attributes, metrics and segment memberships. */
    int eraseUser(Connection connection, String userId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM endpoint WHERE user_id = ?")) {
            delete.setString(1, userId);
            return delete.executeUpdate();
        }
    }

    private static void checkUserHasRoom(Connection connection, Endpoint endpoint, long key) throws SQLException {
        String userId = endpoint.user().userId();
        if (userId == null) {
            return;
        }
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM endpoint WHERE user_id = ? AND key <> ?")) {
            count.setString(1, userId);
            count.setLong(2, key);
            try (var rows = count.executeQuery()) {
                rows.next();
                if (rows.getInt(1) >= EndpointRules.MAX_ENDPOINTS_PER_USER) {
                    throw new InvalidEndpointException(List.of(new FieldProblem("User.UserId",
                            "user " + userId + " already has " + EndpointRules.MAX_ENDPOINTS_PER_USER
                                    + " endpoints, the most a user can have")));
                }
            }
        }
    }

    private static Long keyOf(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT key FROM endpoint WHERE id = ?")) {
            select.setString(1, id);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private static void insertValues(PreparedStatement row, AttributeNames names, AttributeScope scope, long key,
            Map<String, List<String>> attributes) throws SQLException {
        for (var attribute : attributes.entrySet()) {
            long nameId = names.idOf(scope, attribute.getKey());
            int position = 0;
            for (String value : attribute.getValue()) {
                row.setLong(1, nameId);
                row.setString(2, value);
                row.setLong(3, key);
                row.setInt(4, position++);
                row.executeUpdate();
            }
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void setNumber(PreparedStatement statement, int column, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(column, Types.REAL);
        } else {
            statement.setDouble(column, value);
        }
    }
}
