package io.tidings.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the daily rollups of migration 015, never the raw events: sums by event type over a range of days, grouped
 * by nothing, day, run or treatment, and the distinct endpoints of the same groups (the union of their per-day
 * endpoint sets).
 */
final class KpiRepository {

    /** A column of the rollups to group by. */
    enum Grouping {
        NONE("''"), DAY("day"), RUN("campaign_activity_id"), TREATMENT("treatment_id");

        private final String column;

        Grouping(String column) {
            this.column = column;
        }
    }

    private final UniqueEndpoints uniqueEndpoints = new UniqueEndpoints();

    Map<String, MessageKpis> kpis(Connection connection, KpiScope scope, LocalDate from, LocalDate to,
            Grouping grouping) throws SQLException {
        Map<String, RollupTotals> groups = new TreeMap<>();
        String range = " WHERE day BETWEEN ? AND ? AND " + scope.where();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + grouping.column
                + ", event_type, sum(events), sum(hourly_messages), sum(amount) FROM event_daily" + range
                + " GROUP BY 1, 2")) {
            bind(query, scope, from, to);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    groups.computeIfAbsent(rows.getString(1), key -> new RollupTotals())
                            .add(rows.getString(2), rows.getLong(3), rows.getLong(4), rows.getDouble(5));
                }
            }
        }
        List<String> parameters = scope.campaignId() == null ? List.of(from.toString(), to.toString())
                : List.of(from.toString(), to.toString(), scope.campaignId());
        uniqueEndpoints.unions(connection, grouping.column, "day BETWEEN ? AND ? AND " + scope.where(), parameters)
                .forEach((key, endpoints) -> groups.computeIfAbsent(key.group(), group -> new RollupTotals())
                        .addUnique(key.eventType(), endpoints.getLongCardinality()));
        Map<String, MessageKpis> kpis = new LinkedHashMap<>();
        groups.forEach((key, totals) -> kpis.put(key, totals.kpis()));
        return kpis;
    }

    /**
     * How many endpoints each treatment of the campaign's runs was given, from the send ledger; treatment -1 is the
     * holdout, who were given nothing.
     */
    Map<Integer, Long> endpointsByTreatment(Connection connection, long campaignId) throws SQLException {
        Map<Integer, Long> counts = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT m.treatment, count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                WHERE j.campaign_id = ? GROUP BY m.treatment""")) {
            query.setLong(1, campaignId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getInt(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    boolean hasCampaign(Connection connection, String campaignId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM event_daily WHERE campaign_id = ? LIMIT 1")) {
            query.setString(1, campaignId);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void bind(PreparedStatement query, KpiScope scope, LocalDate from, LocalDate to)
            throws SQLException {
        query.setString(1, from.toString());
        query.setString(2, to.toString());
        if (scope.campaignId() != null) {
            query.setString(3, scope.campaignId());
        }
    }
}
