package io.tidings.segment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for saved segments and their versions. Callers own the transaction. */
final class SegmentRepository {

    private static final String COLUMNS = "s.id, s.name, s.type, s.definition, "
            + "(SELECT coalesce(max(v.version), 0) FROM segment_version v WHERE v.segment_id = s.id), s.created_at, s.updated_at";

    List<Segment> list(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM segment s ORDER BY s.name COLLATE NOCASE")) {
            return segments(select);
        }
    }

    Optional<Segment> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM segment s WHERE s.id = ?")) {
            select.setLong(1, id);
            return segments(select).stream().findFirst();
        }
    }

    Optional<Segment> findByName(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM segment s WHERE s.name = ?")) {
            select.setString(1, name.strip());
            return segments(select).stream().findFirst();
        }
    }

    long insertDynamic(Connection connection, String name, SegmentDefinition definition, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO segment (name, type, definition, created_at, updated_at) VALUES (?, 'DYNAMIC', ?, ?, ?)
                RETURNING id""")) {
            insert.setString(1, name);
            insert.setString(2, SegmentJson.write(definition));
            insert.setString(3, now.toString());
            insert.setString(4, now.toString());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        addVersion(connection, id, definition, now);
        return id;
    }

    int addVersion(Connection connection, long id, SegmentDefinition definition, Instant now) throws SQLException {
        String json = SegmentJson.write(definition);
        int version;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO segment_version (segment_id, version, definition, created_at)
                VALUES (?, (SELECT coalesce(max(version), 0) + 1 FROM segment_version WHERE segment_id = ?), ?, ?)
                RETURNING version""")) {
            insert.setLong(1, id);
            insert.setLong(2, id);
            insert.setString(3, json);
            insert.setString(4, now.toString());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                version = rows.getInt(1);
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE segment SET definition = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, json);
            update.setString(2, now.toString());
            update.setLong(3, id);
            update.executeUpdate();
        }
        return version;
    }

    List<SegmentVersion> versions(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version, definition, created_at FROM segment_version WHERE segment_id = ? ORDER BY version DESC")) {
            select.setLong(1, id);
            List<SegmentVersion> versions = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(new SegmentVersion(rows.getInt(1), SegmentJson.read(rows.getString(2)),
                            Instant.parse(rows.getString(3))));
                }
            }
            return versions;
        }
    }

    void rename(Connection connection, long id, String name, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE segment SET name = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setString(2, now.toString());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    long copyImportedMembers(Connection connection, long from, String name, Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO segment (name, type, created_at, updated_at) VALUES (?, 'IMPORTED', ?, ?) RETURNING id""")) {
            insert.setString(1, name);
            insert.setString(2, now.toString());
            insert.setString(3, now.toString());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        try (PreparedStatement copy = connection.prepareStatement(
                "INSERT INTO segment_member (segment_id, endpoint_key) SELECT ?, endpoint_key FROM segment_member WHERE segment_id = ?")) {
            copy.setLong(1, id);
            copy.setLong(2, from);
            copy.executeUpdate();
        }
        return id;
    }

    void delete(Connection connection, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM segment WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    boolean nameTaken(Connection connection, String name, long exceptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM segment WHERE name = ? AND id <> ?")) {
            select.setString(1, name);
            select.setLong(2, exceptId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static List<Segment> segments(PreparedStatement select) throws SQLException {
        List<Segment> segments = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                SegmentType type = SegmentType.valueOf(rows.getString(3));
                String json = rows.getString(4);
                SegmentDefinition definition = null;
                String problem = null;
                if (type == SegmentType.DYNAMIC) {
                    // One segment whose criteria cannot be read must not keep the others from being listed.
                    try {
                        definition = SegmentJson.read(json == null ? "null" : json);
                    } catch (InvalidSegmentException unreadable) {
                        problem = "its saved criteria cannot be read (" + inSentence(unreadable.getMessage()) + ")";
                    }
                }
                segments.add(new Segment(rows.getLong(1), rows.getString(2), type, definition, rows.getInt(5),
                        Instant.parse(rows.getString(6)), Instant.parse(rows.getString(7)), problem));
            }
        }
        return segments;
    }

    /** A message as a part of a longer sentence: no capital letter at its start, no full stop at its end. */
    private static String inSentence(String message) {
        String trimmed = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return trimmed.isEmpty() ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
    }
}
