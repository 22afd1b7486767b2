package io.tidings.audience;

import io.tidings.store.AttributeColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An endpoint as a row of the {@code endpoint} table, both ways: the standard fields' columns,
 * then one column per custom name ({@link AttributeNames}).
 */
final class EndpointColumns {

    /** Every standard column, in the order {@link #values} and {@link #read} use. */
    static final String LIST = "id, channel_type, address, endpoint_status, opt_out, effective_date, creation_date, "
            + "cohort_id, user_id, app_version, locale, make, model, model_version, platform, platform_version, "
            + "timezone, city, country, latitude, longitude, postal_code, region";

    static final int COUNT = 23;

    private static final String SEPARATOR = String.valueOf(AttributeColumns.SEPARATOR);

    private EndpointColumns() {
    }

    /** The standard columns and then every custom column, each prefixed with {@code alias}. */
    static String list(AttributeNames names, String alias) {
        StringBuilder list = new StringBuilder();
        for (String column : LIST.split(", ")) {
            list.append(list.isEmpty() ? "" : ", ").append(alias).append(column);
        }
        for (AttributeNames.Column column : names.columns()) {
            list.append(", ").append(alias).append(column.column());
        }
        return list.toString();
    }

    static int count(AttributeNames names) {
        return COUNT + names.columns().size();
    }

    /** The row's values in the order of {@link #list}: custom columns the endpoint lacks are null. */
    static Object[] values(Endpoint endpoint, AttributeNames names) {
        EndpointDemographic demographic = endpoint.demographic();
        EndpointLocation location = endpoint.location();
        Object[] values = new Object[count(names)];
        int index = 0;
        values[index++] = endpoint.id();
        values[index++] = endpoint.channelType().name();
        values[index++] = endpoint.address();
        values[index++] = endpoint.endpointStatus().name();
        values[index++] = endpoint.optOut().name();
        values[index++] = text(endpoint.effectiveDate());
        values[index++] = text(endpoint.creationDate());
        values[index++] = endpoint.cohortId();
        values[index++] = endpoint.user().userId();
        values[index++] = demographic.appVersion();
        values[index++] = demographic.locale();
        values[index++] = demographic.make();
        values[index++] = demographic.model();
        values[index++] = demographic.modelVersion();
        values[index++] = demographic.platform();
        values[index++] = demographic.platformVersion();
        values[index++] = demographic.timezone();
        values[index++] = location.city();
        values[index++] = location.country();
        values[index++] = location.latitude();
        values[index++] = location.longitude();
        values[index++] = location.postalCode();
        values[index++] = location.region();
        for (AttributeNames.Column column : names.columns()) {
            values[index++] = switch (column.scope()) {
                case ATTRIBUTE -> pack(endpoint.attributes().get(column.name()));
                case USER_ATTRIBUTE -> pack(endpoint.user().userAttributes().get(column.name()));
                case METRIC -> endpoint.metrics().get(column.name());
            };
        }
        return values;
    }

    /** Reads a whole endpoint from the columns of {@link #list}, starting at {@code first}. */
    static Endpoint read(ResultSet rows, int first, AttributeNames names) throws SQLException {
        int column = first;
        String id = rows.getString(column++);
        ChannelType channel = ChannelType.valueOf(rows.getString(column++));
        String address = rows.getString(column++);
        EndpointStatus status = EndpointStatus.valueOf(rows.getString(column++));
        OptOut optOut = OptOut.valueOf(rows.getString(column++));
        Instant effective = instant(rows.getString(column++));
        Instant created = instant(rows.getString(column++));
        int cohort = rows.getInt(column++);
        String userId = rows.getString(column++);
        EndpointDemographic demographic = new EndpointDemographic(rows.getString(column++), rows.getString(column++),
                rows.getString(column++), rows.getString(column++), rows.getString(column++),
                rows.getString(column++), rows.getString(column++), rows.getString(column++));
        EndpointLocation location = new EndpointLocation(rows.getString(column++), rows.getString(column++),
                number(rows, column++), number(rows, column++), rows.getString(column++), rows.getString(column++));
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        Map<String, List<String>> userAttributes = new LinkedHashMap<>();
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (AttributeNames.Column custom : names.columns()) {
            int at = column++;
            switch (custom.scope()) {
                case ATTRIBUTE -> putValues(attributes, custom.name(), rows.getString(at));
                case USER_ATTRIBUTE -> putValues(userAttributes, custom.name(), rows.getString(at));
                case METRIC -> {
                    Double value = number(rows, at);
                    if (value != null) {
                        metrics.put(custom.name(), value);
                    }
                }
            }
        }
        return new Endpoint(id, channel, address, status, optOut, effective, created, cohort, attributes, metrics,
                demographic, location, new EndpointUser(userId, userAttributes));
    }

    /** An attribute's values as one cell: each value between two separators; null for none. */
    static String pack(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() == 1) {
            return SEPARATOR + values.get(0) + SEPARATOR;
        }
        StringBuilder cell = new StringBuilder(SEPARATOR);
        for (String value : values) {
            cell.append(value).append(SEPARATOR);
        }
        return cell.toString();
    }

    /** The values of a cell written by {@link #pack}, in order. */
    static List<String> unpack(String cell) {
        if (cell == null || cell.length() < 2) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        int start = 1;
        int end;
        while ((end = cell.indexOf(AttributeColumns.SEPARATOR, start)) >= 0) {
            values.add(cell.substring(start, end));
            start = end + 1;
        }
        return values;
    }

    private static void putValues(Map<String, List<String>> target, String name, String cell) {
        if (cell != null) {
            target.put(name, unpack(cell));
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : IsoInstants.format(instant);
    }

    private static Instant instant(String text) {
        return text == null ? null : IsoInstants.parse(text);
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
