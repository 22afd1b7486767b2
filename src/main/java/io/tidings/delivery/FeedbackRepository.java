package io.tidings.delivery;

import io.tidings.audience.OptOut;
import io.tidings.channel.sms.SmsReceipt;
import io.tidings.channel.sms.SmsReceipt.ReceiptState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for what providers report after a send: SMS part ids, receipts, and inbound opt-outs. Runs in the caller's transaction. */
final class FeedbackRepository {

    static final String OPTED_OUT_BY_REPLY = "Opted out by replying with a stop keyword";

    /** A ledger row, as events about it name it. */
    record LedgerMessage(long id, long jobId, long endpointKey) {
    }

    /** One recorded SMS part. */
    record Part(String providerMessageId, long messageId, String firstPartId, int partCount, ReceiptState receiptState) {
    }

    Optional<LedgerMessage> ledgerMessage(Connection connection, long id) throws SQLException {
        try (var query = connection.prepareStatement("SELECT id, job_id, endpoint_key FROM outbox_message WHERE id = ?")) {
            query.setLong(1, id);
            try (var rows = query.executeQuery()) {
                return rows.next()
                        ? Optional.of(new LedgerMessage(rows.getLong(1), rows.getLong(2), rows.getLong(3)))
                        : Optional.empty();
            }
        }
    }

    /** Records the parts of one submission; an id seen before (a provider reusing ids) now means this one. */
    void insertParts(Connection connection, long messageId, List<String> partIds) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO sms_part (provider_message_id, message_id, first_part_id, part_number, part_count)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (provider_message_id) DO UPDATE SET message_id = excluded.message_id,
                    first_part_id = excluded.first_part_id, part_number = excluded.part_number,
                    part_count = excluded.part_count, receipt_state = NULL, error_code = NULL, received_at = NULL""")) {
            for (int index = 0; index < partIds.size(); index++) {
                insert.setString(1, partIds.get(index));
                insert.setLong(2, messageId);
                insert.setString(3, partIds.get(0));
                insert.setInt(4, index + 1);
                insert.setInt(5, partIds.size());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    Optional<Part> part(Connection connection, String providerMessageId) throws SQLException {
        try (var query = connection.prepareStatement("""
                SELECT provider_message_id, message_id, first_part_id, part_count, receipt_state
                FROM sms_part WHERE provider_message_id = ?""")) {
            query.setString(1, providerMessageId);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String state = rows.getString(5);
                return Optional.of(new Part(rows.getString(1), rows.getLong(2), rows.getString(3), rows.getInt(4),
                        state == null ? null : ReceiptState.valueOf(state)));
            }
        }
    }

    void recordReceipt(Connection connection, SmsReceipt receipt, Instant now) throws SQLException {
        try (var update = connection.prepareStatement(
                "UPDATE sms_part SET receipt_state = ?, error_code = ?, received_at = ? WHERE provider_message_id = ?")) {
            update.setString(1, receipt.state().name());
            update.setString(2, receipt.errorCode());
            update.setString(3, now.toString());
            update.setString(4, receipt.providerMessageId());
            update.executeUpdate();
        }
    }

    /** The receipt states of a submission's parts so far, null for a part without one. */
    List<ReceiptState> submissionStates(Connection connection, String firstPartId) throws SQLException {
        try (var query = connection.prepareStatement("SELECT receipt_state FROM sms_part WHERE first_part_id = ?")) {
            query.setString(1, firstPartId);
            List<ReceiptState> states = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    String state = rows.getString(1);
                    states.add(state == null ? null : ReceiptState.valueOf(state));
                }
            }
            return states;
        }
    }

    void keepWaiting(Connection connection, SmsReceipt receipt, Instant now) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO sms_receipt_waiting (provider_message_id, receipt_state, error_code, received_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (provider_message_id) DO UPDATE SET receipt_state = excluded.receipt_state,
                    error_code = excluded.error_code, received_at = excluded.received_at""")) {
            insert.setString(1, receipt.providerMessageId());
            insert.setString(2, receipt.state().name());
            insert.setString(3, receipt.errorCode());
            insert.setString(4, now.toString());
            insert.executeUpdate();
        }
    }

    /** Removes and returns the receipt waiting for this part, if one came first. */
    Optional<SmsReceipt> takeWaiting(Connection connection, String providerMessageId) throws SQLException {
        try (var delete = connection.prepareStatement("""
                DELETE FROM sms_receipt_waiting WHERE provider_message_id = ?
                RETURNING receipt_state, error_code""")) {
            delete.setString(1, providerMessageId);
            try (var rows = delete.executeQuery()) {
                return rows.next()
                        ? Optional.of(new SmsReceipt(providerMessageId, ReceiptState.valueOf(rows.getString(1)),
                                rows.getString(2)))
                        : Optional.empty();
            }
        }
    }

    /** Drops receipts that never found their message: ones for messages another program sent on the same account. */
    int forgetWaitingBefore(Connection connection, Instant cutoff) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM sms_receipt_waiting WHERE received_at < ?")) {
            delete.setString(1, cutoff.toString());
            return delete.executeUpdate();
        }
    }

    /**
     * Keeps a number that replied STOP on the workspace's suppression list as well as opting its endpoints out, so
     * that importing the number again later with OptOut NONE does not text it again; START takes it off (only
     * this entry: a number the provider rejected stays suppressed).
     */
    void setSmsReplySuppression(Connection connection, String address, boolean suppressed, Instant now)
            throws SQLException {
        String sql = suppressed ? """
                INSERT INTO suppressed_address (channel, address, reason, created_at) VALUES ('SMS', ?, ?, ?)
                ON CONFLICT (channel, address) DO NOTHING""" : """
                DELETE FROM suppressed_address WHERE channel = 'SMS' AND address = ? AND reason = ?""";
        try (var statement = connection.prepareStatement(sql)) {
            statement.setString(1, address);
            statement.setString(2, OPTED_OUT_BY_REPLY);
            if (suppressed) {
                statement.setString(3, now.toString());
            }
            statement.executeUpdate();
        }
    }

    List<Long> smsEndpoints(Connection connection, String address) throws SQLException {
        try (var query = connection.prepareStatement("SELECT key FROM endpoint WHERE channel_type = 'SMS' AND address = ?")) {
            query.setString(1, address);
            List<Long> keys = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                }
            }
            return keys;
        }
    }

    /** An event; endpoint, job and message are null when it concerns none (an inbound SMS from an unknown number). */
    void insertEvent(Connection connection, String type, Long endpointKey, Long jobId, Long messageId, String attributes,
            Instant now) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO event (event_type, endpoint_key, job_id, message_id, timestamp, attributes)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, type);
            setNullable(insert, 2, endpointKey);
            setNullable(insert, 3, jobId);
            setNullable(insert, 4, messageId);
            insert.setString(5, now.toString());
            insert.setString(6, attributes);
            insert.executeUpdate();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
