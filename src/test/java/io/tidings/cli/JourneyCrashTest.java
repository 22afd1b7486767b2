package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.tidings.channel.sandbox.SandboxSettings;
import io.tidings.journey.Activity;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.TemplateChoice;
import io.tidings.journey.WaitActivity;
import io.tidings.journey.WaitTime;
import io.tidings.store.Database;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journey (email, wait 3 seconds, email) run by the executor in a child JVM, killed with SIGKILL while its first
 * email goes out, and run again to its end: every participant was sent each email exactly once (one SENT step, one
 * ledger row per activity, each SENT), left the journey once, and the sandbox captured each message once.
 */
class JourneyCrashTest {

    private static final int ENDPOINTS = 3_000;
    private static final String JOURNEY = "Crash journey";
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path folder;

    @Test
    void aJourneyKilledMidwayGoesOnWithNoStepSkippedOrRepeated() throws Exception {
        Path workspace = SendingWorkspace.create(folder.resolve("journey.tidings"), ENDPOINTS, 0);
        try (OpenedWorkspace opened = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .open(workspace)) {
            opened.sandboxSettings().save(new SandboxSettings(false, Map.of())); // no simulated bounces
            long segment = opened.segments().findByName(SendingWorkspace.SEGMENT).orElseThrow().id();
            long hello = opened.templates().templateNamed(SendingWorkspace.TEMPLATE).orElseThrow().id();
            JourneyGraph graph = JourneyGraph.EMPTY
                    .withSettings(JourneyGraph.EMPTY.settings().withLimits(new JourneyLimits(null, null, null, null,
                            null, 400)))
                    .withEntry(new JourneyEntry.FromSegment(segment, null))
                    .with("first", Activity.of(new MessageActivity.Email(new TemplateChoice(hello, null), null))
                            .connect(Port.NEXT, "pause"))
                    .with("pause", Activity.of(new WaitActivity(WaitTime.waitFor(Duration.ofSeconds(3))))
                            .connect(Port.NEXT, "second"))
                    .with("second", Activity.of(new MessageActivity.Email(new TemplateChoice(hello, null), null)))
                    .connect(Outlet.ENTRY, "first");
            opened.journeys().create(JOURNEY, graph);
        }

        Process run = ChildTidings.startMain(folder, "run.log", JourneyRunChild.class.getName(), workspace.toString(),
                JOURNEY);
        awaitSent(run, workspace, 300);
        run.destroyForcibly();
        assertThat(run.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).as("destroyForcibly() is SIGKILL").isEqualTo(ChildTidings.SIGKILL_EXIT);
        long secondAtKill = number(workspace, "SELECT count(*) FROM outbox_message m JOIN send_job j "
                + "ON j.id = m.job_id WHERE j.journey_activity_id = 'second' AND m.state = 'SENT'");
        assertThat(secondAtKill).as("killed before the second email had gone to everyone").isLessThan(ENDPOINTS);

        Process again = ChildTidings.startMain(folder, "again.log", JourneyRunChild.class.getName(),
                workspace.toString(), JOURNEY, "--until-done");
        if (!again.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            again.destroyForcibly();
            fail("The journey did not finish after the restart: " + ChildTidings.log(folder, "again.log"));
        }
        assertThat(again.exitValue()).as(ChildTidings.log(folder, "again.log")).isZero();

        for (String activity : List.of("first", "second")) {
            assertThat(number(workspace, "SELECT count(*) FROM journey_step WHERE kind = 'SENT' AND activity = ?",
                    activity)).as("one SENT step per participant at " + activity).isEqualTo(ENDPOINTS);
            assertThat(number(workspace, "SELECT count(DISTINCT participant) FROM journey_step WHERE kind = 'SENT' "
                    + "AND activity = ?", activity)).isEqualTo(ENDPOINTS);
            assertThat(number(workspace, "SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                    + "WHERE j.journey_activity_id = ? AND m.state = 'SENT'", activity))
                    .as("one SENT ledger row per endpoint at " + activity).isEqualTo(ENDPOINTS);
            assertThat(number(workspace, "SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                    + "WHERE j.journey_activity_id = ?", activity)).isEqualTo(ENDPOINTS);
        }
        assertThat(number(workspace, "SELECT count(*) FROM journey_step WHERE kind = 'EXITED'")).isEqualTo(ENDPOINTS);
        assertThat(number(workspace, "SELECT count(*) FROM journey_step WHERE kind = 'ENTERED'")).isEqualTo(ENDPOINTS);
        assertThat(number(workspace, "SELECT count(DISTINCT message_id) FROM sandbox_message "
                + "WHERE message_id IS NOT NULL")).as("each message captured, repeats with the same id collapsed")
                .isEqualTo(2L * ENDPOINTS);
    }

    private void awaitSent(Process run, Path workspace, int count) throws Exception {
        ChildTidings.awaitWhileRunning(run, folder, "run.log", PATIENCE,
                () -> number(workspace, "SELECT count(*) FROM outbox_message WHERE state = 'SENT'") >= count,
                "The journey did not send " + count + " messages");
    }

    private static long number(Path file, String sql, Object... values) {
        try (Database database = Database.open(file)) {
            return database.read(connection -> {
                try (var query = connection.prepareStatement(sql)) {
                    for (int index = 0; index < values.length; index++) {
                        query.setObject(index + 1, values[index]);
                    }
                    try (var rows = query.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }
            });
        }
    }
}
