package io.tidings.delivery;

import io.tidings.channel.Feedback;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * SQL for campaign runs: a run's own columns and treatments, its ledger rows as expansion places them, and its
 * counts and messages by treatment. Runs inside the caller's transaction.
 */
final class JobRunRepository {

    /** Stores what the run adds to its new send job, and its treatments. */
    void insertRun(Connection connection, long jobId, RunPlan plan, Instant deadline, List<JobTreatment> treatments)
            throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE send_job SET campaign_id = ?, run_at = ?, deadline_at = ?, holdout_percent = ?,
                    assignment_seed = ?, segment_version = ?, local_wall_clock = ?, local_starting_zone = ?
                WHERE id = ?""")) {
            update.setObject(1, plan.campaignId());
            update.setLong(2, plan.startAt().toEpochMilli());
            update.setObject(3, deadline == null ? null : deadline.toEpochMilli());
            update.setInt(4, plan.holdoutPercent());
            update.setLong(5, plan.assignmentSeed());
            update.setObject(6, plan.segmentVersion());
            update.setString(7, plan.localTime() == null ? null : plan.localTime().wallClock().toString());
            update.setString(8, plan.localTime() == null || plan.localTime().startingZone() == null ? null
                    : plan.localTime().startingZone().getId());
            update.setLong(9, jobId);
            update.executeUpdate();
        }
        for (JobTreatment treatment : treatments) {
            insertTreatment(connection, jobId, treatment);
        }
    }

    /** Keeps one of a job's treatments (a journey's custom message is its job's only one). */
    void insertTreatment(Connection connection, long jobId, JobTreatment treatment) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO send_job_treatment (job_id, treatment, name, size_percent, template_id, template_version,
                    inline_content) VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, jobId);
            insert.setInt(2, treatment.treatment());
            insert.setString(3, treatment.name());
            insert.setInt(4, treatment.sizePercent());
            insert.setObject(5, treatment.templateId());
            insert.setObject(6, treatment.templateVersion());
            insert.setString(7, treatment.inlineContent());
            insert.executeUpdate();
        }
    }

    /** Marks the job as an event-triggered campaign's: its ledger is written with it, never expanded from the segment. */
    void markTriggered(Connection connection, long jobId) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE send_job SET triggered = 1 WHERE id = ?")) {
            update.setLong(1, jobId);
            update.executeUpdate();
        }
    }

    boolean triggered(Connection connection, long jobId) throws SQLException {
        try (var query = connection.prepareStatement("SELECT triggered FROM send_job WHERE id = ?")) {
            query.setLong(1, jobId);
            try (var rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) == 1;
            }
        }
    }

    /** The job's run; a plain send's has no seed and no treatments. */
    JobRun run(Connection connection, long jobId) throws SQLException {
        List<JobTreatment> treatments = new ArrayList<>();
        try (var query = connection.prepareStatement("""
                SELECT treatment, name, size_percent, template_id, template_version, inline_content
                FROM send_job_treatment WHERE job_id = ? ORDER BY treatment""")) {
            query.setLong(1, jobId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    treatments.add(new JobTreatment(rows.getInt(1), rows.getString(2), rows.getInt(3),
                            nullableLong(rows, 4), (Integer) nullableInt(rows, 5), rows.getString(6)));
                }
            }
        }
        try (var query = connection.prepareStatement("""
                SELECT campaign_id, run_at, deadline_at, holdout_percent, assignment_seed, segment_version,
                    local_wall_clock, local_starting_zone
                FROM send_job WHERE id = ?""")) {
            query.setLong(1, jobId);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("Send job " + jobId + " is no longer in the workspace.");
                }
                Long runAt = nullableLong(rows, 2);
                Long deadline = nullableLong(rows, 3);
                String wallClock = rows.getString(7);
                String startingZone = rows.getString(8);
                LocalTimeStart localTime = wallClock == null ? null : new LocalTimeStart(LocalDateTime.parse(wallClock),
                        startingZone == null ? null : ZoneId.of(startingZone));
                return new JobRun(nullableLong(rows, 1), runAt == null ? null : Instant.ofEpochMilli(runAt),
                        deadline == null ? null : Instant.ofEpochMilli(deadline), rows.getInt(4), nullableLong(rows, 5),
                        nullableInt(rows, 6), localTime, treatments);
            }
        }
    }

    /**
     * Adds the ledger rows of placed members that are missing: PENDING due at their instant, or SUPPRESSED with
     * their reason (holdout, local time). Returns how many were added.
     */
    int insertPlaced(Connection connection, long jobId, long[] keys, int[] treatments, ReasonCode[] reasons,
            long[] dueMillis, int from, int to, Instant now) throws SQLException {
        int added = 0;
        try (var insert = connection.prepareStatement("""
                INSERT INTO outbox_message (job_id, endpoint_key, treatment, state, reason, next_attempt_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (job_id, endpoint_key, treatment) DO NOTHING""")) {
            insert.setLong(1, jobId);
            insert.setString(7, now.toString());
            for (int index = from; index < to; index++) {
                ReasonCode reason = reasons[index];
                insert.setLong(2, keys[index]);
                insert.setInt(3, treatments[index]);
                insert.setString(4, reason == null ? MessageState.PENDING.name() : MessageState.SUPPRESSED.name());
                insert.setString(5, reason == null ? null : reason.name());
                insert.setLong(6, reason == null ? dueMillis[index] : 0);
                added += insert.executeUpdate();
            }
        }
        return added;
    }

    /** Counts by state and reason for each treatment, in one grouped query; PENDING due after {@code now} is throttled. */
    Map<Integer, JobProgress> progressByTreatment(Connection connection, SendJob job, Instant now) throws SQLException {
        Map<Integer, Map<MessageState, Long>> byState = new TreeMap<>();
        Map<Integer, Map<ReasonCode, Long>> byReason = new HashMap<>();
        Map<Integer, Long> throttled = new HashMap<>();
        try (var query = connection.prepareStatement("""
                SELECT treatment, state, reason, count(*), sum(next_attempt_at > ?) FROM outbox_message
                WHERE job_id = ? GROUP BY treatment, state, reason""")) {
            query.setLong(1, now.toEpochMilli());
            query.setLong(2, job.id());
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    int treatment = rows.getInt(1);
                    MessageState state = MessageState.valueOf(rows.getString(2));
                    String reason = rows.getString(3);
                    long count = rows.getLong(4);
                    byState.computeIfAbsent(treatment, any -> new EnumMap<>(MessageState.class)).merge(state, count, Long::sum);
                    if (reason != null && (state == MessageState.SUPPRESSED || state == MessageState.FAILED)) {
                        byReason.computeIfAbsent(treatment, any -> new EnumMap<>(ReasonCode.class))
                                .merge(ReasonCode.valueOf(reason), count, Long::sum);
                    }
                    if (state == MessageState.PENDING) {
                        throttled.merge(treatment, rows.getLong(5), Long::sum);
                    }
                }
            }
        }
        Map<Integer, Long> delivered = deliveredByTreatment(connection, job);
        Map<Integer, JobProgress> progress = new TreeMap<>();
        byState.forEach((treatment, states) -> progress.put(treatment, new JobProgress(job, states,
                byReason.getOrDefault(treatment, Map.of()), throttled.getOrDefault(treatment, 0L),
                delivered == null ? OptionalLong.empty() : OptionalLong.of(delivered.getOrDefault(treatment, 0L)))));
        return progress;
    }

    private static Map<Integer, Long> deliveredByTreatment(Connection connection, SendJob job) throws SQLException {
        EventTypes.EventName delivery = EventTypes.feedback(job.channel(), Feedback.DELIVERED);
        String status = delivery.recordStatus();
        try (var query = connection.prepareStatement("""
                SELECT m.treatment, count(DISTINCT e.message_id) FROM event e JOIN outbox_message m ON m.id = e.message_id
                WHERE e.job_id = ? AND e.event_type = ?""" + (status == null ? ""
                : " AND json_extract(e.attributes, '$.record_status') = ?") + " GROUP BY m.treatment")) {
            query.setLong(1, job.id());
            query.setString(2, delivery.type());
            if (status != null) {
                query.setString(3, status);
            }
            Map<Integer, Long> delivered = new HashMap<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    delivered.put(rows.getInt(1), rows.getLong(2));
                }
            }
            return delivered;
        }
    }

    /** The job's messages, filtered by whichever of treatment, state and reason are given, in ledger order. */
    List<RunMessage> messages(Connection connection, long jobId, Integer treatment, MessageState state,
            ReasonCode reason, int offset, int limit) throws SQLException {
        try (var query = connection.prepareStatement("""
                SELECT m.id, e.id, m.treatment, coalesce(m.address, e.address), m.state, m.reason, m.detail, m.updated_at
                FROM outbox_message m LEFT JOIN endpoint e ON e.key = m.endpoint_key
                WHERE m.job_id = ?1 AND (?2 IS NULL OR m.treatment = ?2) AND (?3 IS NULL OR m.state = ?3)
                  AND (?4 IS NULL OR m.reason = ?4)
                ORDER BY m.id LIMIT ?5 OFFSET ?6""")) {
            query.setLong(1, jobId);
            query.setObject(2, treatment);
            query.setString(3, state == null ? null : state.name());
            query.setString(4, reason == null ? null : reason.name());
            query.setInt(5, Math.max(0, limit));
            query.setInt(6, Math.max(0, offset));
            List<RunMessage> messages = new ArrayList<>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString(6);
                    String updated = rows.getString(8);
                    messages.add(new RunMessage(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getString(4),
                            MessageState.valueOf(rows.getString(5)), code == null ? null : ReasonCode.valueOf(code),
                            rows.getString(7), updated == null ? null : Instant.parse(updated)));
                }
            }
            return messages;
        }
    }

    private static Long nullableLong(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}
