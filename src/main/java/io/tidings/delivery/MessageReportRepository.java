package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;

/** SQL that provider reports need beyond the ledger's own: the message they are about, and repeats. */
final class MessageReportRepository {

    /** A ledger row a report is about. */
    record SentMessage(long id, long jobId, long endpointKey, String address, DeliveryChannel channel) {
    }

    Optional<SentMessage> sentMessage(Connection connection, long messageId) throws SQLException {
        try (var query = connection.prepareStatement("""
                SELECT m.id, m.job_id, m.endpoint_key, m.address, j.channel
                FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                WHERE m.id = ?""")) {
            query.setLong(1, messageId);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SentMessage(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getString(4),
                        DeliveryChannel.valueOf(rows.getString(5))));
            }
        }
    }

    /** The ledger row the provider knows by this id (migration 017 indexes it). */
    OptionalLong messageWithProviderId(Connection connection, String providerMessageId) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT id FROM outbox_message WHERE provider_message_id = ? ORDER BY id DESC LIMIT 1")) {
            query.setString(1, providerMessageId);
            try (var rows = query.executeQuery()) {
                return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Whether the message already has an event of this name and record status. */
    boolean hasEvent(Connection connection, long messageId, String type, String recordStatus) throws SQLException {
        try (var query = connection.prepareStatement("""
                SELECT 1 FROM event
                WHERE message_id = ? AND event_type = ?
                  AND coalesce(json_extract(attributes, '$.record_status'), '') = ?
                LIMIT 1""")) {
            query.setLong(1, messageId);
            query.setString(2, type);
            query.setString(3, recordStatus == null ? "" : recordStatus);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
