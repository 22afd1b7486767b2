package io.tidings.audience;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The standard fields of an endpoint as columns of the {@code endpoint} table, both ways. */
final class EndpointColumns {

    /** Every standard column, in the order {@link #bind} and {@link #read} use. */
    static final String LIST = "id, channel_type, address, endpoint_status, opt_out, effective_date, creation_date, "
            + "cohort_id, user_id, app_version, locale, make, model, model_version, platform, platform_version, "
            + "timezone, city, country, latitude, longitude, postal_code, region";

    static final int COUNT = 23;

    private EndpointColumns() {
    }

    /** The standard fields' column values, in the order of {@link #LIST}. */
    static Object[] values(Endpoint endpoint) {
        EndpointDemographic demographic = endpoint.demographic();
        EndpointLocation location = endpoint.location();
        return new Object[] {
            endpoint.id(), endpoint.channelType().name(), endpoint.address(), endpoint.endpointStatus().name(),
            endpoint.optOut().name(), text(endpoint.effectiveDate()), text(endpoint.creationDate()), endpoint.cohortId(),
            endpoint.user().userId(), demographic.appVersion(), demographic.locale(), demographic.make(),
            demographic.model(), demographic.modelVersion(), demographic.platform(), demographic.platformVersion(),
            demographic.timezone(), location.city(), location.country(), location.latitude(), location.longitude(),
            location.postalCode(), location.region()
        };
    }

    /** Binds the standard fields to parameters {@code first} .. {@code first + COUNT - 1}. */
    static void bind(PreparedStatement row, int first, Endpoint endpoint) throws SQLException {
        Object[] values = values(endpoint);
        for (int index = 0; index < values.length; index++) {
            row.setObject(first + index, values[index]);
        }
    }

    /** Reads the standard fields from columns {@code first} ..; attributes and metrics are left empty. */
    static Endpoint read(ResultSet rows, int first) throws SQLException {
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
                number(rows, column++), number(rows, column++), rows.getString(column++), rows.getString(column));
        return new Endpoint(id, channel, address, status, optOut, effective, created, cohort, null, null,
                demographic, location, new EndpointUser(userId, null));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static Double number(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
    }
}
