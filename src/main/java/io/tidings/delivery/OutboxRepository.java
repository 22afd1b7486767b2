package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.channel.DeliveryChannel;
import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for send jobs, their ledger, suppressed addresses and events. Runs inside the caller's transaction. */
final class OutboxRepository {

    private static final String JOB_COLUMNS = "id, name, channel, template_id, template_version, segment_id, state, "
            + "created_at, started_at, finished_at, pause_reason";

    long insertJob(Connection connection, String name, DeliveryChannel channel, long templateId, int templateVersion,
            long segmentId, String settings, Instant now) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO send_job (name, channel, template_id, template_version, segment_id, created_at, settings)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, name);
            insert.setString(2, channel.name());
            insert.setLong(3, templateId);
            insert.setInt(4, templateVersion);
            insert.setLong(5, segmentId);
            insert.setString(6, now.toString());
            insert.setString(7, settings);
            try (var rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Adds the ledger rows that are missing; returns how many were added. */
    int insertMessages(Connection connection, long jobId, long[] endpointKeys, int from, int to, Instant now)
            throws SQLException {
        int added = 0;
        try (var insert = connection.prepareStatement("""
                INSERT INTO outbox_message (job_id, endpoint_key, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (job_id, endpoint_key, treatment) DO NOTHING""")) {
            for (int index = from; index < to; index++) {
                insert.setLong(1, jobId);
                insert.setLong(2, endpointKeys[index]);
                insert.setString(3, now.toString());
                added += insert.executeUpdate();
            }
        }
        return added;
    }

    Optional<SendJob> job(Connection connection, long id) throws SQLException {
        try (var query = connection.prepareStatement("SELECT " + JOB_COLUMNS + " FROM send_job WHERE id = ?")) {
            query.setLong(1, id);
            List<SendJob> jobs = jobs(query.executeQuery());
            return jobs.stream().findFirst();
        }
    }

    List<SendJob> jobs(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT " + JOB_COLUMNS + " FROM send_job ORDER BY id")) {
            return jobs(query.executeQuery());
        }
    }

    private static List<SendJob> jobs(ResultSet rows) throws SQLException {
        try (rows) {
            List<SendJob> jobs = new ArrayList<>();
            while (rows.next()) {
                jobs.add(new SendJob(rows.getLong(1), rows.getString(2), DeliveryChannel.valueOf(rows.getString(3)),
                        nullableLong(rows, 4), rows.getInt(5), nullableLong(rows, 6),
                        JobState.valueOf(rows.getString(7)), instant(rows.getString(8)), instant(rows.getString(9)),
                        instant(rows.getString(10)), rows.getString(11)));
            }
            return jobs;
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** Moves a job from one of {@code from} to {@code to}; returns whether it moved. */
    boolean changeState(Connection connection, long jobId, Collection<JobState> from, JobState to, String pauseReason,
            Instant now) throws SQLException {
        List<JobState> states = List.copyOf(from);
        try (var update = connection.prepareStatement("UPDATE send_job SET state = ?, pause_reason = ?, "
                + "started_at = CASE WHEN ? = 'RUNNING' THEN coalesce(started_at, ?) ELSE started_at END, "
                + "finished_at = CASE WHEN ? IN ('DONE', 'CANCELLED') THEN ? ELSE finished_at END "
                + "WHERE id = ? AND state IN (" + SqlText.placeholders(states.size()) + ")")) {
            update.setString(1, to.name());
            update.setString(2, pauseReason);
            update.setString(3, to.name());
            update.setString(4, now.toString());
            update.setString(5, to.name());
            update.setString(6, now.toString());
            update.setLong(7, jobId);
            for (int index = 0; index < states.size(); index++) {
                update.setString(8 + index, states.get(index).name());
            }
            return update.executeUpdate() == 1;
        }
    }

    /** Marks running jobs with nothing left to send as done. */
    void finishCompletedJobs(Connection connection, Instant now) throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE send_job SET state = 'DONE', finished_at = ?
                WHERE state = 'RUNNING' AND NOT EXISTS (
                    SELECT 1 FROM outbox_message m WHERE m.job_id = send_job.id AND m.state IN ('PENDING', 'SENDING'))""")) {
            update.setString(1, now.toString());
            update.executeUpdate();
        }
    }

    /**
     * The crash rule: every SENDING row is a message whose outcome is unknown. It goes back to
     * PENDING, due at once, to be sent again with the same message id. Returns how many.
     */
    int releaseInFlight(Connection connection, Instant now) throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE outbox_message SET state = 'PENDING', next_attempt_at = ?, updated_at = ?,
                    detail = 'Sent again with the same message id: Tidings stopped before the outcome was saved.'
                WHERE state = 'SENDING'""")) {
            update.setLong(1, now.toEpochMilli());
            update.setString(2, now.toString());
            return update.executeUpdate();
        }
    }

    /** Due PENDING rows of running jobs on the given channels, with what suppression needs to know. */
    List<Candidate> dueMessages(Connection connection, Collection<DeliveryChannel> channels, long nowMillis, int limit)
            throws SQLException {
        List<DeliveryChannel> channelList = List.copyOf(channels);
        try (var query = connection.prepareStatement("""
                SELECT m.id, m.job_id, j.channel, m.endpoint_key, m.attempts, m.first_attempt_at,
                       e.id, e.channel_type, e.address, e.endpoint_status, e.opt_out
                FROM outbox_message m
                JOIN send_job j ON j.id = m.job_id
                LEFT JOIN endpoint e ON e.key = m.endpoint_key
                WHERE m.state = 'PENDING' AND m.next_attempt_at <= ? AND j.state = 'RUNNING'
                  AND j.channel IN (""" + SqlText.placeholders(channelList.size()) + """
                )
                ORDER BY m.next_attempt_at, m.id
                LIMIT ?""")) {
            query.setLong(1, nowMillis);
            for (int index = 0; index < channelList.size(); index++) {
                query.setString(2 + index, channelList.get(index).name());
            }
            query.setInt(2 + channelList.size(), limit);
            List<Candidate> candidates = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    Long first = nullableLong(rows, 6);
                    String channelType = rows.getString(8);
                    candidates.add(new Candidate(rows.getLong(1), rows.getLong(2), DeliveryChannel.valueOf(rows.getString(3)),
                            rows.getLong(4), rows.getInt(5), first == null ? 0 : first, rows.getString(7),
                            channelType == null ? null : ChannelType.valueOf(channelType), rows.getString(9),
                            "ACTIVE".equals(rows.getString(10)), "ALL".equals(rows.getString(11))));
                }
            }
            return candidates;
        }
    }

    /** A due row and its endpoint as stored now. */
    record Candidate(long id, long jobId, DeliveryChannel channel, long endpointKey, int attempts, long firstAttemptAt,
            String endpointId, ChannelType channelType, String address, boolean active, boolean optedOut) {
    }

    boolean addressSuppressed(Connection connection, DeliveryChannel channel, String address) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT 1 FROM suppressed_address WHERE channel = ? AND address = ?")) {
            query.setString(1, channel.name());
            query.setString(2, address);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Whether another message of the job goes, or went, to the same address. */
    boolean addressAlreadyInJob(Connection connection, long jobId, long messageId, String address) throws SQLException {
        try (var query = connection.prepareStatement("""
                SELECT 1 FROM outbox_message
                WHERE job_id = ? AND address = ? AND id <> ? AND state <> 'SUPPRESSED' LIMIT 1""")) {
            query.setLong(1, jobId);
            query.setString(2, address);
            query.setLong(3, messageId);
            try (var rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    void markSending(Connection connection, long id, String address, long nowMillis, Instant now) throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE outbox_message SET state = 'SENDING', address = ?,
                    first_attempt_at = coalesce(first_attempt_at, ?), updated_at = ?
                WHERE id = ?""")) {
            update.setString(1, address);
            update.setLong(2, nowMillis);
            update.setString(3, now.toString());
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    /** Records a final or retry outcome of the current attempt. */
    void recordAttempt(Connection connection, long id, MessageState state, ReasonCode reason, String providerMessageId,
            String detail, long nextAttemptAt, Instant now) throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE outbox_message SET state = ?, attempts = attempts + 1, reason = ?, provider_message_id = ?,
                    detail = ?, next_attempt_at = ?, updated_at = ?
                WHERE id = ?""")) {
            update.setString(1, state.name());
            update.setString(2, reason == null ? null : reason.name());
            update.setString(3, providerMessageId);
            update.setString(4, detail);
            update.setLong(5, nextAttemptAt);
            update.setString(6, now.toString());
            update.setLong(7, id);
            update.executeUpdate();
        }
    }

    void markSuppressed(Connection connection, long id, String address, ReasonCode reason, Instant now) throws SQLException {
        try (var update = connection.prepareStatement(
                "UPDATE outbox_message SET state = 'SUPPRESSED', address = ?, reason = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, address);
            update.setString(2, reason.name());
            update.setString(3, now.toString());
            update.setLong(4, id);
            update.executeUpdate();
        }
    }

    void suppressAddress(Connection connection, DeliveryChannel channel, String address, String reason, Instant now)
            throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO suppressed_address (channel, address, reason, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (channel, address) DO NOTHING""")) {
            insert.setString(1, channel.name());
            insert.setString(2, address);
            insert.setString(3, reason);
            insert.setString(4, now.toString());
            insert.executeUpdate();
        }
    }

    void deactivateEndpoint(Connection connection, long endpointKey) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE endpoint SET endpoint_status = 'INACTIVE' WHERE key = ?")) {
            update.setLong(1, endpointKey);
            update.executeUpdate();
        }
    }

    void insertEvent(Connection connection, String type, long endpointKey, long jobId, long messageId, String attributes,
            Instant now) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO event (event_type, endpoint_key, job_id, message_id, timestamp, attributes)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, type);
            insert.setLong(2, endpointKey);
            insert.setLong(3, jobId);
            insert.setLong(4, messageId);
            insert.setString(5, now.toString());
            insert.setString(6, attributes);
            insert.executeUpdate();
        }
    }

    JobProgress progress(Connection connection, SendJob job) throws SQLException {
        Map<MessageState, Long> byState = new EnumMap<>(MessageState.class);
        Map<ReasonCode, Long> byReason = new EnumMap<>(ReasonCode.class);
        try (var query = connection.prepareStatement(
                "SELECT state, reason, count(*) FROM outbox_message WHERE job_id = ? GROUP BY state, reason")) {
            query.setLong(1, job.id());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    byState.merge(MessageState.valueOf(rows.getString(1)), rows.getLong(3), Long::sum);
                    if (rows.getString(2) != null) {
                        byReason.merge(ReasonCode.valueOf(rows.getString(2)), rows.getLong(3), Long::sum);
                    }
                }
            }
        }
        return new JobProgress(job, byState, byReason);
    }
}
