package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.tidings.delivery.RunPlan;
import io.tidings.delivery.TreatmentAssignment;
import io.tidings.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign run with three treatments and a holdout, killed with SIGKILL mid-run in a child JVM and finished by
 * {@code tidings outbox resume}: every endpoint of the segment ends with exactly one ledger row in the treatment it
 * had before the kill, every one not held out SENT, and the sandbox captured each of those once.
 */
class CampaignRunCrashTest {

    private static final int ENDPOINTS = 3_000;
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path folder;

    @Test
    void aRunKilledMidwayIsResumedWithEveryEndpointOnceInItsTreatment() throws Exception {
        Path workspace = SendingWorkspace.create(folder.resolve("run.tidings"), ENDPOINTS, 0);
        Process run = ChildTidings.startMain(folder, "run.log", CampaignRunChild.class.getName(), workspace.toString());
        awaitSent(run, 300);

        run.destroyForcibly();
        assertThat(run.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as("destroyForcibly() is SIGKILL").isEqualTo(ChildTidings.SIGKILL_EXIT);
        Map<String, String> atKill = rows(workspace);
        assertThat(atKill.values().stream().filter(row -> row.endsWith(" SENT")).count())
                .as("killed mid-run").isBetween(300L, (long) ENDPOINTS - 500);

        CommandRun resumed = CommandRun.of(folder, "outbox", "resume", "--workspace", workspace.toString());

        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        Map<String, String> atEnd = rows(workspace);
        assertThat(atEnd).hasSize(ENDPOINTS);
        TreatmentAssignment assignment = new TreatmentAssignment(CampaignRunChild.CAMPAIGN, 10, List.of(40, 30, 20));
        atEnd.forEach((endpoint, row) -> {
            int treatment = Integer.parseInt(row.split(" ")[0]);
            assertThat(treatment).as(endpoint).isEqualTo(assignment.treatmentOf(endpoint));
            assertThat(row).as(endpoint).isEqualTo(treatment == RunPlan.HOLDOUT
                    ? RunPlan.HOLDOUT + " SUPPRESSED TREATMENT_HOLDOUT" : treatment + " SENT");
            if (atKill.containsKey(endpoint)) {
                assertThat(treatment).isEqualTo(Integer.parseInt(atKill.get(endpoint).split(" ")[0]));
            }
        });
        long sent = atEnd.values().stream().filter(row -> row.endsWith(" SENT")).count();
        assertThat(captures(workspace)).as("each sent message captured once, repeats with the same id collapsed")
                .isEqualTo(List.of(sent, sent));
    }

    private void awaitSent(Process run, int count) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (rows(folder.resolve("run.tidings")).values().stream().filter(row -> row.endsWith(" SENT")).count() < count) {
            if (!run.isAlive()) {
                fail("The run ended early (exit " + run.exitValue() + "): " + ChildTidings.log(folder, "run.log"));
            }
            if (System.nanoTime() > deadline) {
                run.destroyForcibly();
                fail("The run did not send " + count + " messages: " + ChildTidings.log(folder, "run.log"));
            }
            Thread.sleep(50);
        }
    }

    /** Each endpoint's ledger rows as "treatment state[ reason]", several rows joined by " | ". */
    private static Map<String, String> rows(Path file) {
        try (Database database = Database.open(file)) {
            return database.read(connection -> {
                Map<String, String> rows = new HashMap<>();
                try (var query = connection.prepareStatement("""
                        SELECT e.id, m.treatment || ' ' || m.state || coalesce(' ' || m.reason, '')
                        FROM outbox_message m JOIN endpoint e ON e.key = m.endpoint_key""");
                        var result = query.executeQuery()) {
                    while (result.next()) {
                        rows.merge(result.getString(1), result.getString(2), (one, other) -> one + " | " + other);
                    }
                }
                return rows;
            });
        }
    }

    /** The sandbox's captures of ledger messages, and the distinct addresses they went to. */
    private static List<Long> captures(Path file) {
        try (Database database = Database.open(file)) {
            return database.read(connection -> {
                try (var query = connection.prepareStatement(
                        "SELECT count(*), count(DISTINCT address) FROM sandbox_message WHERE message_id IS NOT NULL");
                        var result = query.executeQuery()) {
                    result.next();
                    return List.of(result.getLong(1), result.getLong(2));
                }
            });
        }
    }
}
