package io.tidings.template;

import io.tidings.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The message templates of one workspace. Content is kept as the template's Pinpoint request
 * JSON (for example an EmailTemplateRequest), one row per saved version.
 */
public final class TemplateService {

    private final Database database;

    public TemplateService(Database database) {
        this.database = database;
    }

    /** Creates a template whose first version is {@code pinpointJson}; returns its id. */
    public long create(String name, TemplateType type, String description, String pinpointJson) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A template needs a name.");
        }
        String now = Instant.now().toString();
        return database.write(connection -> {
            long id;
            try (var insert = connection.prepareStatement("""
                    INSERT INTO template (name, type, description, created_at, updated_at, active_version)
                    VALUES (?, ?, ?, ?, ?, 1) RETURNING id""")) {
                insert.setString(1, name.strip());
                insert.setString(2, type.name());
                insert.setString(3, description);
                insert.setString(4, now);
                insert.setString(5, now);
                try (var rows = insert.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1);
                }
            }
            try (var version = connection.prepareStatement(
                    "INSERT INTO template_version (template_id, version, content, created_at) VALUES (?, 1, ?, ?)")) {
                version.setLong(1, id);
                version.setString(2, pinpointJson);
                version.setString(3, now);
                version.executeUpdate();
            }
            return id;
        });
    }

    public List<TemplateSummary> list() {
        return database.read(connection -> {
            List<TemplateSummary> templates = new ArrayList<>();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("""
                            SELECT id, name, type, description, updated_at, active_version
                            FROM template ORDER BY name""")) {
                while (rows.next()) {
                    templates.add(new TemplateSummary(
                            rows.getLong(1),
                            rows.getString(2),
                            TemplateType.valueOf(rows.getString(3)),
                            rows.getString(4),
                            Instant.parse(rows.getString(5)),
                            rows.getInt(6)));
                }
            }
            return templates;
        });
    }
}
