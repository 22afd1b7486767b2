package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.CampaignWorkspace;
import io.tidings.wiring.OpenedWorkspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings journey ...}: a journey file as Pinpoint's console writes it, in and out, checked and deleted. */
class JourneyCommandTest {

    @TempDir
    Path folder;

    private CommandLineWorkspace workspace;
    private String console;

    @BeforeEach
    void workspace() throws IOException {
        workspace = CommandLineWorkspace.create(folder, "journeys.tidings");
        try (OpenedWorkspace opened = WorkspaceOption.wiring().open(workspace.file())) {
            CampaignWorkspace.fill(opened, 3);
        }
        try (InputStream in = getClass().getResourceAsStream("/io/tidings/journey/console-welcome-series.json")) {
            console = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aConsoleJourneyIsImportedListedValidatedAndExportedForPinpoint() throws IOException {
        CommandRun imported = workspace.run("journey", "import", "--workspace", workspace.toString(),
                workspace.write("welcome.json", console));
        CommandRun list = workspace.run("journey", "list", "--workspace", workspace.toString());
        CommandRun validated = workspace.run("journey", "validate", "--workspace", workspace.toString(), "--name",
                "welcome series");
        Path out = folder.resolve("out.json");
        CommandRun exported = workspace.run("journey", "export", "--workspace", workspace.toString(), "--name",
                "Welcome series", "--for-pinpoint", out.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("""
                Imported journey "Welcome series" (id 1): 4 activities, entry segment "Everyone"; a draft.
                Worth knowing:
                  note: Participants who take Hs4mCc7Ue1's Yes leave the journey there.
                """);
        assertThat(list.out()).contains("draft", "Welcome series", "segment \"Everyone\"");
        assertThat(validated.exitCode()).isZero();
        assertThat(validated.out()).startsWith("Journey \"Welcome series\" has no problems.\n");
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.err()).isEmpty();
        assertThat(Files.readString(out)).contains("\"Name\" : \"Welcome series\"", "\"TemplateName\" : \"Reminder\"",
                "\"SegmentId\" : \"Everyone\"").doesNotContain("TidingsCanvas");
    }

    @Test
    void anImportNamingWhatTheWorkspaceLacksIsRefusedWithThePathAndNothingIsSaved() throws IOException {
        CommandRun imported = workspace.run("journey", "import", "--workspace", workspace.toString(),
                workspace.write("welcome.json", console.replace("\"Reminder\"", "\"Nudge\"")));
        CommandRun list = workspace.run("journey", "list", "--workspace", workspace.toString());

        assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(imported.err()).isEqualTo("tidings: welcome.json: Activities.Np6dLs0Kt5.SMS.TemplateName is "
                + "\"Nudge\", which names no template of this workspace (by name or id).\n");
        assertThat(list.out()).startsWith("No journeys yet.");
    }

    @Test
    void aJourneyWithErrorsIsSavedAsADraftAndValidateListsThemAndFails() throws IOException {
        String broken = console.replace("\"StartActivity\": \"kBq3vYx0Lm\",", "")
                .replace("\"WaitFor\": \"P3D\"", "\"WaitUntil\": \"2026-10-03T09:00:00Z\"");
        workspace.run("journey", "import", "--workspace", workspace.toString(), workspace.write("broken.json", broken),
                "--name", "Broken");

        CommandRun validated = workspace.run("journey", "validate", "--workspace", workspace.toString(), "--name",
                "Broken");

        assertThat(validated.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(validated.out()).isEqualTo("""
                Journey "Broken":
                  error: The entry leads nowhere: connect it to the first activity.
                  error: Tz8pWq2Rna waits until 2026-10-03T09:00:00Z, when the journey has ended (2026-09-30T23:59:00Z): \
                choose an earlier date.
                  note: Participants who take Hs4mCc7Ue1's Yes leave the journey there.
                """);
    }

    @Test
    void anExportWithTheLayoutKeepsTheCanvasAndAnotherImportOfItKeepsThePositions() throws IOException {
        String placed = console.replace("\"tags\": {}", "\"tags\": {}, \"TidingsCanvas\": {\"Entry\": {\"X\": 0, "
                + "\"Y\": 0}, \"Activities\": {\"kBq3vYx0Lm\": {\"X\": 240, \"Y\": 16}}}");
        workspace.run("journey", "import", "--workspace", workspace.toString(), workspace.write("placed.json", placed));
        Path out = folder.resolve("with-canvas.json");

        CommandRun exported = workspace.run("journey", "export", "--workspace", workspace.toString(), "--name",
                "Welcome series", "--with-layout", out.toString());
        Path plain = folder.resolve("plain.json");
        CommandRun byDefault = workspace.run("journey", "export", "--workspace", workspace.toString(), "--name",
                "Welcome series", plain.toString());
        CommandRun both = workspace.run("journey", "export", "--workspace", workspace.toString(), "--name",
                "Welcome series", "--with-layout", "--for-pinpoint", folder.resolve("both.json").toString());
        CommandRun again = workspace.run("journey", "import", "--workspace", workspace.toString(), out.toString(),
                "--name", "Copy");
        CommandRun overTheWorkspace = workspace.run("journey", "export", "--workspace", workspace.toString(), "--name",
                "Copy", workspace.toString());

        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readString(out)).contains("\"TidingsCanvas\"", "\"X\" : 240.0");
        assertThat(exported.out()).contains("with the canvas layout (for Tidings");
        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(Files.readString(plain)).contains("\"StartActivity\"").doesNotContain("TidingsCanvas");
        assertThat(both.exitCode()).isNotZero();
        assertThat(both.err()).contains("not both").doesNotContain("Exception");
        assertThat(folder.resolve("both.json")).doesNotExist();
        assertThat(again.exitCode()).as(again.err()).isZero();
        try (OpenedWorkspace opened = WorkspaceOption.wiring().open(workspace.file())) {
            assertThat(opened.journeys().findByName("Copy").orElseThrow().graph().layout().of("kBq3vYx0Lm"))
                    .isEqualTo(new io.tidings.journey.Position(240, 16));
        }
        assertThat(overTheWorkspace.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(overTheWorkspace.err()).contains("Tidings will not write to", "it is the open workspace");
    }

    @Test
    void aDraftIsDeletedAndASecondImportUnderTheSameNameIsRefused() throws IOException {
        String file = workspace.write("welcome.json", console);
        workspace.run("journey", "import", "--workspace", workspace.toString(), file);

        CommandRun twice = workspace.run("journey", "import", "--workspace", workspace.toString(), file);
        CommandRun deleted = workspace.run("journey", "delete", "--workspace", workspace.toString(), "--name",
                "Welcome series");
        CommandRun gone = workspace.run("journey", "validate", "--workspace", workspace.toString(), "--name",
                "Welcome series");

        assertThat(twice.err()).isEqualTo("tidings: welcome.json: There is already a journey called \"Welcome series\": "
                + "choose another name.\n");
        assertThat(deleted.out()).isEqualTo("Deleted journey \"Welcome series\".\n");
        assertThat(gone.err()).isEqualTo("tidings: There is no journey called \"Welcome series\".\n");
    }
}
