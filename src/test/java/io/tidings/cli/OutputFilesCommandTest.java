package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No command writes a file over the workspace it works on, the workspace's log files, or a file it reads. */
class OutputFilesCommandTest {

    @TempDir
    Path folder;

    private Path workspace;
    private byte[] workspaceBefore;

    private CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("home"), args);
    }

    @BeforeEach
    void workspaceWithOneUser() throws IOException {
        workspace = folder.resolve("shop.tidings");
        assertThat(run("workspace", "create", workspace.toString()).exitCode()).isZero();
        Path people = Files.writeString(folder.resolve("people.csv"),
                "Id,ChannelType,Address,User.UserId\ne1,EMAIL,ann@example.com,ann\ne2,EMAIL,bob@example.com,bob\n");
        assertThat(run("import", "--workspace", workspace.toString(), people.toString()).exitCode()).isZero();
        Path template = Files.writeString(folder.resolve("welcome.json"), "{\"Subject\":\"Hi\",\"HtmlPart\":\"<p>Hi</p>\"}");
        assertThat(run("template", "import", "--workspace", workspace.toString(), "--name", "Welcome",
                template.toString()).exitCode()).isZero();
        workspaceBefore = Files.readAllBytes(workspace);
    }

    @Test
    void exportRefusesTheWorkspaceItself() {
        CommandRun export = run("export", "--workspace", workspace.toString(), "--format", "csv", workspace.toString());

        assertRefused(export, workspace.toString(), workspace.toString());
    }

    @Test
    void exportRefusesTheWorkspaceReachedThroughALinkOrARelativePath() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("audience.csv"), workspace);
        Path linkedFolder = Files.createSymbolicLink(folder.resolve("linked"), folder);

        CommandRun throughLink = run("export", "--workspace", workspace.toString(), "--format", "csv", link.toString());
        CommandRun throughFolder = run("export", "--workspace", workspace.toString(), "--format", "csv",
                linkedFolder.resolve("shop.tidings").toString());
        CommandRun roundAbout = run("export", "--workspace", workspace.toString(), "--format", "csv",
                folder.resolve("home/../shop.tidings").toString());

        assertRefused(throughLink, link.toString(), workspace.toString());
        assertRefused(throughFolder, linkedFolder.resolve("shop.tidings").toString(), workspace.toString());
        assertRefused(roundAbout, "home/../shop.tidings", workspace.toString());
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void exportRefusesTheWorkspacesLogFiles() {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            CommandRun export = run("export", "--workspace", workspace.toString(), "--format", "ndjson",
                    workspace + suffix);

            assertRefused(export, workspace + suffix, workspace.toString());
            assertThat(Files.exists(Path.of(workspace + suffix))).as(suffix).isFalse();
        }
    }

    @Test
    void aUsersActivityCannotGoOverTheWorkspaceNorOverTheirEndpoints() {
        Path endpoints = folder.resolve("ann.ndjson");

        CommandRun overWorkspace = run("export", "--workspace", workspace.toString(), "--user", "ann", "--format",
                "ndjson", "--activity", workspace.toString(), endpoints.toString());
        CommandRun overEndpoints = run("export", "--workspace", workspace.toString(), "--user", "ann", "--format",
                "ndjson", "--activity", endpoints.toString(), endpoints.toString());

        assertRefused(overWorkspace, workspace.toString(), workspace.toString());
        assertThat(overEndpoints.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(overEndpoints.err()).contains(endpoints.toString()).doesNotContain("Exception");
        assertThat(Files.exists(endpoints)).as("nothing is written when the files clash").isFalse();
    }

    @Test
    void templateExportRefusesTheWorkspace() {
        CommandRun export = run("template", "export", "--workspace", workspace.toString(), "--name", "Welcome",
                workspace.toString());

        assertRefused(export, workspace.toString(), workspace.toString());
    }

    @Test
    void importRefusesToWriteItsErrorsOverTheWorkspace() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.csv"), "ChannelType,Address\nEMAIL,nobody\n");

        CommandRun imported = run("import", "--workspace", workspace.toString(), "--skip-bad-rows", "--errors",
                workspace.toString(), bad.toString());

        assertRefused(imported, workspace.toString(), workspace.toString());
    }

    @Test
    void importRefusesToWriteTheRejectedRowsOverTheFileItReads() throws IOException {
        String content = "ChannelType,Address\nEMAIL,carl@example.com\nEMAIL,nobody\n";
        Path source = Files.writeString(folder.resolve("in.csv"), content);

        CommandRun imported = run("import", "--workspace", workspace.toString(), "--skip-bad-rows", "--rejected-rows",
                source.toString(), source.toString());
        CommandRun errorsOverSource = run("import", "--workspace", workspace.toString(), "--skip-bad-rows", "--errors",
                source.toString(), source.toString());

        assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(imported.err()).contains(source.toString(), "imported").doesNotContain("Exception");
        assertThat(errorsOverSource.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(Files.readString(source)).isEqualTo(content);
        assertThat(run("workspace", "info", workspace.toString()).out()).as("nothing was imported").contains("Endpoints:  2");
    }

    @Test
    void importRefusesToWriteOverItsMappingFile() throws IOException {
        String mapping = "{\"Columns\": {\"email\": \"Address\"}, \"ChannelType\": \"EMAIL\"}";
        Path mappingFile = Files.writeString(folder.resolve("mapping.json"), mapping);
        Path source = Files.writeString(folder.resolve("list.csv"), "email\ncarl@example.com\nnobody\n");

        CommandRun errorsOverMapping = run("import", "--workspace", workspace.toString(), "--skip-bad-rows",
                "--mapping", mappingFile.toString(), "--errors", mappingFile.toString(), source.toString());
        CommandRun rowsOverMapping = run("import", "--workspace", workspace.toString(), "--skip-bad-rows",
                "--mapping", mappingFile.toString(), "--rejected-rows", mappingFile.toString(), source.toString());

        for (CommandRun imported : new CommandRun[] {errorsOverMapping, rowsOverMapping}) {
            assertThat(imported.exitCode()).as(imported.out() + imported.err()).isEqualTo(TidingsCommand.FAILED);
            assertThat(imported.err()).startsWith("tidings: ").contains(mappingFile.toString(), "the mapping file")
                    .doesNotContain("Exception");
        }
        assertThat(Files.readString(mappingFile)).isEqualTo(mapping);
        assertThat(run("workspace", "info", workspace.toString()).out()).as("nothing was imported").contains("Endpoints:  2");

        CommandRun elsewhere = run("import", "--workspace", workspace.toString(), "--skip-bad-rows",
                "--mapping", mappingFile.toString(), "--errors", folder.resolve("errors.csv").toString(), source.toString());
        assertThat(elsewhere.exitCode()).as(elsewhere.err()).isZero();
        assertThat(Files.readString(folder.resolve("errors.csv"))).contains("nobody");
    }

    @Test
    void campaignAndJourneyExportsRefuseTheWorkspace() {
        Path sample = folder.resolve("sample.tidings");
        assertThat(run("workspace", "create", sample.toString(), "--sample").exitCode()).isZero();
        String campaign = run("campaign", "list", "--workspace", sample.toString()).out();
        String journey = run("journey", "list", "--workspace", sample.toString()).out();
        assertThat(campaign).contains("Welcome to North America");
        assertThat(journey).contains("Welcome series");

        CommandRun campaignExport = run("campaign", "export", "--workspace", sample.toString(), "--name",
                "Welcome to North America", sample.toString());
        CommandRun journeyExport = run("journey", "export", "--workspace", sample.toString(), "--name",
                "Welcome series", sample.toString());

        for (CommandRun export : new CommandRun[] {campaignExport, journeyExport}) {
            assertThat(export.exitCode()).as(campaign + journey + export.out() + export.err()).isEqualTo(TidingsCommand.FAILED);
            assertThat(export.err()).startsWith("tidings: Tidings will not write to " + sample)
                    .contains("the open workspace").doesNotContain("Exception");
        }
        assertThat(run("workspace", "info", sample.toString()).exitCode()).isZero();
    }

    @Test
    void importRefusesTheSameFileForTheErrorsAndTheRejectedRows() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.csv"), "ChannelType,Address\nEMAIL,nobody\n");
        Path out = folder.resolve("out.csv");

        CommandRun imported = run("import", "--workspace", workspace.toString(), "--skip-bad-rows", "--errors",
                out.toString(), "--rejected-rows", out.toString(), bad.toString());

        assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(imported.err()).contains(out.toString()).doesNotContain("Exception");
        assertThat(Files.exists(out)).isFalse();
    }

    private void assertRefused(CommandRun run, String output, String clash) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(TidingsCommand.FAILED);
        assertThat(run.err()).startsWith("tidings: ").contains(output, clash).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).doesNotContain("Wrote", "Exported");
        try {
            assertThat(Files.readAllBytes(workspace)).as("the workspace file is untouched").isEqualTo(workspaceBefore);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        CommandRun info = run("workspace", "info", workspace.toString());
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("Endpoints:  2");
    }
}
