package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.channel.DeliveryChannel;
import io.tidings.store.Statements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-message SQL of claiming and recording, for one write transaction. A claim or a group commit
 * runs the same few statements for many messages, so each is prepared once per transaction here
 * rather than once per message.
 */
final class LedgerSession implements AutoCloseable {

    /** SQL: the row's job was cancelled. */
    private static final String JOB_CANCELLED =
            "(SELECT state FROM send_job WHERE id = outbox_message.job_id) = 'CANCELLED'";

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    LedgerSession(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    /** A due row and its endpoint as stored now. */
    record Candidate(long id, long jobId, long endpointKey, int treatment, int attempts, long firstAttemptAt,
            String endpointId, ChannelType channelType, String address, boolean active, boolean optedOut,
            String timezone) {
    }

    /** One running job's PENDING rows that are due, oldest due first. */
    List<Candidate> dueMessages(long jobId, long nowMillis, int limit) throws SQLException {
        PreparedStatement query = statement("""
                SELECT m.id, m.endpoint_key, m.attempts, m.first_attempt_at,
                       e.id, e.channel_type, e.address, e.endpoint_status, e.opt_out, e.timezone, m.treatment
                FROM outbox_message m
                LEFT JOIN endpoint e ON e.key = m.endpoint_key
                WHERE m.job_id = ? AND m.state = 'PENDING' AND m.next_attempt_at <= ?
                ORDER BY m.next_attempt_at
                LIMIT ?""");
        query.setLong(1, jobId);
        query.setLong(2, nowMillis);
        query.setInt(3, limit);
        List<Candidate> candidates = new ArrayList<>();
        try (var rows = query.executeQuery()) {
            while (rows.next()) {
                long first = rows.getLong(4);
                String channelType = rows.getString(6);
                candidates.add(new Candidate(rows.getLong(1), jobId, rows.getLong(2), rows.getInt(11), rows.getInt(3), first,
                        rows.getString(5), channelType == null ? null : ChannelType.valueOf(channelType),
                        rows.getString(7), "ACTIVE".equals(rows.getString(8)), "ALL".equals(rows.getString(9)),
                        rows.getString(10)));
            }
        }
        return candidates;
    }

    boolean addressSuppressed(DeliveryChannel channel, String address) throws SQLException {
        PreparedStatement query = statement("SELECT 1 FROM suppressed_address WHERE channel = ? AND address = ?");
        query.setString(1, channel.name());
        query.setString(2, address);
        try (var rows = query.executeQuery()) {
            return rows.next();
        }
    }

    /** Whether another endpoint's message in the job goes, or went, to the same address. */
    boolean addressTakenInJob(long jobId, long endpointKey, String address) throws SQLException {
        PreparedStatement query = statement("""
                SELECT 1 FROM outbox_message
                WHERE job_id = ? AND address = ? AND endpoint_key <> ? AND state <> 'SUPPRESSED' LIMIT 1""");
        query.setLong(1, jobId);
        query.setString(2, address);
        query.setLong(3, endpointKey);
        try (var rows = query.executeQuery()) {
            return rows.next();
        }
    }

    /** Messages of the job sent, or being sent, to the endpoint. */
    long sentInJob(long jobId, long endpointKey) throws SQLException {
        PreparedStatement query = statement("""
                SELECT count(*) FROM outbox_message
                WHERE job_id = ? AND endpoint_key = ? AND state IN ('SENT', 'SENDING')""");
        query.setLong(1, jobId);
        query.setLong(2, endpointKey);
        return single(query);
    }

    /**
     * Messages of every run of the campaign that count towards its {@code Limits.Total} for the endpoint: sent, being
     * sent, or dropped for quiet time.
     */
    long targetedInCampaign(long campaignId, long endpointKey) throws SQLException {
        PreparedStatement query = statement("""
                SELECT count(*) FROM send_job j JOIN outbox_message m ON m.job_id = j.id AND m.endpoint_key = ?
                WHERE j.campaign_id = ?
                  AND (m.state IN ('SENT', 'SENDING') OR (m.state = 'SUPPRESSED' AND m.reason = 'QUIET_TIME'))""");
        query.setLong(1, endpointKey);
        query.setLong(2, campaignId);
        return single(query);
    }

    /** Suppresses every message of the job still waiting, due or not, with EXPIRED: its run is past its deadline. */
    int expirePending(long jobId, Instant now) throws SQLException {
        PreparedStatement update = statement("""
                UPDATE outbox_message SET state = 'SUPPRESSED', reason = 'EXPIRED', updated_at = ?
                WHERE job_id = ? AND state = 'PENDING'""");
        update.setString(1, now.toString());
        update.setLong(2, jobId);
        return update.executeUpdate();
    }

    /** Messages of any job sent, or being sent, to the endpoint from {@code fromMillis} up to {@code toMillis}. */
    long sentToEndpointBetween(long endpointKey, long fromMillis, long toMillis) throws SQLException {
        PreparedStatement query = statement("""
                SELECT count(*) FROM outbox_message INDEXED BY outbox_message_endpoint_sent
                WHERE endpoint_key = ? AND state IN ('SENT', 'SENDING') AND sent_at >= ? AND sent_at < ?""");
        query.setLong(1, endpointKey);
        query.setLong(2, fromMillis);
        query.setLong(3, toMillis);
        return single(query);
    }

    void markSending(long id, String address, Instant now) throws SQLException {
        PreparedStatement update = statement("""
                UPDATE outbox_message SET state = 'SENDING', address = ?, reason = NULL,
                    first_attempt_at = coalesce(first_attempt_at, ?), sent_at = ?, updated_at = ?
                WHERE id = ?""");
        update.setString(1, address);
        update.setLong(2, now.toEpochMilli());
        update.setLong(3, now.toEpochMilli());
        update.setString(4, now.toString());
        update.setLong(5, id);
        update.executeUpdate();
    }

    void markSuppressed(long id, String address, ReasonCode reason, Instant now) throws SQLException {
        PreparedStatement update = statement(
                "UPDATE outbox_message SET state = 'SUPPRESSED', address = ?, reason = ?, updated_at = ? WHERE id = ?");
        update.setString(1, address);
        update.setString(2, reason.name());
        update.setString(3, now.toString());
        update.setLong(4, id);
        update.executeUpdate();
    }

    /** Keeps the message PENDING until {@code until}, saying why. */
    void hold(long id, String address, ReasonCode reason, Instant until, Instant now) throws SQLException {
        PreparedStatement update = statement("""
                UPDATE outbox_message SET address = ?, reason = ?, next_attempt_at = ?, updated_at = ?
                WHERE id = ?""");
        update.setString(1, address);
        update.setString(2, reason.name());
        update.setLong(3, until.toEpochMilli());
        update.setString(4, now.toString());
        update.setLong(5, id);
        update.executeUpdate();
    }

    /** Records the attempt's final outcome: SENT (reason null) or FAILED. */
    void recordFinal(long id, MessageState state, ReasonCode reason, String providerMessageId, String detail,
            Instant now) throws SQLException {
        PreparedStatement update = statement("""
                UPDATE outbox_message SET state = ?, attempts = attempts + 1, reason = ?, provider_message_id = ?,
                    detail = ?, next_attempt_at = 0, updated_at = ?
                WHERE id = ?""");
        update.setString(1, state.name());
        update.setString(2, reason == null ? null : reason.name());
        update.setString(3, providerMessageId);
        update.setString(4, detail);
        update.setString(5, now.toString());
        update.setLong(6, id);
        update.executeUpdate();
    }

    /**
     * Puts a message that failed for now back in the queue for {@code nextMillis}; when its job was
     * cancelled meanwhile, it is suppressed with JOB_CANCELLED instead.
     */
    void scheduleRetry(long id, String detail, long nextMillis, Instant now) throws SQLException {
        PreparedStatement update = statement("""
                UPDATE outbox_message SET attempts = attempts + 1, detail = ?, next_attempt_at = ?, updated_at = ?,
                    sent_at = NULL,
                    state = CASE WHEN %1$s THEN 'SUPPRESSED' ELSE 'PENDING' END,
                    reason = CASE WHEN %1$s THEN 'JOB_CANCELLED' END
                WHERE id = ?""".formatted(JOB_CANCELLED));
        update.setString(1, detail);
        update.setLong(2, nextMillis);
        update.setString(3, now.toString());
        update.setLong(4, id);
        update.executeUpdate();
    }

    /**
     * Gives back a claimed message that was never handed to its channel (the job was paused or
     * cancelled, or the engine is stopping): PENDING as it was, or JOB_CANCELLED; no attempt is counted.
     */
    void releaseUnsent(long id, Instant now) throws SQLException {
        PreparedStatement update = statement("""
                UPDATE outbox_message SET updated_at = ?, sent_at = NULL,
                    state = CASE WHEN %1$s THEN 'SUPPRESSED' ELSE 'PENDING' END,
                    reason = CASE WHEN %1$s THEN 'JOB_CANCELLED' END
                WHERE id = ? AND state = 'SENDING'""".formatted(JOB_CANCELLED));
        update.setString(1, now.toString());
        update.setLong(2, id);
        update.executeUpdate();
    }

    /**
     * Records an event of a ledger message; none when the message is gone from the ledger (its user
     * was erased while it was being sent), so that nothing about an erased user comes back.
     */
    void insertEvent(String type, long endpointKey, long jobId, long messageId, String attributes, Instant now)
            throws SQLException {
        PreparedStatement insert = statement("""
                INSERT INTO event (event_type, endpoint_key, job_id, message_id, timestamp, attributes)
                SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM outbox_message WHERE id = ?4)""");
        insert.setString(1, type);
        insert.setLong(2, endpointKey);
        insert.setLong(3, jobId);
        insert.setLong(4, messageId);
        insert.setString(5, now.toString());
        insert.setString(6, attributes);
        insert.executeUpdate();
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    private static long single(PreparedStatement query) throws SQLException {
        try (var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            Statements.closeAll(statements.values());
        } finally {
            statements.clear();
        }
    }
}
