package io.tidings.segment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** SQL for the imported segment an import creates or refreshes: exactly the endpoints it touched. */
public final class ImportedSegmentRepository implements ImportedSegments {

    @Override
    public void checkName(Connection connection, String name) throws SQLException {
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

    @Override
    public Members refresh(Connection connection, String name, Instant now) throws SQLException {
        checkName(connection, name);
        long id;
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO segment (name, type, created_at, updated_at) VALUES (?, 'IMPORTED', ?, ?)
                ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at
                RETURNING id""")) {
            upsert.setString(1, name);
            upsert.setString(2, now.toString());
            upsert.setString(3, now.toString());
            try (var rows = upsert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        try (PreparedStatement empty = connection.prepareStatement("DELETE FROM segment_member WHERE segment_id = ?")) {
            empty.setLong(1, id);
            empty.executeUpdate();
        }
        return new BatchedMembers(id, connection.prepareStatement(
                "INSERT OR IGNORE INTO segment_member (segment_id, endpoint_key) VALUES (?, ?)"));
    }

    private record BatchedMembers(long segmentId, PreparedStatement insert) implements Members {

        @Override
        public void add(long endpointKey) throws SQLException {
            insert.setLong(1, segmentId);
            insert.setLong(2, endpointKey);
            insert.addBatch();
        }

        @Override
        public void flush() throws SQLException {
            insert.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            insert.close();
        }
    }
}
