package io.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void aNewFileGetsEverySchemaStepRecordedOnce() {
        try (Database database = Database.open(folder.resolve("new.tidings"))) {
            int applied = Migrations.migrate(database);

            assertThat(applied).isEqualTo(Migrations.ALL.size());
            assertThat(version(database)).isEqualTo(Migrations.latestVersion());
            assertThat(applicationId(database)).isEqualTo(Database.APPLICATION_ID);
            assertThat(strings(database, "SELECT name FROM schema_migration ORDER BY version"))
                    .containsExactly("workspace", "audience", "template", "segment", "segment-version", "delivery",
                            "delivery-policies",
                            "channel-account",
                            "sandbox",
                            "sms-feedback",
                            "attribute-columns",
                            "job-account",
                            "campaign-runs",
                            "campaign",
                            "analytics",
                            "api-keys", "triggered-campaigns",
                            "analytics-dashboards",
                            "journey",
                            "journey-run",
                            "journey-events",
                            "analytics-journeys-tracking",
                            "custom-messages",
                            "journey-failures",
                            "endpoint-sets",
                            "event-import-indexes",
                            "custom-message-channel",
                            "endpoint-daily-rows",
                            "event-day-index");
            assertThat(strings(database, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                    .contains("workspace", "endpoint", "attribute_name", "template", "template_version")
                    .doesNotContain("endpoint_attribute", "endpoint_metric");
        }
    }

    @Test
    void migratingAgainChangesNothing() {
        Path file = folder.resolve("twice.tidings");
        try (Database database = Database.open(file)) {
            Migrations.migrate(database);
        }
        try (Database database = Database.open(file)) {
            assertThat(Migrations.migrate(database)).isZero();
            assertThat(strings(database, "SELECT version FROM schema_migration"))
                    .hasSize(Migrations.ALL.size());
        }
    }

    @Test
    void anOlderFileIsBroughtUpToDateStepByStep() {
        Path file = folder.resolve("old.tidings");
        try (Database database = Database.open(file)) {
            Migrations.migrateTo(database, 1);
            assertThat(version(database)).isEqualTo(1);
        }
        try (Database database = Database.open(file)) {
            assertThat(Migrations.migrate(database)).isEqualTo(Migrations.ALL.size() - 1);
            assertThat(version(database)).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void customMessagesAreLetIntoTheChannelColumnsOfAnOlderFileWithItsRowsKept() {
        Path file = folder.resolve("before-custom.tidings");
        try (Database database = Database.open(file)) {
            Migrations.migrateTo(database, 26);
            database.write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO send_job (id, name, channel, template_version, created_at) "
                            + "VALUES (1, 'Before', 'EMAIL', 1, '2026-01-01T00:00:00Z')");
                    statement.execute("INSERT INTO outbox_message (job_id, endpoint_key) VALUES (1, 7)");
                }
                return null;
            });
            assertThatThrownBy(() -> database.write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO send_job (name, channel, template_version, created_at) "
                            + "VALUES ('Webhook', 'CUSTOM', 0, '2026-01-01T00:00:00Z')");
                }
                return null;
            })).hasMessageContaining("CHECK");
        }
        try (Database database = Database.open(file)) {
            assertThat(Migrations.migrate(database)).isEqualTo(Migrations.ALL.stream()
                    .filter(migration -> migration.version() > 26).count());
            database.write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO send_job (name, channel, template_version, created_at) "
                            + "VALUES ('Webhook', 'CUSTOM', 0, '2026-01-01T00:00:00Z')");
                    statement.execute("INSERT INTO channel_account (channel, account, updated_at) "
                            + "VALUES ('CUSTOM', '{\"provider\":\"webhook\",\"webhook\":{}}', '2026-01-01')");
                    statement.execute("INSERT INTO sandbox_message (channel, address, created_at) "
                            + "VALUES ('CUSTOM', 'https://hooks.example.com/t', '2026-01-01')");
                    statement.execute("INSERT INTO suppressed_address (channel, address, reason, created_at) "
                            + "VALUES ('CUSTOM', 'https://hooks.example.com/t', 'test', '2026-01-01')");
                }
                return null;
            });
            assertThat(strings(database, "SELECT channel FROM send_job ORDER BY id")).containsExactly("EMAIL", "CUSTOM");
            assertThat(strings(database, "SELECT job_id FROM outbox_message")).containsExactly("1");
            assertThat(strings(database, "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(strings(database, "PRAGMA foreign_key_check")).isEmpty();
            assertThatThrownBy(() -> database.write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO send_job (name, channel, template_version, created_at) "
                            + "VALUES ('Fax', 'FAX', 0, '2026-01-01T00:00:00Z')");
                }
                return null;
            })).as("the check is wider, not gone").hasMessageContaining("CHECK");
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Database database = Database.open(folder.resolve("atomic.tidings"))) {
            Migrations.migrate(database);
            assertThatThrownBy(() -> database.write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO workspace_setting (key, value) VALUES ('a', '1')");
                    statement.execute("INSERT INTO workspace_setting (key, value) VALUES ('a', '2')");
                }
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");

            assertThat(strings(database, "SELECT key FROM workspace_setting")).doesNotContain("a");
        }
    }

    @Test
    void aNewFileHasLargePagesAndAnOlderFileKeepsItsOwn() throws SQLException {
        Path older = folder.resolve("small-pages.tidings");
        try (Connection plain = java.sql.DriverManager.getConnection("jdbc:sqlite:" + older);
                var statement = plain.createStatement()) {
            statement.execute("PRAGMA page_size = 4096");
            statement.execute("PRAGMA journal_mode = WAL");
        }
        try (Database database = Database.open(older)) {
            Migrations.migrate(database);
            assertThat(strings(database, "PRAGMA page_size")).containsExactly("4096");
            assertThat(strings(database, "SELECT count(*) FROM endpoint")).containsExactly("0");
        }
        try (Database database = Database.open(folder.resolve("new.tidings"))) {
            Migrations.migrate(database);
            assertThat(strings(database, "PRAGMA page_size")).containsExactly(String.valueOf(Database.PAGE_SIZE));
        }
    }

    @Test
    void scriptsSplitIntoStatementsKeepingTriggersWhole() {
        List<String> statements = SqlScript.statements("""
                -- a comment
                CREATE TABLE a (x INTEGER);
                CREATE TRIGGER a_check AFTER INSERT ON a
                BEGIN
                    SELECT 1;
                    SELECT 2;
                END;
                CREATE INDEX a_x ON a (x);
                """);

        assertThat(statements).hasSize(3);
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;").contains("SELECT 2;");
    }

    private static int version(Database database) {
        return database.read(Migrations::schemaVersion);
    }

    private static int applicationId(Database database) {
        return database.read(Migrations::applicationId);
    }

    private static List<String> strings(Database database, String sql) {
        return database.read(connection -> strings(connection, sql));
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
