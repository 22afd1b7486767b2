package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudienceCommandsTest {

    @TempDir
    Path folder;

    private Path workspace;

    private CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("home"), args);
    }

    @BeforeEach
    void createWorkspace() {
        workspace = folder.resolve("shop.tidings");
        assertThat(run("workspace", "create", workspace.toString()).exitCode()).isZero();
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    @Test
    void importsAFileAndPrintsTheCounts() throws IOException {
        Path file = csv("people.csv", "Id,ChannelType,Address,User.UserId\ne1,EMAIL,a@example.com,ann\n"
                + "e2,SMS,415 555 0132,ann\n");

        CommandRun imported = run("import", "--workspace", workspace.toString(), "--segment", "Spring", file.toString());
        CommandRun again = run("import", "--workspace", workspace.toString(), file.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("Read 2 rows from people.csv: 2 created, 0 updated, 0 unchanged, 0 rejected",
                "Segment \"Spring\" now holds the endpoints of this file");
        assertThat(again.out()).contains("Read 2 rows from people.csv: 0 created, 0 updated, 2 unchanged, 0 rejected");
        assertThat(run("workspace", "info", workspace.toString()).out()).contains("Endpoints:  2", "Users:      1");
    }

    @Test
    void aFileOfOneRowSaysRow() throws IOException {
        CommandRun imported = run("import", "--workspace", workspace.toString(),
                csv("one.csv", "ChannelType,Address\nEMAIL,a@example.com\n").toString());

        assertThat(imported.out()).startsWith("Read 1 row from one.csv: 1 created");
    }

    @Test
    void aBadRowFailsTheImportAndLeavesTheWorkspaceUnchanged() throws IOException {
        Path file = csv("people.csv", "ChannelType,Address\nEMAIL,a@example.com\nEMAIL,nobody\n");

        CommandRun imported = run("import", "--workspace", workspace.toString(), file.toString());

        assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(imported.out()).contains("1 rejected", "  line 3: Address: \"nobody\" is not a valid email address",
                "Nothing was imported: the workspace is unchanged.");
        assertThat(run("workspace", "info", workspace.toString()).out()).contains("Endpoints:  0");
    }

    @Test
    void skipBadRowsImportsTheRestAndSaysWhereTheErrorsAre() throws IOException {
        Path file = csv("people.csv", "ChannelType,Address\nEMAIL,a@example.com\nEMAIL,nobody\n");
        Path errors = folder.resolve("errors.csv");

        CommandRun imported = run("import", "--workspace", workspace.toString(), "--skip-bad-rows", "--errors",
                errors.toString(), file.toString());

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("1 created, 0 updated, 0 unchanged, 1 rejected", "Every rejected row is listed in " + errors);
        assertThat(Files.readAllLines(errors)).containsExactly("line,field,reason",
                "3,Address,\"\"\"nobody\"\" is not a valid email address\"");
    }

    @Test
    void theRejectedRowsCanBeWrittenOutToCorrectAndImportAgain() throws IOException {
        StringBuilder rows = new StringBuilder("ChannelType,Address\n");
        for (int row = 1; row <= 24; row++) {
            rows.append("EMAIL,").append(row % 2 == 0 ? "nobody" + row : "a" + row + "@example.com").append('\n');
        }
        Path file = csv("people.csv", rows.toString());
        Path toCorrect = folder.resolve("to-correct.csv");

        CommandRun imported = run("import", "--workspace", workspace.toString(), "--skip-bad-rows", "--rejected-rows",
                toCorrect.toString(), file.toString());
        Files.writeString(toCorrect, Files.readString(toCorrect).replaceAll("nobody(\\d+)", "b$1@example.com"));
        CommandRun again = run("import", "--workspace", workspace.toString(), toCorrect.toString());

        assertThat(imported.out()).contains("12 created, 0 updated, 0 unchanged, 12 rejected", "  line 21: Address:",
                "  and more: --errors OUT.csv lists every rejected row",
                "The rejected rows, to correct and import again, are in " + toCorrect);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Read 12 rows from to-correct.csv: 12 created");
        assertThat(run("workspace", "info", workspace.toString()).out()).contains("Endpoints:  24");
    }

    @Test
    void exportsAllOneSegmentOrOneUser() throws IOException {
        Path file = csv("people.csv", "Id,ChannelType,Address,User.UserId\ne1,EMAIL,a@example.com,ann\n"
                + "e2,EMAIL,b@example.com,bob\n");
        run("import", "--workspace", workspace.toString(), "--segment", "Bob", csv("bob.csv", "User.UserId\nbob\n").toString());
        run("import", "--workspace", workspace.toString(), file.toString());
        run("import", "--workspace", workspace.toString(), "--segment", "Bob", folder.resolve("bob.csv").toString());

        CommandRun all = run("export", "--workspace", workspace.toString(), "--format", "csv", folder.resolve("all.csv").toString());
        CommandRun bob = run("export", "--workspace", workspace.toString(), "--segment", "Bob", "--format", "ndjson",
                folder.resolve("bob.ndjson").toString());
        CommandRun ann = run("export", "--workspace", workspace.toString(), "--user", "ann", "--format", "ndjson",
                folder.resolve("ann.ndjson").toString());
        CommandRun both = run("export", "--workspace", workspace.toString(), "--user", "ann", "--segment", "Bob",
                "--format", "csv", folder.resolve("x.csv").toString());

        assertThat(all.out()).startsWith("Wrote 2 endpoints to ");
        assertThat(Files.readAllLines(folder.resolve("all.csv"))).hasSize(3);
        assertThat(bob.out()).startsWith("Wrote 1 endpoint to ");
        assertThat(Files.readString(folder.resolve("bob.ndjson"))).contains("\"Id\":\"e2\"");
        assertThat(Files.readString(folder.resolve("ann.ndjson"))).contains("\"Id\":\"e1\"").doesNotContain("e2");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
    }

    @Test
    void aMalformedFileIsReportedWithItsPlace() throws IOException {
        Path file = csv("odd.csv", "ChannelType,Foo\n");

        CommandRun imported = run("import", "--workspace", workspace.toString(), file.toString());

        assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(imported.err()).startsWith("tidings: odd.csv, line 1, column 2: \"Foo\" is not a Pinpoint endpoint field");
    }
}
