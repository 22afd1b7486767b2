package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TidingsCommandTest {

    @TempDir
    Path folder;

    private CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("home"), args);
    }

    @Test
    void helpListsTheCommands() {
        CommandRun help = run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: tidings", "workspace", "--version");
    }

    @Test
    void versionNamesTheBuild() {
        CommandRun version = run("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Tidings " + BuildInfo.version());
    }

    @Test
    void createsAWorkspaceAndDescribesIt() {
        Path file = folder.resolve("launch.tidings");

        CommandRun create = run("workspace", "create", file.toString(), "--name", "Spring launch");
        CommandRun info = run("workspace", "info", file.toString());

        assertThat(create.exitCode()).isZero();
        assertThat(create.out()).contains("Created workspace \"Spring launch\" at " + file);
        assertThat(file).exists();
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("Name:       Spring launch", "Endpoints:  0", "Templates:  0");
    }

    @Test
    void theNameDefaultsToTheFileName() {
        Path file = folder.resolve("black-friday.tidings");

        assertThat(run("workspace", "create", file.toString()).exitCode()).isZero();
        assertThat(run("workspace", "info", file.toString()).out()).contains("Name:       black-friday");
    }

    @Test
    void createsTheSampleWorkspaceOnRequest() {
        Path file = folder.resolve("sample.tidings");

        CommandRun create = run("workspace", "create", file.toString(), "--sample");
        CommandRun info = run("workspace", "info", file.toString());

        assertThat(create.exitCode()).isZero();
        assertThat(create.out()).contains("Added the sample audience");
        assertThat(info.out()).contains("Users:      1,600", "Segments:   2", "Templates:  3", "Campaigns:  1",
                "Send jobs:  0");
        assertThat(info.out()).as("a date for people, not an ISO instant")
                .containsPattern("Created:    [0-9]{1,2} [A-Z][a-z]+ 20[0-9]{2}, [0-9]{2}:[0-9]{2}\\n")
                .doesNotContain("Z\n");
    }

    @Test
    void segmentListHasAHeaderAndAnUnknownSegmentNamesTheOnesThereAre() {
        Path file = folder.resolve("sample.tidings");
        run("workspace", "create", file.toString(), "--sample");

        CommandRun list = run("segment", "list", "--workspace", file.toString());
        CommandRun unknown = run("segment", "count", "--workspace", file.toString(), "--name", "Europe");

        assertThat(list.out().lines().findFirst().orElseThrow()).matches("Id +Type +Audience  Name");
        assertThat(list.out()).contains("endpoints  North America");
        assertThat(unknown.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(unknown.err()).isEqualTo("tidings: There is no segment called \"Europe\". The segments are "
                + "\"North America\" and \"Runners who came back\"." + System.lineSeparator());
    }

    @Test
    void theSampleWorkspaceHasADraftCampaignToReviewAndLaunch() {
        Path file = folder.resolve("sample.tidings");
        run("workspace", "create", file.toString(), "--sample");

        CommandRun list = run("campaign", "list", "--workspace", file.toString());
        CommandRun preflight = run("campaign", "preflight", "--workspace", file.toString(), "--name",
                "Welcome to North America");

        assertThat(list.out()).contains("Welcome to North America", "draft", "North America");
        assertThat(preflight.exitCode()).as(preflight.err()).isZero();
        assertThat(preflight.out()).contains("Holdout");
    }

    @Test
    void refusesToOverwriteAFileAndSaysWhy() throws IOException {
        Path file = Files.writeString(folder.resolve("taken.tidings"), "keep me");

        CommandRun create = run("workspace", "create", file.toString());

        assertThat(create.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(create.err()).startsWith("tidings: A file already exists at " + file);
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void refusesToDescribeAFileThatIsNotAWorkspace() throws IOException {
        Path file = Files.writeString(folder.resolve("list.csv"), "email\na@example.com\n");

        CommandRun info = run("workspace", "info", file.toString());

        assertThat(info.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(info.err()).contains("list.csv is not a Tidings workspace");
        assertThat(info.out()).isEmpty();
    }

    @Test
    void aMistypedCommandIsAUsageError() {
        CommandRun wrong = run("workspace", "craete", "x.tidings");

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("Unmatched argument");
    }
}
