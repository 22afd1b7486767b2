package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** SQL for endpoints. Callers own the connection and the transaction. */
final class AudienceRepository {

    private static final String INSERT_ENDPOINT = """
            INSERT INTO endpoint (id, channel_type, address, endpoint_status, opt_out, effective_date,
                creation_date, cohort_id, user_id, app_version, locale, make, model, model_version, platform,
                platform_version, timezone, city, country, latitude, longitude, postal_code, region)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING key""";

    /** Inserts new endpoints with their attributes and metrics. */
    void insert(Connection connection, List<Endpoint> endpoints) throws SQLException {
        AttributeNames names = new AttributeNames(connection);
        try (PreparedStatement endpointRow = connection.prepareStatement(INSERT_ENDPOINT);
                PreparedStatement attributeRow = connection.prepareStatement(
                        "INSERT OR IGNORE INTO endpoint_attribute (name_id, value, endpoint_key, position) VALUES (?, ?, ?, ?)");
                PreparedStatement metricRow = connection.prepareStatement(
                        "INSERT INTO endpoint_metric (endpoint_key, name_id, value) VALUES (?, ?, ?)")) {
            for (Endpoint endpoint : endpoints) {
                long key = insertEndpoint(endpointRow, endpoint);
                addValues(attributeRow, names, AttributeScope.ATTRIBUTE, key, endpoint.attributes());
                addValues(attributeRow, names, AttributeScope.USER_ATTRIBUTE, key, endpoint.user().userAttributes());
                for (var metric : endpoint.metrics().entrySet()) {
                    metricRow.setLong(1, key);
                    metricRow.setLong(2, names.idOf(AttributeScope.METRIC, metric.getKey()));
                    metricRow.setDouble(3, metric.getValue());
                    metricRow.addBatch();
                }
            }
            attributeRow.executeBatch();
            metricRow.executeBatch();
        }
    }

    private static long insertEndpoint(PreparedStatement row, Endpoint endpoint) throws SQLException {
        EndpointDemographic demographic = endpoint.demographic();
        EndpointLocation location = endpoint.location();
        int column = 1;
        row.setString(column++, endpoint.id());
        row.setString(column++, endpoint.channelType().name());
        row.setString(column++, endpoint.address());
        row.setString(column++, endpoint.endpointStatus().name());
        row.setString(column++, endpoint.optOut().name());
        row.setString(column++, text(endpoint.effectiveDate()));
        row.setString(column++, text(endpoint.creationDate()));
        row.setInt(column++, endpoint.cohortId());
        row.setString(column++, endpoint.user().userId());
        row.setString(column++, demographic.appVersion());
        row.setString(column++, demographic.locale());
        row.setString(column++, demographic.make());
        row.setString(column++, demographic.model());
        row.setString(column++, demographic.modelVersion());
        row.setString(column++, demographic.platform());
        row.setString(column++, demographic.platformVersion());
        row.setString(column++, demographic.timezone());
        row.setString(column++, location.city());
        row.setString(column++, location.country());
        setNumber(row, column++, location.latitude());
        setNumber(row, column++, location.longitude());
        row.setString(column++, location.postalCode());
        row.setString(column, location.region());
        try (var keys = row.executeQuery()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void addValues(PreparedStatement row, AttributeNames names, AttributeScope scope, long key,
            Map<String, List<String>> attributes) throws SQLException {
        for (var attribute : attributes.entrySet()) {
            long nameId = names.idOf(scope, attribute.getKey());
            int position = 0;
            for (String value : attribute.getValue()) {
                row.setLong(1, nameId);
                row.setString(2, value);
                row.setLong(3, key);
                row.setInt(4, position++);
                row.addBatch();
            }
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

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static void setNumber(PreparedStatement row, int column, Double value) throws SQLException {
        if (value == null) {
            row.setNull(column, Types.REAL);
        } else {
            row.setDouble(column, value);
        }
    }
}
