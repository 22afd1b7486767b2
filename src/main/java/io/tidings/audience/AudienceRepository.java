package io.tidings.audience;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** SQL for endpoints. Callers own the connection and the transaction. */
final class AudienceRepository {

    /** Inserts new endpoints with their attributes and metrics. */
    void insert(Connection connection, List<Endpoint> endpoints) throws SQLException {
        long key = EndpointRows.lastKey(connection);
        try (EndpointRows rows = new EndpointRows(connection, AttributeNames.load(connection))) {
            for (Endpoint endpoint : endpoints) {
                rows.insert(++key, endpoint);
            }
            rows.finish();
        }
    }

    AudienceSummary summary(Connection connection) throws SQLException {
        Map<ChannelType, Long> byChannel = new EnumMap<>(ChannelType.class);
        long endpoints = 0;
        long optedOut = 0;
        long inactive = 0;
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        SELECT channel_type, count(*), total(opt_out = 'ALL'), total(endpoint_status = 'INACTIVE')
                        FROM endpoint GROUP BY channel_type""")) {
            while (rows.next()) {
                long count = rows.getLong(2);
                byChannel.put(ChannelType.valueOf(rows.getString(1)), count);
                endpoints += count;
                optedOut += rows.getLong(3);
                inactive += rows.getLong(4);
            }
        }
        long users;
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(DISTINCT user_id) FROM endpoint")) {
            rows.next();
            users = rows.getLong(1);
        }
        return new AudienceSummary(endpoints, users, optedOut, inactive, byChannel);
    }

    /** Every custom field some endpoint has, as Pinpoint paths, sorted. */
    SortedSet<String> customFieldPaths(Connection connection) throws SQLException {
        SortedSet<String> paths = new TreeSet<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT scope, name FROM attribute_name")) {
            while (rows.next()) {
                paths.add(switch (AttributeScope.valueOf(rows.getString(1))) {
                    case ATTRIBUTE -> "Attributes.";
                    case USER_ATTRIBUTE -> "User.UserAttributes.";
                    case METRIC -> "Metrics.";
                } + rows.getString(2));
            }
        }
        return paths;
    }
}
