package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.journey.JourneyGraph;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.AppDirectories;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey publish|pause|resume|stop|status}: state changes in words, refusals without a stack trace. */
class JourneyRunCommandTest {

    @TempDir
    Path folder;

    @Test
    void theSampleJourneyIsPublishedPausedResumedAndStoppedWithItsStatusInWords() {
        Path file = folder.resolve("sample.tidings");
        try (OpenedWorkspace sample = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .createSample(file, "Sample", true, Progress.NONE)) {
            sample.journeys().create("Empty", JourneyGraph.EMPTY);
        }
        String workspace = file.toString();

        CommandRun refused = CommandRun.of(folder, "journey", "publish", "--workspace", workspace, "--name", "Empty");
        assertThat(refused.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(refused.err()).contains("The journey \"Empty\" cannot be published: ")
                .doesNotContain("Exception", "\tat ");

        CommandRun published = CommandRun.of(folder, "journey", "publish", "--workspace", workspace, "--name",
                "Welcome series");
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).startsWith("Published journey \"Welcome series\".");

        CommandRun status = CommandRun.of(folder, "journey", "status", "--workspace", workspace, "--name",
                "Welcome series");
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("Journey \"Welcome series\" is published (running).",
                "welcomeEmail (Send email): 0 entered, 0 sent, 0 waiting, 0 left the journey here",
                "openedWelcome (Yes/no split):", "paths taken: Yes 0, No 0");

        assertThat(CommandRun.of(folder, "journey", "pause", "--workspace", workspace, "--name", "Welcome series")
                .out()).startsWith("Paused journey \"Welcome series\"");
        CommandRun pausedAgain = CommandRun.of(folder, "journey", "pause", "--workspace", workspace, "--name",
                "Welcome series");
        assertThat(pausedAgain.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(pausedAgain.err()).contains("is paused: only a published journey can be paused.");
        assertThat(CommandRun.of(folder, "journey", "resume", "--workspace", workspace, "--name", "Welcome series")
                .exitCode()).isZero();
        assertThat(CommandRun.of(folder, "journey", "stop", "--workspace", workspace, "--name", "Welcome series")
                .out()).startsWith("Stopped journey \"Welcome series\"");
        assertThat(CommandRun.of(folder, "journey", "status", "--workspace", workspace, "--name", "Welcome series")
                .out()).startsWith("Journey \"Welcome series\" is stopped.");
    }

    @Test
    void aJourneyWhosePassesFailSaysWhatWentWrongInItsStatus() {
        Path file = folder.resolve("failing.tidings");
        try (OpenedWorkspace sample = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .createSample(file, "Sample", true, Progress.NONE)) {
            long id = sample.journeys().findByName("Welcome series").orElseThrow().id();
            sample.journeyRuns().publish(id);
            long template = sample.templates().templateNamed("Welcome email").orElseThrow().id();
            // Deleted behind the workspace's back, as another program could: Tidings refuses to delete it itself.
            sample.workspace().database().write(connection -> {
                try (var delete = connection.prepareStatement("DELETE FROM template WHERE id = ?")) {
                    delete.setLong(1, template);
                    return delete.executeUpdate();
                }
            });
            sample.journeyExecutor().runDue();
        }

        CommandRun status = CommandRun.of(folder, "journey", "status", "--workspace", file.toString(), "--name",
                "Welcome series");

        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("Journey \"Welcome series\" is published (running).",
                "The executor's last pass failed at ",
                ": The template of activity welcomeEmail is no longer in the workspace. Nobody in the journey moves on "
                        + "until a pass succeeds").doesNotContain("Exception", "\tat ");
    }
}
