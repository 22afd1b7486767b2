package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.Feedback;
import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * SQL for send jobs as a whole: creating and expanding them, their state, the crash rule, progress,
 * and the workspace's suppression list. Runs inside the caller's transaction. The per-message SQL of
 * claiming and recording is {@link LedgerSession}'s.
 */
final class OutboxRepository {

    private static final String JOB_COLUMNS = "id, name, channel, template_id, template_version, segment_id, state, "
            + "created_at, started_at, finished_at, pause_reason, settings, account, rate_per_second, campaign_id";

    /** @param templateId the template of the job (of a run, its default treatment's), or null for an inline message */
    long insertJob(Connection connection, String name, DeliveryChannel channel, Long templateId, int templateVersion,
            long segmentId, String settings, JobAccount account, Instant now) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO send_job (name, channel, template_id, template_version, segment_id, created_at, settings,
                    account, rate_per_second)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setString(1, name);
            insert.setString(2, channel.name());
            insert.setObject(3, templateId);
            insert.setInt(4, templateVersion);
            insert.setLong(5, segmentId);
            insert.setString(6, now.toString());
            insert.setString(7, settings);
            insert.setString(8, account.account());
            insert.setObject(9, account.ratePerSecond());
            try (var rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Adds the ledger rows that are missing; returns how many were added. */
    /**
     * Adds a ledger row for each of the endpoints that the job's channel can reach; members of the segment on other
     * channels (the phone numbers of an email job) are not the job's audience, as in a Pinpoint campaign.
     */
    int insertMessages(Connection connection, long jobId, DeliveryChannel channel, long[] endpointKeys, int from, int to,
            Instant now) throws SQLException {
        return insertMessages(connection, jobId, Arrays.stream(ChannelType.values())
                .filter(type -> ChannelFit.fits(channel, type)).toList(), endpointKeys, from, to, now);
    }

    /** Adds a ledger row for each of the endpoints whose channel type is one of {@code types}. */
    int insertMessages(Connection connection, long jobId, List<ChannelType> types, long[] endpointKeys, int from,
            int to, Instant now) throws SQLException {
        List<String> reachable = types.stream().map(ChannelType::name).toList();
        if (reachable.isEmpty()) {
            return 0;
        }
        int added = 0;
        try (var insert = connection.prepareStatement("""
                INSERT INTO outbox_message (job_id, endpoint_key, updated_at)
                SELECT ?, key, ? FROM endpoint WHERE key = ? AND channel_type IN (%s)
                ON CONFLICT (job_id, endpoint_key, treatment) DO NOTHING""".formatted(
                SqlText.placeholders(reachable.size())))) {
            insert.setLong(1, jobId);
            insert.setString(2, now.toString());
            for (int index = 0; index < reachable.size(); index++) {
                insert.setString(4 + index, reachable.get(index));
            }
            for (int index = from; index < to; index++) {
                insert.setLong(3, endpointKeys[index]);
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

    /** The runs of a campaign, oldest first. */
    List<SendJob> jobsOfCampaign(Connection connection, long campaignId) throws SQLException {
        try (var query = connection.prepareStatement(
                "SELECT " + JOB_COLUMNS + " FROM send_job WHERE campaign_id = ? ORDER BY id")) {
            query.setLong(1, campaignId);
            return jobs(query.executeQuery());
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
                        instant(rows.getString(10)), rows.getString(11), JobOptionsJson.read(rows.getString(12)),
                        new JobAccount(rows.getString(13), nullableDouble(rows, 14)), nullableLong(rows, 15)));
            }
            return jobs;
        }
    }

    private static Double nullableDouble(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? null : value;
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

    /** Keeps a new rate with the job (null for no limit). */
    void updateRate(Connection connection, long jobId, Double ratePerSecond) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE send_job SET rate_per_second = ? WHERE id = ?")) {
            update.setObject(1, ratePerSecond);
            update.setLong(2, jobId);
            update.executeUpdate();
        }
    }

    /** Marks the job's messages that were not sent yet as never to be sent; returns how many. */
    int cancelUnsent(Connection connection, long jobId, Instant now) throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE outbox_message SET state = 'SUPPRESSED', reason = 'JOB_CANCELLED', updated_at = ?
                WHERE job_id = ? AND state = 'PENDING'""")) {
            update.setString(1, now.toString());
            update.setLong(2, jobId);
            return update.executeUpdate();
        }
    }

    /** Marks running jobs with nothing left to send as done; returns which were. */
    List<Long> finishCompletedJobs(Connection connection, Instant now) throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE send_job SET state = 'DONE', finished_at = ?
                WHERE state = 'RUNNING' AND NOT EXISTS (
                    SELECT 1 FROM outbox_message m WHERE m.job_id = send_job.id AND m.state IN ('PENDING', 'SENDING'))
                RETURNING id""")) {
            update.setString(1, now.toString());
            List<Long> done = new ArrayList<>();
            try (var rows = update.executeQuery()) {
                while (rows.next()) {
                    done.add(rows.getLong(1));
                }
            }
            return done;
        }
    }

    /** A job whose messages workers may claim. */
    record RunningJob(long id, DeliveryChannel channel) {
    }

    List<RunningJob> runningJobs(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT id, channel FROM send_job WHERE state = 'RUNNING' ORDER BY id")) {
            List<RunningJob> running = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    running.add(new RunningJob(rows.getLong(1), DeliveryChannel.valueOf(rows.getString(2))));
                }
            }
            return running;
        }
    }

    /**
     * The crash rule: every SENDING row is a message whose outcome is unknown. It goes back to
     * PENDING, due at once, to be sent again with the same message id. Returns how many.
     */
    int releaseInFlight(Connection connection, Instant now) throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE outbox_message SET state = 'PENDING', next_attempt_at = ?, updated_at = ?, sent_at = NULL,
                    detail = 'Sent again with the same message id: Tidings stopped before the outcome was saved.'
                WHERE job_id IN (SELECT id FROM send_job) AND state = 'SENDING'""")) {
            update.setLong(1, now.toEpochMilli());
            update.setString(2, now.toString());
            return update.executeUpdate();
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

    /**
     * Counts the job's messages by state and by the reason of those that were not sent; PENDING
     * messages due after {@code now} (held for quiet time or waiting for a retry) are counted as throttled.
     */
    JobProgress progress(Connection connection, SendJob job, Instant now) throws SQLException {
        // Two queries that follow the index (job_id, state, ...) rather than one that groups by everything at
        // once: a large job's progress is read several times a second while it sends.
        Map<MessageState, Long> byState = new EnumMap<>(MessageState.class);
        long throttled = 0;
        try (var query = connection.prepareStatement("""
                SELECT state, count(*), sum(next_attempt_at > ?) FROM outbox_message WHERE job_id = ? GROUP BY state""")) {
            query.setLong(1, now.toEpochMilli());
            query.setLong(2, job.id());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    MessageState state = MessageState.valueOf(rows.getString(1));
                    byState.put(state, rows.getLong(2));
                    if (state == MessageState.PENDING) {
                        throttled = rows.getLong(3);
                    }
                }
            }
        }
        Map<ReasonCode, Long> byReason = new EnumMap<>(ReasonCode.class);
        try (var query = connection.prepareStatement("""
                SELECT reason, count(*) FROM outbox_message
                WHERE job_id = ? AND state IN ('SUPPRESSED', 'FAILED') AND reason IS NOT NULL GROUP BY reason""")) {
            query.setLong(1, job.id());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    byReason.put(ReasonCode.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        }
        return new JobProgress(job, byState, byReason, throttled, delivered(connection, job));
    }

    /** Messages of the job the channel reported delivered, for the channels that report deliveries. */
    private static OptionalLong delivered(Connection connection, SendJob job) throws SQLException {
        EventTypes.EventName delivery = EventTypes.feedback(job.channel(), Feedback.DELIVERED);
        String status = delivery.recordStatus();
        try (var query = connection.prepareStatement(
                "SELECT count(DISTINCT message_id) FROM event WHERE job_id = ? AND event_type = ?"
                        + (status == null ? "" : " AND json_extract(attributes, '$.record_status') = ?"))) {
            query.setLong(1, job.id());
            query.setString(2, delivery.type());
            if (status != null) {
                query.setString(3, status);
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                return OptionalLong.of(rows.getLong(1));
            }
        }
    }

    /** Deletes the events and the ledger rows of every message to these endpoints; returns how many. */
    int eraseMessagesTo(Connection connection, List<Long> endpointKeys) throws SQLException {
        String keys = " IN (" + SqlText.placeholders(endpointKeys.size()) + ")";
        int erased = 0;
        for (String sql : List.of("DELETE FROM event WHERE endpoint_key" + keys,
                "DELETE FROM outbox_message WHERE endpoint_key" + keys)) {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                for (int index = 0; index < endpointKeys.size(); index++) {
                    delete.setLong(index + 1, endpointKeys.get(index));
                }
                erased += delete.executeUpdate();
            }
        }
        return erased;
    }
}
