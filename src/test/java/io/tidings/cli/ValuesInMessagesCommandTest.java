package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the terminal gets back from a file's values: a few characters of each, never a control sequence. */
class ValuesInMessagesCommandTest {

    private CommandLineWorkspace workspace;

    @BeforeEach
    void createWorkspace(@TempDir Path folder) {
        workspace = CommandLineWorkspace.create(folder, "shop.tidings");
    }

    private CommandRun importing(String name, String content) throws IOException {
        return workspace.run("import", "--workspace", workspace.toString(), workspace.write(name, content));
    }

    @Test
    void aHugeCellIsQuotedShortAndSaysHowLongItIs() throws IOException {
        CommandRun imported = importing("huge.csv", "Id,ChannelType,Address,Attributes." + "n".repeat(20_000)
                + "\ne1,EMAIL," + "y".repeat(20_000_000) + ",x\n");

        assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(imported.out() + imported.err()).hasSizeLessThan(2_000)
                .contains("\"" + "y".repeat(80) + "…\" (20,000,000 characters) is not a valid email address")
                .contains("Attributes." + "n".repeat(69) + "…: the name is 20000 characters long");
    }

    @Test
    void anEscapeSequenceInACellIsWrittenOutNotObeyed() throws IOException {
        CommandRun imported = importing("red.csv", "Id,ChannelType,Address,Location.Country\ne1,EMAIL,a@example.com,"
                + "\u001B[31mRED\u001B[0m\n");

        assertThat(imported.out() + imported.err()).doesNotContain("\u001B")
                .contains("Location.Country: \"\\u001B[31mRED\\u001B[0m\" is not a two-letter ISO country code");
    }

    @Test
    void aNulCharacterIsRefusedAtItsFieldAndNothingIsImported() throws IOException {
        CommandRun imported = importing("nul.csv", "Id,ChannelType,Address,Attributes.Tier\ne1,EMAIL,a@example.com,Go\u0000ld\n");

        assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(imported.out()).contains("line 2: Attributes.Tier: a value holds the NUL character (\\u0000), which "
                + "Tidings cannot store").doesNotContain("\u0000");
        assertThat(workspace.run("workspace", "info", workspace.toString()).out()).contains("Endpoints:  0");
    }
}
