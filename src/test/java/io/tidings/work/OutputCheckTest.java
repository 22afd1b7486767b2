package io.tidings.work;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCheckTest {

    @TempDir
    Path folder;

    private Path workspace;
    private Path source;
    private OutputCheck check;

    @BeforeEach
    void files() throws IOException {
        workspace = Files.writeString(folder.resolve("shop.tidings"), "workspace");
        source = Files.writeString(folder.resolve("in.csv"), "rows");
        check = OutputCheck.workspace(workspace).and("the file being imported", source);
    }

    @Test
    void refusesTheWorkspaceItsLogFilesAndTheInputsByAnyPath() throws IOException {
        Path linkedFolder = Files.createSymbolicLink(folder.resolve("linked"), folder);
        Path hardLink = Files.createLink(folder.resolve("copy.csv"), source);

        assertThatThrownBy(() -> check.check(workspace)).hasMessageContaining("the open workspace");
        assertThatThrownBy(() -> check.check(Path.of(workspace + "-wal"))).hasMessageContaining(workspace + "-wal");
        assertThatThrownBy(() -> check.check(Path.of(workspace + "-shm"))).hasMessageContaining("workspace");
        assertThatThrownBy(() -> check.check(linkedFolder.resolve("shop.tidings-journal")))
                .hasMessageContaining(linkedFolder.resolve("shop.tidings-journal").toString())
                .hasMessageContaining(workspace + "-journal");
        assertThatThrownBy(() -> check.check(linkedFolder.resolve("in.csv")))
                .hasMessageContaining("the file being imported").hasMessageContaining(source.toString());
        assertThatThrownBy(() -> check.check(hardLink)).hasMessageContaining(source.toString());
    }

    @Test
    void followsALinkThatPointsNowhereYet() throws IOException {
        Files.delete(workspace);
        Path dangling = Files.createSymbolicLink(folder.resolve("out.csv"), workspace);

        assertThatThrownBy(() -> check.check(dangling)).hasMessageContaining(workspace.toString());
    }

    @Test
    void letsOtherFilesThroughExistingOrNot() throws IOException {
        Files.createDirectories(folder.resolve("exports"));

        assertThatCode(() -> check.check(folder.resolve("exports/out.csv"))).doesNotThrowAnyException();
        assertThatCode(() -> check.check(folder.resolve("no-such-folder/out.csv"))).doesNotThrowAnyException();
        assertThatCode(() -> check.check(folder.resolve("shop.tidings.csv"))).doesNotThrowAnyException();
        assertThatCode(() -> OutputCheck.workspace(workspace).and("nothing", null).check(source))
                .doesNotThrowAnyException();
    }
}
