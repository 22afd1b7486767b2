package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** SQL for the imported segment an import creates or refreshes: exactly the endpoints it touched. */
final class ImportedSegment {

    private ImportedSegment() {
    }

    /** Refuses a name taken by a segment that is not an imported one, before anything is written. */
    static void checkName(Connection connection, String name) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT type FROM segment WHERE name = ?")) {
            find.setString(1, name);
            try (var rows = find.executeQuery()) {
                if (rows.next() && !rows.getString(1).equals("IMPORTED")) {
                    throw new IllegalArgumentException("A dynamic segment is already called \"" + name
                            + "\"; choose another name for the imported segment");
                }
            }
        }
    }

    /** Creates the segment, or empties the existing one of that name; returns its id. */
    static long refresh(Connection connection, String name, Instant now) throws SQLException {
        checkName(connection, name);
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO segment (name, type, created_at, updated_at) VALUES (?, 'IMPORTED', ?, ?)
                ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at
                RETURNING id""")) {
            upsert.setString(1, name);
            upsert.setString(2, now.toString());
            upsert.setString(3, now.toString());
            long id;
            try (var rows = upsert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
            try (PreparedStatement empty = connection.prepareStatement("DELETE FROM segment_member WHERE segment_id = ?")) {
                empty.setLong(1, id);
                empty.executeUpdate();
            }
            return id;
        }
    }
}
