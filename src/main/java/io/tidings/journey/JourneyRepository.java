package io.tidings.journey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL for journeys and what they use. Callers own the transaction. */
final class JourneyRepository {

    private static final String COLUMNS =
            "id, name, state, definition, layout, version, created_at, updated_at FROM journey";

    List<Journey> list(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " ORDER BY name COLLATE NOCASE")) {
            return journeys(select);
        }
    }

    Optional<Journey> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " WHERE id = ?")) {
            select.setLong(1, id);
            return journeys(select).stream().findFirst();
        }
    }

    Optional<Journey> findByName(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " WHERE name = ?")) {
            select.setString(1, name.strip());
            return journeys(select).stream().findFirst();
        }
    }

    long insert(Connection connection, String name, JourneyGraph graph, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO journey (name, definition, layout, state, version, created_at, updated_at)
                VALUES (?, ?, ?, 'DRAFT', 1, ?, ?) RETURNING id""")) {
            insert.setString(1, name);
            insert.setString(2, JourneyJson.write(null, graph, JourneyAssets.BY_ID, false));
            insert.setString(3, JourneyJson.writeLayout(graph.layout()));
            insert.setString(4, now.toString());
            insert.setString(5, now.toString());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        saveUses(connection, id, graph);
        return id;
    }

    /** Saves the graph over {@code version}; false when the stored journey is not at that version any more. */
    boolean update(Connection connection, long id, int version, JourneyGraph graph, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE journey SET definition = ?, layout = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ?""")) {
            update.setString(1, JourneyJson.write(null, graph, JourneyAssets.BY_ID, false));
            update.setString(2, JourneyJson.writeLayout(graph.layout()));
            update.setString(3, now.toString());
            update.setLong(4, id);
            update.setInt(5, version);
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        saveUses(connection, id, graph);
        return true;
    }

    void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM journey WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    /** The names of the live journeys (not stopped or completed) that use the segment. */
    List<String> liveJourneysWithSegment(Connection connection, long segmentId) throws SQLException {
        return names(connection, "journey_segment", "segment_id", segmentId);
    }

    List<String> liveJourneysWithTemplate(Connection connection, long templateId) throws SQLException {
        return names(connection, "journey_template", "template_id", templateId);
    }

    private static List<String> names(Connection connection, String table, String column, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT j.name FROM journey j JOIN " + table
                + " u ON u.journey_id = j.id WHERE u." + column + " = ? AND j.state NOT IN ('STOPPED', 'COMPLETED') "
                + "ORDER BY j.name COLLATE NOCASE")) {
            select.setLong(1, id);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    private static void saveUses(Connection connection, long id, JourneyGraph graph) throws SQLException {
        replace(connection, "journey_segment", "segment_id", id, JourneyUses.segmentsOf(graph));
        replace(connection, "journey_template", "template_id", id, JourneyUses.templatesOf(graph));
    }

    private static void replace(Connection connection, String table, String column, long id, Set<Long> used)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE journey_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (journey_id, " + column
                + ") VALUES (?, ?)")) {
            for (long value : new LinkedHashSet<>(used)) {
                insert.setLong(1, id);
                insert.setLong(2, value);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Journey> journeys(PreparedStatement select) throws SQLException {
        List<Journey> journeys = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                JourneyGraph graph = JourneyJson.readStored(rows.getString("definition")).graph()
                        .withLayout(JourneyJson.readLayout(rows.getString("layout")));
                journeys.add(new Journey(rows.getLong("id"), rows.getString("name"),
                        JourneyState.valueOf(rows.getString("state")), graph, rows.getInt("version"),
                        Instant.parse(rows.getString("created_at")), Instant.parse(rows.getString("updated_at"))));
            }
        }
        return journeys;
    }
}
