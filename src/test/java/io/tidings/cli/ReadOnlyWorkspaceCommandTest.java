package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.Mount;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace that cannot be written still answers every question asked of it, and a change says why it cannot be
 * made. The file or folder is mounted read-only, which stops root too.
 */
class ReadOnlyWorkspaceCommandTest {

    @TempDir
    Path folder;

    private Path shared;
    private Path workspace;
    private Path template;
    private Path definition;

    private CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("home"), args);
    }

    @BeforeEach
    void workspaceWithAnAudience() throws IOException {
        shared = Files.createDirectories(folder.resolve("shared"));
        workspace = shared.resolve("shop.tidings");
        assertThat(run("workspace", "create", workspace.toString()).exitCode()).isZero();
        Path people = Files.writeString(folder.resolve("people.csv"), "Id,ChannelType,Address,User.UserId,"
                + "User.UserAttributes.FirstName\ne1,EMAIL,ann@example.com,ann,Ann\ne2,EMAIL,bob@example.com,bob,Bob\n");
        assertThat(run("import", "--workspace", workspace.toString(), people.toString()).exitCode()).isZero();
        template = Files.writeString(folder.resolve("welcome.json"),
                "{\"Subject\":\"Hi {{User.UserAttributes.FirstName}}\",\"HtmlPart\":\"<p>Hello</p>\"}");
        assertThat(run("template", "import", "--workspace", workspace.toString(), "--name", "Welcome",
                template.toString()).exitCode()).isZero();
        definition = Files.writeString(folder.resolve("anns.json"), "{\"Dimensions\":{\"UserAttributes\":{\"FirstName\":"
                + "{\"AttributeType\":\"INCLUSIVE\",\"Values\":[\"Ann\"]}}}}");
        assertThat(run("segment", "create", "--workspace", workspace.toString(), "--name", "Anns", "--definition",
                definition.toString()).exitCode()).isZero();
    }

    @Test
    void aReadOnlyFileIsReadAndEveryChangeSaysItIsReadOnly() throws IOException {
        Path export = folder.resolve("audience.csv");
        try (Mount readOnly = Mount.readOnly(workspace)) {
            CommandRun info = run("workspace", "info", workspace.toString());
            CommandRun exported = run("export", "--workspace", workspace.toString(), "--format", "csv", export.toString());
            CommandRun count = run("segment", "count", "--workspace", workspace.toString(), "--name", "Anns");
            CommandRun render = run("template", "render", "--workspace", workspace.toString(), "--name", "Welcome",
                    "--endpoint", "e1");

            assertThat(info.exitCode()).as(info.err()).isZero();
            assertThat(info.out()).contains("Endpoints:  2");
            assertThat(exported.exitCode()).as(exported.err()).isZero();
            assertThat(Files.readAllLines(export)).hasSize(3);
            assertThat(count.exitCode()).as(count.err()).isZero();
            assertThat(count.out()).contains("Endpoints: 1");
            assertThat(render.exitCode()).as(render.err()).isZero();
            assertThat(render.out()).contains("Hi Ann");

            for (CommandRun change : new CommandRun[] {
                run("import", "--workspace", workspace.toString(), export.toString()),
                run("template", "import", "--workspace", workspace.toString(), "--name", "Again", template.toString()),
                run("segment", "create", "--workspace", workspace.toString(), "--name", "More", "--definition",
                        definition.toString()),
                run("send", "--workspace", workspace.toString(), "--template", "Welcome", "--segment", "Anns")}) {
                assertThat(change.exitCode()).isEqualTo(TidingsCommand.FAILED);
                assertThat(change.err()).contains("the workspace file " + workspace + " is read-only")
                        .doesNotContain("Exception", "\tat ");
            }
            assertThat(besideTheWorkspace()).as("nothing is left beside the file").containsExactly("shop.tidings");
        }
        assertThat(run("workspace", "info", workspace.toString()).out()).as("writable again").contains("Templates:  1");
    }

    @Test
    void aWritableFileInAReadOnlyFolderIsReadAndChangesNameTheFolder() {
        try (Mount folderReadOnly = Mount.readOnly(shared); Mount fileWritable = Mount.writable(workspace)) {
            CommandRun info = run("workspace", "info", workspace.toString());
            CommandRun change = run("template", "import", "--workspace", workspace.toString(), "--name", "Again",
                    template.toString());

            assertThat(info.exitCode()).as(info.err()).isZero();
            assertThat(info.out()).contains("Endpoints:  2");
            assertThat(change.exitCode()).isEqualTo(TidingsCommand.FAILED);
            assertThat(change.err()).contains("the folder " + shared + " is read-only").doesNotContain("Exception");
        }
    }

    @Test
    void aReadOnlyFileThatNeedsUpdatingSaysSoAndStaysAsItWas() throws IOException {
        Path old = shared.resolve("old.tidings");
        try (Database database = Database.open(old)) {
            Migrations.migrateTo(database, 1);
            database.write(connection -> connection.createStatement().executeUpdate("INSERT INTO workspace "
                    + "(singleton, id, name, created_at) VALUES (1, 'x', 'Old one', '2025-01-01T00:00:00Z')"));
        }
        byte[] before = Files.readAllBytes(old);

        try (Mount readOnly = Mount.readOnly(old)) {
            CommandRun info = run("workspace", "info", old.toString());

            assertThat(info.exitCode()).isEqualTo(TidingsCommand.FAILED);
            assertThat(info.err()).contains("older version of Tidings", "read-only").doesNotContain("Exception");
        }
        assertThat(Files.readAllBytes(old)).isEqualTo(before);
    }

    private java.util.List<String> besideTheWorkspace() throws IOException {
        try (Stream<Path> files = Files.list(shared)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
