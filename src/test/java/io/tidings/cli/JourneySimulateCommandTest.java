package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tidings journey simulate}: the sample's welcome series, run with a virtual clock and printed in words. */
class JourneySimulateCommandTest {

    @TempDir
    Path folder;

    private CommandLineWorkspace workspace;

    @BeforeEach
    void sample() {
        workspace = new CommandLineWorkspace(folder, folder.resolve("sample.tidings"));
        assertThat(workspace.run("workspace", "create", workspace.toString(), "--sample").exitCode()).isZero();
    }

    @Test
    void printsEachActivitysCountsAndSamplePathsWithReasons() {
        CommandRun run = workspace.run("journey", "simulate", "--workspace", workspace.toString(), "--name",
                "Welcome series", "--days", "7", "--sample", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("participants (segment \"North America\"); nothing was sent.",
                "Opens and clicks: 40 % of delivered messages opened, 10 % of opened emails clicked (the sandbox's "
                        + "simulated rates).",
                "Activity", "Entered", "Sent", "Waiting", "Left",
                "Paths of 2 of the", "wait3Days: Waits until", "(waits 3 days)");
        assertThat(run.out()).containsPattern("welcomeEmail\\s+Send email\\s+[\\d,]+\\s+[\\d,]+\\s+0\\s+")
                .containsPattern("openedWelcome\\s+Yes/no split .*Yes [\\d,]+ \\(ends\\), No [\\d,]+ to saleNudge");
    }

    @Test
    void personasAndRatesForTheRun() {
        CommandRun run = workspace.run("journey", "simulate", "--workspace", workspace.toString(), "--name",
                "Welcome series", "--days", "7", "--personas", "2000", "--open-rate", "0", "--click-rate", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("over 2,000 participants (2,000 generated personas)",
                "rates set for this run (0 % open, 0 % click)")
                .containsPattern("openedWelcome\\s+Yes/no split .*Yes 0 \\(ends\\)");
    }

    @Test
    void aTestListFileAndBadOptionsAreExplained() throws IOException {
        String list = workspace.write("list.txt", "someone@example.com\n\nother@example.com\n");
        CommandRun run = workspace.run("journey", "simulate", "--workspace", workspace.toString(), "--name",
                "Welcome series", "--days", "3", "--test-list", list);
        CommandRun both = workspace.run("journey", "simulate", "--workspace", workspace.toString(), "--name",
                "Welcome series", "--days", "3", "--test-list", list, "--personas", "3");
        CommandRun missing = workspace.run("journey", "simulate", "--workspace", workspace.toString(), "--name",
                "Welcome series", "--days", "3", "--test-list", folder.resolve("none.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("over 2 participants (a test list of 2)",
                "2 of the test list are not in the workspace");
        assertThat(both.exitCode()).isNotZero();
        assertThat(both.err()).contains("Give one of --segment, --personas and --test-list, not 2.");
        assertThat(missing.err()).contains("The test list cannot be read: There is no file at ")
                .doesNotContain("Exception");
    }
}
