package io.tidings.analytics;

import io.tidings.store.EndpointSets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.roaringbitmap.RoaringBitmap;

/**
 * The dashboards' reads of the daily rollups (migration 015), never of the raw events: sums by event type and
 * distinct endpoints over a range of days, grouped by a rollup column; unique endpoints by a column of the endpoint
 * they are; how many endpoints each treatment was given and how many of them bought.
 */
final class AnalyticsRepository {

    /** A rollup column to group by; {@link #CHANNEL} exists in {@code event_daily} only. */
    enum Grouping {
        NONE("''"), DAY("day"), CAMPAIGN("campaign_id"), RUN("campaign_activity_id"), TREATMENT("treatment_id"),
        CHANNEL("channel"), ACTIVITY("journey_activity_id");

        private final String column;

        Grouping(String column) {
            this.column = column;
        }
    }

    /** A column of the audience's endpoint table to break unique endpoints down by. */
    enum EndpointColumn {
        COUNTRY("country"), PLATFORM("channel_type");

        private final String column;

        EndpointColumn(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    /** Unique endpoints of one event type in one group. */
    record UniqueCount(String group, String eventType, long endpoints) {
    }

    /** How many endpoints a treatment was given (-1: the holdout) and how many of them bought in the range. */
    record Assigned(int treatment, long endpoints, long buyers) {
    }

    private static final String RANGE_IN_SCOPE = "day BETWEEN ? AND ? AND ";

    private final UniqueEndpoints uniqueEndpoints = new UniqueEndpoints();

    /** Label of the endpoints a breakdown finds outside the audience (an imported event's unknown endpoint id). */
    static final String OUTSIDE_THE_AUDIENCE = "\u0000outside";

    /**
     * Event counts by type per group into {@code into}; {@code groupOf} maps a group's key (a campaign id to its
     * segment, say), and groups mapped to null are left out.
     */
    void counts(Connection connection, MessageScope scope, DateRange range, Grouping grouping,
            UnaryOperator<String> groupOf, Map<String, RollupTotals> into) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + grouping.column
                + ", event_type, sum(events), sum(hourly_messages), sum(amount) FROM event_daily"
                + " WHERE day BETWEEN ? AND ? AND " + scope.where() + " GROUP BY 1, 2")) {
            bind(query, scope, range);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    String group = groupOf.apply(rows.getString(1));
                    if (group != null) {
                        into.computeIfAbsent(group, key -> new RollupTotals())
                                .add(rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getDouble(5));
                    }
                }
            }
        }
    }

    /**
     * Distinct endpoints of {@code types} per group into {@code into}, over the whole range. With a {@code groupOf}
     * that joins groups, the joined group's figure is the sum of each group's distinct endpoints.
     */
    void uniques(Connection connection, MessageScope scope, DateRange range, Grouping grouping,
            UnaryOperator<String> groupOf, List<String> types, Map<String, RollupTotals> into) throws SQLException {
        if (grouping == Grouping.CHANNEL) {
            throw new IllegalArgumentException("The unique endpoints are not kept by channel");
        }
        uniqueEndpoints.unions(connection, grouping.column, "event_type IN (" + quoted(types) + ") AND "
                + RANGE_IN_SCOPE + scope.where(), parameters(scope, range)).forEach((key, endpoints) -> {
                    String group = groupOf.apply(key.group());
                    if (group != null) {
                        into.computeIfAbsent(group, totals -> new RollupTotals())
                                .addUnique(key.eventType(), endpoints.getLongCardinality());
                    }
                });
    }

    /**
     * Distinct endpoints of {@code types} by each of {@code columns} of the audience's endpoint row; an endpoint not
     * in the audience counts under {@link #OUTSIDE_THE_AUDIENCE}, one without a value under "". The range's union of
     * each type's sets is intersected with the endpoints of each value, read from the endpoint table once.
     */
    Map<EndpointColumn, List<UniqueCount>> uniquesByEndpoint(Connection connection, MessageScope scope,
            DateRange range, List<EndpointColumn> columns, List<String> types) throws SQLException {
        Map<UniqueEndpoints.GroupAndType, RoaringBitmap> byType = uniqueEndpoints.unions(connection, "''",
                "event_type IN (" + quoted(types) + ") AND " + RANGE_IN_SCOPE + scope.where(),
                parameters(scope, range));
        AudienceEndpoints audience = AudienceEndpoints.read(connection, columns);
        Map<EndpointColumn, List<UniqueCount>> counts = new EnumMap<>(EndpointColumn.class);
        for (EndpointColumn column : columns) {
            List<UniqueCount> columnCounts = new ArrayList<>();
            byType.forEach((key, endpoints) -> {
                audience.byValue(column).forEach((value, withValue) -> {
                    long count = RoaringBitmap.andCardinality(endpoints, withValue);
                    if (count > 0) {
                        columnCounts.add(new UniqueCount(value, key.eventType(), count));
                    }
                });
                long outside = RoaringBitmap.andNotCardinality(endpoints, audience.all());
                if (outside > 0) {
                    columnCounts.add(new UniqueCount(OUTSIDE_THE_AUDIENCE, key.eventType(), outside));
                }
            });
            counts.put(column, columnCounts);
        }
        return counts;
    }

    /**
     * For each treatment of the campaign's runs (-1: the holdout, who were given nothing), how many endpoints it was
     * given (from the send ledger) and how many of those bought something in the range, whatever the purchase's
     * attribution: the comparison a holdout exists for. The range's buyers are the union of its purchase sets; each
     * ledger row's endpoint is looked up in it (a query that looked each up among the purchase rows cost the campaign
     * report most of its CPU).
     */
    List<Assigned> assigned(Connection connection, long campaignId, DateRange range) throws SQLException {
        RoaringBitmap buyers = new RoaringBitmap();
        uniqueEndpoints.unions(connection, "''", "event_type = '_monetization.purchase' AND day BETWEEN ? AND ?",
                List.of(range.from().toString(), range.to().toString())).values().forEach(buyers::or);
        Map<Integer, long[]> byTreatment = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT m.treatment, m.endpoint_key FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                WHERE j.campaign_id = ?""")) {
            query.setLong(1, campaignId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    long[] counts = byTreatment.computeIfAbsent(rows.getInt(1), treatment -> new long[2]);
                    counts[0]++;
                    long key = rows.getLong(2);
                    Integer number = rows.wasNull() ? null : EndpointSets.audienceNumber(key);
                    if (number != null && buyers.contains(number)) {
                        counts[1]++;
                    }
                }
            }
        }
        List<Assigned> assigned = new ArrayList<>();
        byTreatment.forEach((treatment, counts) -> assigned.add(new Assigned(treatment, counts[0], counts[1])));
        return assigned;
    }

    /** Every campaign id the rollups hold events of (Tidings' own and imported ones). */
    List<String> campaignIdsWithEvents(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT campaign_id FROM event_daily WHERE campaign_id <> '' ORDER BY 1");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** Every journey id the rollups hold events of (Tidings' own and imported ones). */
    List<String> journeyIdsWithEvents(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT DISTINCT journey_id FROM event_daily WHERE journey_id <> '' ORDER BY 1");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** Whether the workspace holds any event at all, of any day. */
    boolean anyEvents(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM event_daily LIMIT 1");
                var rows = query.executeQuery()) {
            return rows.next();
        }
    }

    static Map<String, RollupTotals> sorted() {
        return new TreeMap<>();
    }

    private static List<String> parameters(MessageScope scope, DateRange range) {
        return scope.id() == null ? List.of(range.from().toString(), range.to().toString())
                : List.of(range.from().toString(), range.to().toString(), scope.id());
    }

    private static void bind(PreparedStatement query, MessageScope scope, DateRange range) throws SQLException {
        query.setString(1, range.from().toString());
        query.setString(2, range.to().toString());
        if (scope.id() != null) {
            query.setString(3, scope.id());
        }
    }

    private static String quoted(List<String> types) {
        return String.join(", ", types.stream().map(type -> "'" + type.replace("'", "''") + "'").toList());
    }
}
