package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose imported webhook calls ({@code _custom.*} events) were rolled up before they had a channel (''),
 * beside the engine's own calls already under CUSTOM: after the upgrade (migration 33) its Analytics channels show them
 * all as "Custom (webhook)", the same group's counts added together, and nothing else moved.
 */
class CustomChannelMigrationTest {

    private static final DateRange MARCH = new DateRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));

    @TempDir
    Path folder;

    @Test
    void theWebhookCallsRolledUpWithoutAChannelCountAsCustomAfterTheUpgrade() {
        Path file = folder.resolve("before.tidings");
        try (Database old = Database.open(file)) {
            Migrations.migrateTo(old, 32);
            old.write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("INSERT INTO workspace (singleton, id, name, created_at) "
                            + "VALUES (1, 'w-1', 'Before custom figures', '2026-03-01T00:00:00Z')");
                }
                try (var daily = connection.prepareStatement("INSERT INTO event_daily (day, event_type, channel, "
                        + "campaign_id, campaign_activity_id, treatment_id, journey_id, journey_activity_id, events) "
                        + "VALUES (?, ?, ?, '', '', '', ?, 'hook', ?)")) {
                    // The engine's calls of journey 7: the trigger named their job's channel.
                    row(daily, "2026-03-02", "_custom.send", "CUSTOM", "7", 3);
                    row(daily, "2026-03-02", "_custom.delivered", "CUSTOM", "7", 3);
                    // The same journey's imported calls that day, and another journey's, without a channel.
                    row(daily, "2026-03-02", "_custom.send", "", "7", 5);
                    row(daily, "2026-03-02", "_custom.delivered", "", "7", 5);
                    row(daily, "2026-03-02", "_custom.failure", "", "7", 2);
                    row(daily, "2026-03-03", "_custom.send", "", "imported-9", 4);
                    row(daily, "2026-03-03", "_custom.delivered", "", "imported-9", 4);
                    // An app's own event has no channel, and keeps none; an email is untouched.
                    row(daily, "2026-03-03", "level_complete", "", "", 6);
                    row(daily, "2026-03-03", "_email.send", "EMAIL", "", 10);
                    daily.executeBatch();
                }
                return null;
            });
        }

        try (OpenedWorkspace upgraded = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .open(file)) {
            ScopeReport report = upgraded.analytics().report(AnalyticsSubject.ALL_MESSAGES, MARCH, AbKpi.CLICK_RATE);

            assertThat(report.channels()).extracting(GroupResult::label).containsExactly("Custom (webhook)", "Email");
            MessageKpis custom = report.channels().get(0).kpis();
            assertThat(custom.messagesSent()).isEqualTo(3 + 5 + 4);
            assertThat(custom.delivered()).isEqualTo(3 + 5 + 4);
            assertThat(custom.failed()).isEqualTo(2);
            assertThat(report.total().messagesSent()).isEqualTo(12 + 10);
            assertThat(report.daily().get(1).sent()).isEqualTo(8);
            assertThat(rows(upgraded, "SELECT day || ' ' || event_type || ' ' || channel || ' ' || journey_id || ' ' "
                    + "|| events FROM event_daily ORDER BY day, event_type, journey_id")).containsExactly(
                            "2026-03-02 _custom.delivered CUSTOM 7 8",
                            "2026-03-02 _custom.failure CUSTOM 7 2",
                            "2026-03-02 _custom.send CUSTOM 7 8",
                            "2026-03-03 _custom.delivered CUSTOM imported-9 4",
                            "2026-03-03 _custom.send CUSTOM imported-9 4",
                            "2026-03-03 _email.send EMAIL  10",
                            "2026-03-03 level_complete   6");
        }
    }

    private static void row(java.sql.PreparedStatement daily, String day, String type, String channel, String journey,
            long events) throws java.sql.SQLException {
        daily.setString(1, day);
        daily.setString(2, type);
        daily.setString(3, channel);
        daily.setString(4, journey);
        daily.setLong(5, events);
        daily.addBatch();
    }

    private static List<String> rows(OpenedWorkspace workspace, String sql) {
        return workspace.workspace().database().read(connection -> {
            List<String> rows = new ArrayList<>();
            try (var query = connection.prepareStatement(sql); var result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        });
    }
}
