package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.CampaignWorkspace;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings campaign ...} without sending: files in and out, states, refusals and exit codes. */
class CampaignCommandTest {

    private static final String NEXT_YEAR = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();

    private static final String AB_TEST = """
            {"Name": "Spring sale", "SegmentId": "Everyone",
             "TemplateConfiguration": {"EmailTemplate": {"Name": "Welcome"}},
             "AdditionalTreatments": [{"SizePercent": 40, "TemplateConfiguration": {"EmailTemplate": {"Name": "Welcome B"}}}],
             "HoldoutPercent": 10,
             "Schedule": {"StartTime": "%s", "Frequency": "WEEKLY", "Timezone": "UTC"}}
            """.formatted(NEXT_YEAR);

    @TempDir
    Path folder;

    private CommandLineWorkspace workspace;

    @BeforeEach
    void workspace() {
        workspace = CommandLineWorkspace.create(folder, "campaigns.tidings");
        try (OpenedWorkspace opened = WorkspaceOption.wiring().open(workspace.file())) {
            CampaignWorkspace.fill(opened, 10);
        }
    }

    @Test
    void aCampaignFileIsCreatedListedAndExportedInPinpointsShape() throws Exception {
        CommandRun created = workspace.run("campaign", "create", "--workspace", workspace.toString(), "--definition",
                workspace.write("spring.json", AB_TEST));
        CommandRun list = workspace.run("campaign", "list", "--workspace", workspace.toString());
        Path out = folder.resolve("out.json");
        CommandRun exported = workspace.run("campaign", "export", "--workspace", workspace.toString(), "--name",
                "spring sale", out.toString());

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).startsWith("Created campaign \"Spring sale\" (id 1): email to \"Everyone\", 2 "
                + "treatments, a 10 % holdout, weekly from ");
        assertThat(list.out()).contains("draft", "email", "Everyone", "Spring sale");
        assertThat(exported.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("\"SegmentId\" : \"Everyone\"", "\"SizePercent\" : 40",
                "\"HoldoutPercent\" : 10", "\"Frequency\" : \"WEEKLY\"");
    }

    @Test
    void anExportSaysWhichOfTidingsOwnSettingsPinpointWouldRefuseAndADraftIsDeleted() throws Exception {
        String holding = AB_TEST.replace("\"Timezone\": \"UTC\"", "\"Timezone\": \"Europe/Berlin\", "
                + "\"QuietTime\": {\"Start\": \"21:00\", \"End\": \"08:00\"}").replace("\"HoldoutPercent\"",
                "\"WaitForQuietTime\": true, \"HoldoutPercent\"");
        workspace.run("campaign", "create", "--workspace", workspace.toString(), "--definition",
                workspace.write("holding.json", holding));
        Path out = folder.resolve("holding-out.json");

        CommandRun exported = workspace.run("campaign", "export", "--workspace", workspace.toString(), "--name",
                "Spring sale", out.toString());
        CommandRun deleted = workspace.run("campaign", "delete", "--workspace", workspace.toString(), "--name",
                "Spring sale");
        CommandRun list = workspace.run("campaign", "list", "--workspace", workspace.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.err()).isEqualTo("The file holds Tidings' own settings, which Pinpoint's API does not "
                + "accept; remove them before giving it to Pinpoint: WaitForQuietTime (messages due in quiet time are "
                + "held; Pinpoint's campaigns drop them); the time zone Europe/Berlin in Schedule.Timezone (Pinpoint "
                + "takes offsets such as UTC-05).\n");
        assertThat(Files.readString(out)).contains("\"WaitForQuietTime\" : true", "\"Timezone\" : \"Europe/Berlin\"");
        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(deleted.out()).isEqualTo("Deleted \"Spring sale\"\n");
        assertThat(list.out()).startsWith("No campaigns yet.");
    }

    @Test
    void aFileThatNamesWhatTheWorkspaceLacksIsRefusedNamingItAndCreatesNothing() throws Exception {
        CommandRun run = workspace.run("campaign", "create", "--workspace", workspace.toString(), "--definition",
                workspace.write("bad.json", AB_TEST.replace("Welcome B", "Welcome C")));
        CommandRun list = workspace.run("campaign", "list", "--workspace", workspace.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("tidings: bad.json: AdditionalTreatments[0].TemplateConfiguration.EmailTemplate"
                + ".Name \"Welcome C\" names no template of this workspace.\n");
        assertThat(list.out()).startsWith("No campaigns yet.");
    }

    @Test
    void aDraftThatCannotBeLaunchedSaysWhyAndExitsWithOne() throws Exception {
        String empty = AB_TEST.replace("\"SegmentId\": \"Everyone\"", "\"SegmentId\": \"Nobody\"")
                .replace("\"SizePercent\": 40", "\"SizePercent\": 95");
        CommandRun created = workspace.run("campaign", "create", "--workspace", workspace.toString(), "--definition",
                workspace.write("empty.json", empty));

        CommandRun launch = workspace.run("campaign", "launch", "--workspace", workspace.toString(), "--name", "Spring sale");

        assertThat(created.out()).contains("Before it can be launched:",
                "The segment \"Nobody\" is empty: nobody would get the campaign.");
        assertThat(launch.exitCode()).isEqualTo(1);
        assertThat(launch.err()).contains("tidings: The percentages do not add up",
                "tidings: The segment \"Nobody\" is empty");
    }

    @Test
    void aScheduledCampaignIsLaunchedPausedResumedAndCancelled() throws Exception {
        workspace.run("campaign", "create", "--workspace", workspace.toString(), "--definition",
                workspace.write("spring.json", AB_TEST));

        CommandRun launch = workspace.run("campaign", "launch", "--workspace", workspace.toString(), "--name", "Spring sale");
        CommandRun status = workspace.run("campaign", "status", "--workspace", workspace.toString(), "--name", "Spring sale");
        CommandRun pause = workspace.run("campaign", "pause", "--workspace", workspace.toString(), "--name", "Spring sale");
        CommandRun resume = workspace.run("campaign", "resume", "--workspace", workspace.toString(), "--name", "Spring sale");
        CommandRun segmentDelete = workspace.run("segment", "delete", "--workspace", workspace.toString(), "--name", "Everyone");
        CommandRun cancel = workspace.run("campaign", "cancel", "--workspace", workspace.toString(), "--name", "Spring sale");
        CommandRun again = workspace.run("campaign", "cancel", "--workspace", workspace.toString(), "--name", "Spring sale");

        assertThat(launch.exitCode()).as(launch.err()).isZero();
        assertThat(launch.out()).startsWith("Campaign \"Spring sale\" is scheduled: its first run is at ");
        assertThat(status.out()).startsWith("Campaign \"Spring sale\": scheduled\nNext run: ");
        assertThat(pause.out()).isEqualTo("Campaign \"Spring sale\" is paused.\n");
        assertThat(resume.out()).isEqualTo("Campaign \"Spring sale\" is scheduled.\n");
        assertThat(segmentDelete.exitCode()).isEqualTo(1);
        assertThat(segmentDelete.err()).isEqualTo("tidings: \"Everyone\" cannot be deleted: the campaign \"Spring sale\" "
                + "uses it. Cancel or finish it first.\n");
        assertThat(cancel.out()).isEqualTo("Campaign \"Spring sale\" is cancelled.\n");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("tidings: \"Spring sale\" is cancelled already.\n");
    }

    @Test
    void runDueNamesARunMissedWhileNothingWasRunningAndSendsItOnlyWhenTold() throws Exception {
        workspace.run("campaign", "create", "--workspace", workspace.toString(), "--definition",
                workspace.write("spring.json", AB_TEST));
        workspace.run("campaign", "launch", "--workspace", workspace.toString(), "--name", "Spring sale");
        CommandRun nothingDue = workspace.run("campaign", "run-due", "--workspace", workspace.toString());
        // As if the computer had been off when the run came due an hour ago.
        try (OpenedWorkspace opened = WorkspaceOption.wiring().open(workspace.file())) {
            opened.workspace().database().write(connection -> connection.createStatement().executeUpdate(
                    "UPDATE campaign SET next_run_at = " + Instant.now().minus(1, ChronoUnit.HOURS).toEpochMilli()));
        }

        CommandRun missed = workspace.run("campaign", "run-due", "--workspace", workspace.toString());
        CommandRun skipped = workspace.run("campaign", "run-due", "--workspace", workspace.toString(), "--skip-missed");
        CommandRun status = workspace.run("campaign", "status", "--workspace", workspace.toString(), "--name", "Spring sale");

        assertThat(nothingDue.out()).isEqualTo("No campaign runs are due.\n");
        assertThat(nothingDue.exitCode()).isZero();
        assertThat(missed.exitCode()).isEqualTo(1);
        assertThat(missed.err()).contains("the run of \"Spring sale\" due ", "was missed", "--send-missed or --skip-missed");
        assertThat(skipped.exitCode()).as(skipped.err()).isZero();
        assertThat(skipped.out()).startsWith("Skipped the run of \"Spring sale\" due ");
        assertThat(status.out()).contains("scheduled", "Skipped: it was due while Tidings was not running.");
    }

    @Test
    void anUnknownCampaignIsNamedAndAMissingOptionIsAUsageError() {
        CommandRun status = workspace.run("campaign", "status", "--workspace", workspace.toString(), "--name", "Nope");
        CommandRun create = workspace.run("campaign", "create", "--workspace", workspace.toString());

        assertThat(status.exitCode()).isEqualTo(1);
        assertThat(status.err()).isEqualTo("tidings: There is no campaign called \"Nope\".\n");
        assertThat(create.exitCode()).isEqualTo(2);
        assertThat(create.err()).contains("--definition");
    }
}
