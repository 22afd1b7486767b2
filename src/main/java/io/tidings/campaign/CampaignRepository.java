package io.tidings.campaign;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** SQL for campaigns, the templates they use and their runs. Callers own the transaction. */
final class CampaignRepository {

    private static final String COLUMNS =
            "id, name, description, definition, state, next_run_at, created_at, updated_at FROM campaign";

    /** A run as stored: its job once created, or why it has none. */
    record RunRow(long id, long campaignId, Instant scheduledAt, Long jobId, String problem) {
    }

    List<Campaign> list(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " ORDER BY name COLLATE NOCASE")) {
            return campaigns(select);
        }
    }

    Optional<Campaign> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " WHERE id = ?")) {
            select.setLong(1, id);
            return campaigns(select).stream().findFirst();
        }
    }

    Optional<Campaign> findByName(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " WHERE name = ?")) {
            select.setString(1, name.strip());
            return campaigns(select).stream().findFirst();
        }
    }

    /** Campaigns in one of {@code states} whose next run is due at or before {@code until}, earliest first. */
    List<Campaign> dueBy(Connection connection, Collection<CampaignState> states, Instant until) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " WHERE state IN ("
                + quoted(states) + ") AND next_run_at IS NOT NULL AND next_run_at <= ? ORDER BY next_run_at, id")) {
            select.setLong(1, until.toEpochMilli());
            return campaigns(select);
        }
    }

    List<Campaign> inStates(Connection connection, Collection<CampaignState> states) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " WHERE state IN ("
                + quoted(states) + ") ORDER BY id")) {
            return campaigns(select);
        }
    }

    boolean nameTaken(Connection connection, String name, long except) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM campaign WHERE name = ? AND id <> ?")) {
            select.setString(1, name);
            select.setLong(2, except);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    long insert(Connection connection, String name, String description, CampaignDefinition definition, Instant now)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO campaign (name, description, definition, state, segment_id, created_at, updated_at)
                VALUES (?, ?, ?, 'DRAFT', ?, ?, ?) RETURNING id""")) {
            insert.setString(1, name);
            insert.setString(2, description);
            insert.setString(3, CampaignJson.write(null, null, definition, CampaignAssets.BY_ID));
            setLong(insert, 4, definition.segmentId());
            insert.setString(5, now.toString());
            insert.setString(6, now.toString());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        replaceTemplates(connection, id, definition);
        return id;
    }

    /** Whether the campaign's emails get tracked links and the open pixel (migration 026); true when it is gone. */
    boolean tracksOpensAndClicks(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT track_opens_and_clicks FROM campaign WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return !rows.next() || rows.getInt(1) != 0;
            }
        }
    }

    void trackOpensAndClicks(Connection connection, long id, boolean on) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE campaign SET track_opens_and_clicks = ? WHERE id = ?")) {
            update.setInt(1, on ? 1 : 0);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    void update(Connection connection, long id, String name, String description, CampaignDefinition definition,
            Instant nextRunAt, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE campaign SET name = ?, description = ?, definition = ?, segment_id = ?, next_run_at = ?,
                updated_at = ? WHERE id = ?""")) {
            update.setString(1, name);
            update.setString(2, description);
            update.setString(3, CampaignJson.write(null, null, definition, CampaignAssets.BY_ID));
            setLong(update, 4, definition.segmentId());
            setInstant(update, 5, nextRunAt);
            update.setString(6, now.toString());
            update.setLong(7, id);
            update.executeUpdate();
        }
        replaceTemplates(connection, id, definition);
    }

    /**
     * Moves the campaign from one of {@code from} to {@code to} with its next run, provided its next run is still
     * {@code expectedNextRun} when that is given; returns whether it did (false: another thread or program got there
     * first).
     */
    boolean changeState(Connection connection, long id, Collection<CampaignState> from, Instant expectedNextRun,
            CampaignState to, Instant nextRunAt, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE campaign SET state = ?, next_run_at = ?, "
                + "updated_at = ? WHERE id = ? AND state IN (" + quoted(from) + ")"
                + (expectedNextRun == null ? "" : " AND next_run_at = ?"))) {
            update.setString(1, to.name());
            setInstant(update, 2, nextRunAt);
            update.setString(3, now.toString());
            update.setLong(4, id);
            if (expectedNextRun != null) {
                update.setLong(5, expectedNextRun.toEpochMilli());
            }
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Moves the campaign from {@code from} to {@code to}, leaving its next run as it is; with {@code onlyWithoutNextRun},
     * only when it has none. Returns whether it did.
     */
    boolean changeStateOnly(Connection connection, long id, CampaignState from, CampaignState to,
            boolean onlyWithoutNextRun, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE campaign SET state = ?, updated_at = ? "
                + "WHERE id = ? AND state = ?" + (onlyWithoutNextRun ? " AND next_run_at IS NULL" : ""))) {
            update.setString(1, to.name());
            update.setString(2, now.toString());
            update.setLong(3, id);
            update.setString(4, from.name());
            return update.executeUpdate() == 1;
        }
    }

    void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM campaign WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** Records a run of the campaign due at {@code scheduledAt}; empty when that run is recorded already. */
    Optional<Long> insertRun(Connection connection, long campaignId, Instant scheduledAt, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO campaign_run (campaign_id, scheduled_at, created_at) VALUES (?, ?, ?)
                ON CONFLICT (campaign_id, scheduled_at) DO NOTHING RETURNING id""")) {
            insert.setLong(1, campaignId);
            insert.setLong(2, scheduledAt.toEpochMilli());
            insert.setString(3, now.toString());
            try (ResultSet rows = insert.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    void linkRun(Connection connection, long runId, long jobId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE campaign_run SET job_id = ? WHERE id = ?")) {
            update.setLong(1, jobId);
            update.setLong(2, runId);
            update.executeUpdate();
        }
    }

    void runProblem(Connection connection, long runId, String problem) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE campaign_run SET problem = ? WHERE id = ?")) {
            update.setString(1, problem);
            update.setLong(2, runId);
            update.executeUpdate();
        }
    }

    void deleteRun(Connection connection, long runId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM campaign_run WHERE id = ?")) {
            delete.setLong(1, runId);
            delete.executeUpdate();
        }
    }

    List<RunRow> runs(Connection connection, long campaignId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, campaign_id, scheduled_at, job_id, "
                + "problem FROM campaign_run WHERE campaign_id = ? ORDER BY scheduled_at, id")) {
            select.setLong(1, campaignId);
            return runs(select);
        }
    }

    /** Runs claimed but neither given a job nor a problem: Tidings stopped between the two. */
    List<RunRow> runsWithoutJob(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, campaign_id, scheduled_at, job_id, "
                + "problem FROM campaign_run WHERE job_id IS NULL AND problem IS NULL ORDER BY scheduled_at, id")) {
            return runs(select);
        }
    }

    /** The names of the campaigns still to send (neither completed nor cancelled) that target the segment. */
    List<String> liveCampaignsWithSegment(Connection connection, long segmentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT name FROM campaign WHERE segment_id = ? "
                + "AND state NOT IN ('COMPLETED', 'CANCELLED') ORDER BY name COLLATE NOCASE")) {
            select.setLong(1, segmentId);
            return strings(select);
        }
    }

    /** The names of the campaigns still to send that send the template. */
    List<String> liveCampaignsWithTemplate(Connection connection, long templateId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT c.name FROM campaign c JOIN campaign_template t "
                + "ON t.campaign_id = c.id WHERE t.template_id = ? AND c.state NOT IN ('COMPLETED', 'CANCELLED') "
                + "ORDER BY c.name COLLATE NOCASE")) {
            select.setLong(1, templateId);
            return strings(select);
        }
    }

    /** Messages of the jobs with at least one event of the given types (opened, clicked). */
    long messagesWithEvent(Connection connection, Collection<Long> jobIds, Collection<String> eventTypes)
            throws SQLException {
        if (jobIds.isEmpty()) {
            return 0;
        }
        String jobs = jobIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String types = eventTypes.stream().map(type -> "?").collect(Collectors.joining(","));
        try (PreparedStatement select = connection.prepareStatement("SELECT count(DISTINCT message_id) FROM event "
                + "WHERE job_id IN (" + jobs + ") AND event_type IN (" + types + ")")) {
            int index = 1;
            for (String type : eventTypes) {
                select.setString(index++, type);
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    private void replaceTemplates(Connection connection, long id, CampaignDefinition definition) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM campaign_template WHERE campaign_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO campaign_template (campaign_id, template_id) VALUES (?, ?)")) {
            for (long templateId : definition.templateIds()) {
                insert.setLong(1, id);
                insert.setLong(2, templateId);
                insert.executeUpdate();
            }
        }
    }

    private static List<Campaign> campaigns(PreparedStatement select) throws SQLException {
        List<Campaign> campaigns = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long nextRun = rows.getLong("next_run_at");
                Instant next = rows.wasNull() ? null : Instant.ofEpochMilli(nextRun);
                CampaignDefinition definition = CampaignJson.read(rows.getString("definition"), CampaignAssets.BY_ID)
                        .definition();
                campaigns.add(new Campaign(rows.getLong("id"), rows.getString("name"), rows.getString("description"),
                        definition, CampaignState.valueOf(rows.getString("state")), next,
                        Instant.parse(rows.getString("created_at")), Instant.parse(rows.getString("updated_at"))));
            }
        }
        return campaigns;
    }

    private static List<RunRow> runs(PreparedStatement select) throws SQLException {
        List<RunRow> runs = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long job = rows.getLong(4);
                Long jobId = rows.wasNull() ? null : job;
                runs.add(new RunRow(rows.getLong(1), rows.getLong(2), Instant.ofEpochMilli(rows.getLong(3)), jobId,
                        rows.getString(5)));
            }
        }
        return runs;
    }

    private static List<String> strings(PreparedStatement select) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String quoted(Collection<CampaignState> states) {
        return EnumSet.copyOf(states).stream().map(state -> "'" + state.name() + "'").collect(Collectors.joining(","));
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setLong(index, value.toEpochMilli());
        }
    }
}
