package io.tidings.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace schema's history, oldest first, and the runner that brings a file up to date.
 *
 * <p>Each migration runs in its own transaction together with the record of it, so a crash
 * leaves the file at the previous version, never between two. A new migration goes at the end of
 * {@link #ALL}; published migrations are never edited.
 */
public final class Migrations {

    public static final List<Migration> ALL = List.of(
            new Migration(1, "workspace"),
            new Migration(2, "audience"),
            new Migration(3, "template"),
            new Migration(4, "segment"),
            new Migration(5, "segment-version"),
            new Migration(6, "delivery"),
            new Migration(7, "delivery-policies"),
            new Migration(8, "channel-account"),
            new Migration(9, "sandbox"),
            new Migration(10, "sms-feedback"),
            new Migration(11, "attribute-columns", AttributeColumns::moveValuesIntoColumns),
            new Migration(12, "job-account"),
            new Migration(13, "campaign-runs"),
            new Migration(14, "campaign"),
            new Migration(15, "analytics"),
            new Migration(17, "api-keys"),
            new Migration(18, "triggered-campaigns"),
            new Migration(19, "analytics-dashboards"),
            new Migration(22, "journey"),
            new Migration(23, "journey-run"),
            new Migration(24, "journey-events"),
            new Migration(26, "analytics-journeys-tracking"),
            new Migration(27, "custom-messages", ChannelChecks::allowCustom),
            new Migration(29, "journey-failures"),
            new Migration(30, "endpoint-sets", EndpointSets::buildFromDailyRows),
            new Migration(32, "event-import-indexes"),
            new Migration(33, "custom-message-channel"),
            new Migration(34, "endpoint-daily-rows"),
            new Migration(35, "event-day-index"));

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /** The schema version this build of Tidings writes. */
    public static int latestVersion() {
        return ALL.get(ALL.size() - 1).version();
    }

    /** Applies every migration newer than the file's schema version; returns how many ran. */
    public static int migrate(Database database) {
        return migrateTo(database, latestVersion());
    }

    /** Applies the migrations after the file's version up to {@code target}; returns how many ran. */
    public static int migrateTo(Database database, int target) {
        int current = database.read(Migrations::schemaVersion);
        int applied = 0;
        for (Migration migration : ALL) {
            if (migration.version() > current && migration.version() <= target) {
                apply(database, migration);
                applied++;
            }
        }
        return applied;
    }

    /** The file's schema version ({@code PRAGMA user_version}); 0 for a new, empty file. */
    public static int schemaVersion(Connection connection) throws SQLException {
        return intPragma(connection, "user_version");
    }

    public static int applicationId(Connection connection) throws SQLException {
        return intPragma(connection, "application_id");
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static void apply(Database database, Migration migration) {
        List<String> statements = SqlScript.statements(load(migration));
        database.write(connection -> {
            try (var statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
                if (migration.step() != null) {
                    migration.step().run(connection);
                }
                statement.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
                statement.execute("PRAGMA user_version = " + migration.version());
            }
            try (var record = connection.prepareStatement(
                    "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)")) {
                record.setInt(1, migration.version());
                record.setString(2, migration.name());
                record.setString(3, Instant.now().toString());
                record.executeUpdate();
            }
            return null;
        });
        LOG.info("Applied migration {} ({}) to {}", migration.version(), migration.name(), database.file());
    }

    private static String load(Migration migration) {
        try (InputStream in = Migrations.class.getResourceAsStream(migration.resourceName())) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + migration.resourceName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read migration script " + migration.resourceName(), e);
        }
    }
}
