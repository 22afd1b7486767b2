package io.tidings.template;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for templates and their versions. Runs inside the caller's transaction. */
final class TemplateRepository {

    private static final String SUMMARY_COLUMNS = "id, name, type, description, updated_at, active_version";

    List<TemplateSummary> list(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM template ORDER BY name")) {
            return summaries(statement);
        }
    }

    Optional<TemplateSummary> summary(Connection connection, long id) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM template WHERE id = ?")) {
            statement.setLong(1, id);
            return summaries(statement).stream().findFirst();
        }
    }

    Optional<TemplateSummary> summaryByName(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM template WHERE name = ?")) {
            statement.setString(1, name.strip());
            return summaries(statement).stream().findFirst();
        }
    }

    long insert(Connection connection, String name, TemplateContent content, String description, Instant now)
            throws SQLException {
        requireFreeName(connection, name, -1);
        long id;
        try (var insert = connection.prepareStatement("""
                INSERT INTO template (name, type, description, created_at, updated_at, active_version)
                VALUES (?, ?, ?, ?, ?, 1) RETURNING id""")) {
            insert.setString(1, name.strip());
            insert.setString(2, content.type().name());
            insert.setString(3, description);
            insert.setString(4, now.toString());
            insert.setString(5, now.toString());
            try (var rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        insertVersion(connection, id, 1, content, now);
        return id;
    }

    /** Adds the next version and makes it active; returns its number. */
    int addVersion(Connection connection, long id, TemplateContent content, Instant now) throws SQLException {
        int next;
        try (var select = connection.prepareStatement(
                "SELECT coalesce(max(version), 0) + 1 FROM template_version WHERE template_id = ?")) {
            select.setLong(1, id);
            try (var rows = select.executeQuery()) {
                rows.next();
                next = rows.getInt(1);
            }
        }
        insertVersion(connection, id, next, content, now);
        activate(connection, id, next, now);
        return next;
    }

    void activate(Connection connection, long id, int version, Instant now) throws SQLException {
        try (var update = connection.prepareStatement(
                "UPDATE template SET active_version = ?, updated_at = ? WHERE id = ?")) {
            update.setInt(1, version);
            update.setString(2, now.toString());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    Optional<String> content(Connection connection, long id, int version) throws SQLException {
        try (var select = connection.prepareStatement(
                "SELECT content FROM template_version WHERE template_id = ? AND version = ?")) {
            select.setLong(1, id);
            select.setInt(2, version);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    List<TemplateVersion> versions(Connection connection, long id) throws SQLException {
        try (var select = connection.prepareStatement("""
                SELECT v.version, v.created_at, v.version = t.active_version
                FROM template_version v JOIN template t ON t.id = v.template_id
                WHERE v.template_id = ? ORDER BY v.version DESC""")) {
            select.setLong(1, id);
            List<TemplateVersion> versions = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(new TemplateVersion(rows.getInt(1), Instant.parse(rows.getString(2)), rows.getBoolean(3)));
                }
            }
            return versions;
        }
    }

    void rename(Connection connection, long id, String name, Instant now) throws SQLException {
        requireFreeName(connection, name, id);
        try (var update = connection.prepareStatement("UPDATE template SET name = ?, updated_at = ? WHERE id = ?")) {
            update.setString(1, name.strip());
            update.setString(2, now.toString());
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    void updateDescription(Connection connection, long id, String description) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE template SET description = ? WHERE id = ?")) {
            update.setString(1, description);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    boolean delete(Connection connection, long id) throws SQLException {
        try (var delete = connection.prepareStatement("DELETE FROM template WHERE id = ?")) {
            delete.setLong(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    private void requireFreeName(Connection connection, String name, long exceptId) throws SQLException {
        Optional<TemplateSummary> existing = summaryByName(connection, name);
        if (existing.isPresent() && existing.get().id() != exceptId) {
            throw new IllegalArgumentException("A template named \"" + existing.get().name() + "\" already exists.");
        }
    }

    private void insertVersion(Connection connection, long id, int version, TemplateContent content, Instant now)
            throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT INTO template_version (template_id, version, content, created_at) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, version);
            insert.setString(3, content.toJson());
            insert.setString(4, now.toString());
            insert.executeUpdate();
        }
    }

    private static List<TemplateSummary> summaries(PreparedStatement statement) throws SQLException {
        List<TemplateSummary> templates = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                templates.add(new TemplateSummary(rows.getLong(1), rows.getString(2),
                        TemplateType.valueOf(rows.getString(3)), rows.getString(4), Instant.parse(rows.getString(5)),
                        rows.getInt(6)));
            }
        }
        return templates;
    }
}
