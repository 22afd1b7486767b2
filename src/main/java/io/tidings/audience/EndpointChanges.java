package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL that changes one endpoint or erases one user. Callers own the transaction. */
final class EndpointChanges {

    /** Replaces a stored endpoint's fields, attributes and metrics; false when no such endpoint. */
    boolean replace(Connection connection, Endpoint endpoint) throws SQLException {
        Long key = keyOf(connection, endpoint.id());
        if (key == null) {
            return false;
        }
        checkUserHasRoom(connection, endpoint, key);
        AttributeNames names = AttributeNames.load(connection);
        checkNameLimit(names, endpoint);
        // The whole row is written: attributes and metrics removed in the editor are cleared.
        try (EndpointRows rows = new EndpointRows(connection, names)) {
            rows.update(key, endpoint);
            rows.finish();
        }
        return true;
    }

    /**
     * Adds a new endpoint written in the editor; refused naming the field when its id is taken or its user
     * already has the most endpoints a user can have.
     */
    void add(Connection connection, Endpoint endpoint) throws SQLException {
        if (keyOf(connection, endpoint.id()) != null) {
            throw new InvalidEndpointException(List.of(new FieldProblem("Id",
                    "the workspace already has an endpoint with the id " + endpoint.id())));
        }
        checkUserHasRoom(connection, endpoint, -1);
        AttributeNames names = AttributeNames.load(connection);
        checkNameLimit(names, endpoint);
        try (EndpointRows rows = new EndpointRows(connection, names)) {
            rows.insert(EndpointRows.lastKey(connection) + 1, endpoint);
            rows.finish();
        }
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

    /**
     * Deletes every endpoint of a user, with their attributes, metrics and segment memberships, and
     * asks each of {@code otherRecords} to delete what it keeps about them: all in the caller's transaction.
     */
    UserErasure eraseUser(Connection connection, String userId, List<UserRecords> otherRecords) throws SQLException {
        List<Long> keys = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT key, address FROM endpoint WHERE user_id = ?")) {
            select.setString(1, userId);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                    if (rows.getString(2) != null) {
                        addresses.add(rows.getString(2));
                    }
                }
            }
        }
        ErasedUser erased = new ErasedUser(userId, keys, addresses);
        int records = 0;
        for (UserRecords kept : otherRecords) {
            records += kept.erase(connection, erased);
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM endpoint WHERE user_id = ?")) {
            delete.setString(1, userId);
            return new UserErasure(delete.executeUpdate(), records);
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



}
