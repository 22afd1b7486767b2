package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large import builds the timestamp index at its end instead of row by row: it is there afterwards, the KPIs count
 * right, and an import stopped by a bad line leaves it (and everything else) as it was.
 */
class LargeEventImportTest {


    @TempDir
    Path folder;

    private OpenedWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("large.tidings"), "Large");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** 60,000 deliveries of campaigns c0 and c1 to endpoints e0 to e999 on 1 to 10 May; a bad last line if asked. */
    private Path file(boolean badLastLine) throws Exception {
        Path file = folder.resolve(badLastLine ? "bad.ndjson" : "good.ndjson");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int index = 0; index < 60_000; index++) {
                out.write(("{\"event_type\":\"_email.delivered\",\"event_timestamp\":%d,\"client\":{\"client_id\":\"e%d\"},"
                        + "\"attributes\":{\"campaign_id\":\"c%d\",\"campaign_activity_id\":\"r%d\",\"treatment_id\":\"0\"},"
                        + "\"padding\":\"%s\"}\n").formatted(1714521600000L + (index % 10) * 86_400_000L, index % 1000,
                        index % 2, index % 2, "x".repeat(150)));
            }
            if (badLastLine) {
                out.write("{\"event_type\":\"_email.delivered\",\"event_timestamp\":\"soon\"}\n");
            }
        }
        return file;
    }

    private List<String> eventIndexes() {
        return workspace.workspace().database().read(connection -> {
            List<String> names = new java.util.ArrayList<>();
            try (var rows = connection.prepareStatement("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                    + "tbl_name = 'event' ORDER BY name").executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        });
    }

    @Test
    void theIndexesAreBuiltAtTheEndAndTheKpisCountRight() throws Exception {
        EventImportResult result = workspace.eventImport().run(file(false), false);

        assertThat(result.imported()).isEqualTo(60_000);
        assertThat(eventIndexes()).contains("event_day", "event_user", "event_endpoint");
        String purgePlan = workspace.workspace().database().read(connection -> {
            try (var plan = connection.prepareStatement("EXPLAIN QUERY PLAN SELECT id FROM event "
                    + "WHERE substr(timestamp, 1, 10) < '2024-05-02'").executeQuery()) {
                plan.next();
                return plan.getString(4);
            }
        });
        assertThat(purgePlan).as("the purge reads the old events by the day index, built at the end")
                .contains("event_day");
        KpiReport all = workspace.kpis().report(
                new KpiQuery(null, LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-31")));
        assertThat(all.total().uniqueDeliveries()).isEqualTo(1000);
        assertThat(all.byRun().get("r0").uniqueDeliveries()).isEqualTo(500);
        assertThat(all.byDay().get(LocalDate.parse("2024-05-03")).uniqueDeliveries()).isEqualTo(100);
    }

    @Test
    void anImportStoppedByABadLineLeavesTheIndexesAsTheyWere() throws Exception {
        EventImportResult result = workspace.eventImport().run(file(true), false);

        assertThat(result.stoppedAtError()).isTrue();
        assertThat(eventIndexes()).contains("event_day", "event_user", "event_endpoint");
    }
}
