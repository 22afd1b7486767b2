package io.tidings.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** SQL for the decision records of event-triggered campaigns (migration 018's {@code campaign_trigger}). */
final class TriggerRepository {

    /** One event's decision for one campaign. */
    record Decision(long campaignId, String eventKey, String eventType, String endpointId, Instant eventAt,
            Instant arrivedAt, TriggerOutcome outcome) {
    }

    /** Records the decision; false when the campaign has one for this event already (it was handled before). */
    boolean record(Connection connection, Decision decision) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO campaign_trigger (campaign_id, event_key, event_type, endpoint_id, event_at, arrived_at,
                    outcome) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (campaign_id, event_key) DO NOTHING""")) {
            insert.setLong(1, decision.campaignId());
            insert.setString(2, decision.eventKey());
            insert.setString(3, decision.eventType());
            insert.setString(4, decision.endpointId());
            insert.setLong(5, decision.eventAt().toEpochMilli());
            insert.setLong(6, decision.arrivedAt().toEpochMilli());
            insert.setString(7, decision.outcome().name());
            return insert.executeUpdate() == 1;
        }
    }

    /** Settles the outcome of the campaign's decisions for these events, with the job and the problem if any. */
    void settle(Connection connection, long campaignId, Collection<String> eventKeys, TriggerOutcome outcome, Long jobId,
            String problem) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE campaign_trigger SET outcome = ?, job_id = ?, problem = ?
                WHERE campaign_id = ? AND event_key = ?""")) {
            for (String key : eventKeys) {
                update.setString(1, outcome.name());
                update.setObject(2, jobId);
                update.setString(3, problem);
                update.setLong(4, campaignId);
                update.setString(5, key);
                update.executeUpdate();
            }
        }
    }

    Map<TriggerOutcome, Long> countsByOutcome(Connection connection, long campaignId) throws SQLException {
        Map<TriggerOutcome, Long> counts = new EnumMap<>(TriggerOutcome.class);
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT outcome, count(*) FROM campaign_trigger WHERE campaign_id = ? GROUP BY outcome")) {
            query.setLong(1, campaignId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(TriggerOutcome.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return counts;
    }
}
