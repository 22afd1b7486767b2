package io.tidings.workspace;

import io.tidings.store.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** SQL for the one row that says what a workspace is: its id, name, creation time and phone region. */
final class WorkspaceRepository {

    void insert(Connection connection, String id, String name, Instant createdAt) throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT INTO workspace (singleton, id, name, created_at) VALUES (1, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, name);
            insert.setString(3, createdAt.toString());
            insert.executeUpdate();
        }
    }

    void rename(Connection connection, String name) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE workspace SET name = ? WHERE singleton = 1")) {
            update.setString(1, name);
            update.executeUpdate();
        }
    }

    void setDefaultRegion(Connection connection, String region) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE workspace SET default_region = ? WHERE singleton = 1")) {
            update.setString(1, region);
            update.executeUpdate();
        }
    }

    WorkspaceInfo info(Connection connection, Path file) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT id, name, created_at, default_region FROM workspace WHERE singleton = 1")) {
            if (!rows.next()) {
                throw new WorkspaceException(file.getFileName()
                        + " is damaged: it has no workspace record. Was it created by Tidings?");
            }
            return new WorkspaceInfo(
                    rows.getString("id"),
                    rows.getString("name"),
                    file,
                    Migrations.schemaVersion(connection),
                    Instant.parse(rows.getString("created_at")),
                    rows.getString("default_region"));
        }
    }
}
