package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.Mount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a full disk the command line says the disk is full, and a valid workspace is still called one. */
class FullDiskCommandTest {

    @TempDir
    Path folder;

    private CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("home"), args);
    }

    @Test
    void anImportThatFillsTheDiskSaysSoAndTheWorkspaceStillOpens() throws IOException {
        Path people = folder.resolve("people.csv");
        StringBuilder rows = new StringBuilder("Id,ChannelType,Address,User.UserId,Attributes.Note\n");
        for (int row = 0; row < 20_000; row++) {
            rows.append("e").append(row).append(",EMAIL,p").append(row).append("@example.com,u").append(row).append(',')
                    .append("x".repeat(100)).append('\n');
        }
        Files.writeString(people, rows);
        Path template = Files.writeString(folder.resolve("welcome.json"), "{\"Body\":\"Hi\"}");
        Path definition = Files.writeString(folder.resolve("gold.json"),
                "{\"Dimensions\":{\"UserAttributes\":{\"Tier\":{\"AttributeType\":\"INCLUSIVE\",\"Values\":[\"Gold\"]}}}}");

        try (Mount disk = Mount.tmpfs(folder.resolve("disk"), "4m")) {
            Path workspace = folder.resolve("disk/shop.tidings");
            assertThat(run("workspace", "create", workspace.toString()).exitCode()).isZero();

            CommandRun imported = run("import", "--workspace", workspace.toString(), people.toString());

            assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
            assertThat(imported.err()).contains("the disk is full", "nothing of this import was kept")
                    .doesNotContain("no transaction", "Exception", "\tat ");

            disk.fill();
            CommandRun info = run("workspace", "info", workspace.toString());
            CommandRun templateImport = run("template", "import", "--workspace", workspace.toString(), "--type", "sms",
                    "--name", "Welcome", template.toString());
            CommandRun segment = run("segment", "create", "--workspace", workspace.toString(), "--name", "Everyone",
                    "--definition", definition.toString());

            assertThat(info.err()).doesNotContain("not a Tidings workspace");
            assertThat(info.exitCode()).as(info.err()).isZero();
            assertThat(info.out()).contains("Endpoints:  0");
            for (CommandRun write : new CommandRun[] {templateImport, segment}) {
                assertThat(write.exitCode()).isEqualTo(TidingsCommand.FAILED);
                assertThat(write.err()).contains("the disk is full").doesNotContain("Exception", "\tat ");
            }
        }
    }
}
