package io.tidings.journey.run;

import io.tidings.journey.ActivityCount;
import io.tidings.journey.JourneyFailure;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyState;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.store.SqlText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** SQL for running journeys: their state, their published snapshot, participants' positions and history. */
final class JourneyRunRepository {

    private static final int CHUNK = 500;
    private static final String POSITION_COLUMNS =
            "participant, entries, activity, since, wake_at, entered_at, status FROM journey_participant";

    /** Moves the journey from one of {@code from} to {@code to}; false when it was in none of them. */
    boolean changeState(Connection connection, long journeyId, Set<JourneyState> from, JourneyState to, Instant now)
            throws SQLException {
        String states = from.stream().map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));
        try (PreparedStatement update = connection.prepareStatement("UPDATE journey SET state = ?, updated_at = ? "
                + "WHERE id = ? AND state IN (" + states + ")")) {
            update.setString(1, to.name());
            update.setString(2, now.toString());
            update.setLong(3, journeyId);
            return update.executeUpdate() == 1;
        }
    }

    /** The ids of the journeys in {@code state}, oldest first. */
    List<Long> journeysIn(Connection connection, JourneyState state) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM journey WHERE state = ? ORDER BY id")) {
            select.setString(1, state.name());
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    void saveRun(Connection connection, long journeyId, String definition, long publishedAt, Long nextEntryAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO journey_run (journey_id, definition, published_at, next_entry_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (journey_id) DO UPDATE SET definition = excluded.definition,
                    published_at = excluded.published_at, next_entry_at = excluded.next_entry_at""")) {
            insert.setLong(1, journeyId);
            insert.setString(2, definition);
            insert.setLong(3, publishedAt);
            setLong(insert, 4, nextEntryAt);
            insert.executeUpdate();
        }
    }

    Optional<RunRecord> run(Connection connection, long journeyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT definition, published_at, next_entry_at, entry_rounds, looked_at, notice, failure IS NOT NULL
                FROM journey_run WHERE journey_id = ?""")) {
            select.setLong(1, journeyId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RunRecord(journeyId, rows.getString(1), rows.getLong(2), longOrNull(rows, 3),
                        rows.getInt(4), longOrNull(rows, 5), rows.getString(6), rows.getBoolean(7)));
            }
        }
    }

    /** Keeps that a pass failed on the journey, in words; a failure in a row of them keeps when the row began. */
    void failed(Connection connection, long journeyId, String problem, long at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE journey_run SET failure = ?, failing_since = COALESCE(failing_since, ?), failed_at = ?,
                    failed_passes = failed_passes + 1
                WHERE journey_id = ?""")) {
            update.setString(1, problem);
            update.setLong(2, at);
            update.setLong(3, at);
            update.setLong(4, journeyId);
            update.executeUpdate();
        }
    }

    /** Forgets the journey's failure: a pass succeeded, or the journey was stopped. */
    void clearFailure(Connection connection, long journeyId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE journey_run SET failure = NULL, failing_since = NULL, failed_at = NULL, failed_passes = 0
                WHERE journey_id = ? AND failure IS NOT NULL""")) {
            update.setLong(1, journeyId);
            update.executeUpdate();
        }
    }

    Optional<JourneyFailure> failure(Connection connection, long journeyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT failure, failing_since, failed_at, failed_passes FROM journey_run
                WHERE journey_id = ? AND failure IS NOT NULL""")) {
            select.setLong(1, journeyId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new JourneyFailure(rows.getString(1),
                        Instant.ofEpochMilli(rows.getLong(2)), Instant.ofEpochMilli(rows.getLong(3)), rows.getInt(4)))
                        : Optional.empty();
            }
        }
    }

    void entryRoundDone(Connection connection, long journeyId, Long nextEntryAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE journey_run SET next_entry_at = ?, entry_rounds = entry_rounds + 1 WHERE journey_id = ?""")) {
            setLong(update, 1, nextEntryAt);
            update.setLong(2, journeyId);
            update.executeUpdate();
        }
    }

    void looked(Connection connection, long journeyId, long at, String notice) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE journey_run SET looked_at = ?, notice = COALESCE(?, notice) WHERE journey_id = ?")) {
            update.setLong(1, at);
            update.setString(2, notice);
            update.setLong(3, journeyId);
            update.executeUpdate();
        }
    }

    /** Participants due at {@code now}, earliest first (a catch-up goes in order), at most {@code limit}. */
    List<StoredPosition> due(Connection connection, long journeyId, long now, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + POSITION_COLUMNS
                + " WHERE journey_id = ? AND wake_at IS NOT NULL AND wake_at <= ? ORDER BY wake_at, participant "
                + "LIMIT ?")) {
            select.setLong(1, journeyId);
            select.setLong(2, now);
            select.setInt(3, limit);
            return positions(select);
        }
    }

    /** The earliest wake-up of the journey's participants, or null when none waits. */
    Long nextWake(Connection connection, long journeyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT min(wake_at) FROM journey_participant WHERE journey_id = ? AND wake_at IS NOT NULL")) {
            select.setLong(1, journeyId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? longOrNull(rows, 1) : null;
            }
        }
    }

    /** The stored positions of these participants (in the journey or not), by key. */
    Map<String, StoredPosition> positionsOf(Connection connection, long journeyId, Collection<String> participants)
            throws SQLException {
        Map<String, StoredPosition> found = new HashMap<>();
        List<String> all = List.copyOf(participants);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement select = connection.prepareStatement("SELECT " + POSITION_COLUMNS
                    + " WHERE journey_id = ? AND participant IN (" + SqlText.placeholders(chunk.size()) + ")")) {
                select.setLong(1, journeyId);
                for (int index = 0; index < chunk.size(); index++) {
                    select.setString(index + 2, chunk.get(index));
                }
                positions(select).forEach(position -> found.put(position.participant(), position));
            }
        }
        return found;
    }

    /** Participants at the activity (all, in or out of the journey, when null), longest there first. */
    List<StoredPosition> at(Connection connection, long journeyId, String activity, int limit) throws SQLException {
        String where = activity == null ? "" : " AND activity = ?";
        try (PreparedStatement select = connection.prepareStatement("SELECT " + POSITION_COLUMNS
                + " WHERE journey_id = ?" + where + " ORDER BY since, participant LIMIT ?")) {
            select.setLong(1, journeyId);
            int index = 2;
            if (activity != null) {
                select.setString(index++, activity);
            }
            select.setInt(index, limit);
            return positions(select);
        }
    }

    void savePositions(Connection connection, long journeyId, Collection<StoredPosition> positions)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO journey_participant (journey_id, participant, entries, activity, since, wake_at, entered_at,
                    status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (journey_id, participant) DO UPDATE SET entries = excluded.entries,
                    activity = excluded.activity, since = excluded.since, wake_at = excluded.wake_at,
                    entered_at = excluded.entered_at, status = excluded.status""")) {
            upsert.setLong(1, journeyId);
            for (StoredPosition position : positions) {
                upsert.setString(2, position.participant());
                upsert.setInt(3, position.entries());
                upsert.setString(4, position.activity());
                upsert.setLong(5, position.since());
                setLong(upsert, 6, position.wakeAt());
                upsert.setLong(7, position.enteredAt());
                upsert.setString(8, position.status());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    void insertSteps(Connection connection, long journeyId, Collection<Step> steps) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO journey_step (journey_id, participant, entry, activity, kind, port, job_id, at, why)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, journeyId);
            for (Step step : steps) {
                insert.setString(2, step.participant());
                insert.setInt(3, step.entry());
                insert.setString(4, step.activity());
                insert.setString(5, step.kind().name());
                insert.setString(6, step.port() == null ? null : step.port().name());
                setLong(insert, 7, step.jobId());
                insert.setLong(8, step.at());
                insert.setString(9, step.why());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Participants still in the journey leave it with {@code why} (stopped, completed). Returns how many. */
    int exitAll(Connection connection, long journeyId, long now, String why) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO journey_step (journey_id, participant, entry, activity, kind, at, why)
                SELECT journey_id, participant, entries, activity, 'EXITED', ?, ? FROM journey_participant
                WHERE journey_id = ? AND activity IS NOT NULL""")) {
            insert.setLong(1, now);
            insert.setString(2, why);
            insert.setLong(3, journeyId);
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE journey_participant SET activity = NULL, wake_at = NULL, since = ?, status = ?
                WHERE journey_id = ? AND activity IS NOT NULL""")) {
            update.setLong(1, now);
            update.setString(2, why);
            update.setLong(3, journeyId);
            return update.executeUpdate();
        }
    }

    /** Counts per activity from the history, waiting from the positions, and per outlet. */
    JourneyCounts counts(Connection connection, long journeyId) throws SQLException {
        Map<String, long[]> byActivity = new HashMap<>();
        Map<Outlet, Long> outlets = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT activity, kind, port, count(*) FROM journey_step WHERE journey_id = ?
                GROUP BY kind, activity, port""")) {
            select.setLong(1, journeyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String activity = rows.getString(1);
                    StepKind kind = StepKind.valueOf(rows.getString(2));
                    String port = rows.getString(3);
                    long count = rows.getLong(4);
                    switch (kind) {
                        case ENTERED -> {
                            outlets.merge(Outlet.ENTRY, count, Long::sum);
                            figures(byActivity, activity)[0] += count;
                        }
                        case ARRIVED -> figures(byActivity, activity)[0] += count;
                        case SENT -> figures(byActivity, activity)[1] += count;
                        case EXITED -> {
                            figures(byActivity, activity)[3] += count;
                            if (activity != null && port != null) {
                                outlets.merge(Outlet.of(activity, Port.valueOf(port)), count, Long::sum);
                            }
                        }
                        case LEFT -> {
                            if (activity != null && port != null) {
                                outlets.merge(Outlet.of(activity, Port.valueOf(port)), count, Long::sum);
                            }
                        }
                    }
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT activity, count(*) FROM journey_participant WHERE journey_id = ? AND activity IS NOT NULL
                GROUP BY activity""")) {
            select.setLong(1, journeyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    figures(byActivity, rows.getString(1))[2] += rows.getLong(2);
                }
            }
        }
        Map<String, ActivityCount> activities = new HashMap<>();
        byActivity.forEach((key, figures) -> activities.put(key,
                new ActivityCount(figures[0], figures[1], figures[2], figures[3])));
        return new JourneyCounts(activities, outlets);
    }

    JourneyState stateOf(Connection connection, long journeyId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT state FROM journey WHERE id = ?")) {
            select.setLong(1, journeyId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? JourneyState.valueOf(rows.getString(1)) : null;
            }
        }
    }

    /** Which of these participants the activity sent its message to on their current entry already. */
    Set<String> sentAt(Connection connection, long journeyId, String activity, Collection<StoredPosition> positions)
            throws SQLException {
        Set<String> sent = new java.util.HashSet<>();
        List<StoredPosition> all = List.copyOf(positions);
        Map<String, Integer> entries = new HashMap<>();
        all.forEach(position -> entries.put(position.participant(), position.entries()));
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<StoredPosition> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            // Without statistics SQLite would take the counts index, which holds every message of the activity.
            try (PreparedStatement select = connection.prepareStatement("SELECT participant, entry FROM journey_step "
                    + "INDEXED BY journey_step_send "
                    + "WHERE journey_id = ? AND activity = ? AND kind = 'SENT' AND participant IN ("
                    + SqlText.placeholders(chunk.size()) + ")")) {
                select.setLong(1, journeyId);
                select.setString(2, activity);
                for (int index = 0; index < chunk.size(); index++) {
                    select.setString(index + 3, chunk.get(index).participant());
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (entries.get(rows.getString(1)) == rows.getInt(2)) {
                            sent.add(rows.getString(1));
                        }
                    }
                }
            }
        }
        return sent;
    }

    /** The endpoints a send job has a ledger row for. */
    Set<Long> endpointsInJob(Connection connection, long jobId) throws SQLException {
        Set<Long> keys = new java.util.HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT endpoint_key FROM outbox_message WHERE job_id = ?")) {
            select.setLong(1, jobId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                }
            }
        }
        return keys;
    }

    /** The unfinished send jobs of the journey (queued, running or paused), oldest first. */
    List<Long> unfinishedJobs(Connection connection, long journeyId, String state) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM send_job WHERE journey_id = ? AND state = ? ORDER BY id")) {
            select.setLong(1, journeyId);
            select.setString(2, state);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static long[] figures(Map<String, long[]> byActivity, String activity) {
        return byActivity.computeIfAbsent(activity == null ? "" : activity, key -> new long[4]);
    }

    private static List<StoredPosition> positions(PreparedStatement select) throws SQLException {
        List<StoredPosition> positions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                positions.add(new StoredPosition(rows.getString(1), rows.getInt(2), rows.getString(3), rows.getLong(4),
                        longOrNull(rows, 5), rows.getLong(6), rows.getString(7)));
            }
        }
        return positions;
    }

    private static Long longOrNull(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }
}
