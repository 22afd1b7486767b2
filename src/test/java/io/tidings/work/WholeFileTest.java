package io.tidings.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path folder;

    @Test
    void aWriteThatFailsHalfWayLeavesWhatWasThere() throws IOException {
        Path target = Files.writeString(folder.resolve("export.csv"), "the export of yesterday\n");

        assertThatThrownBy(() -> WholeFile.write(target, out -> {
            out.write("half of today's");
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");

        assertThat(Files.readString(target)).isEqualTo("the export of yesterday\n");
        assertThat(folder.resolve("export.csv.partial")).doesNotExist();
    }

    @Test
    void aCopyReplacesTheTargetWholeOrLeavesIt() throws IOException {
        Path target = Files.writeString(folder.resolve("rows.csv"), "old\n");
        Path source = Files.writeString(folder.resolve("source.csv"), "new\n");

        assertThatThrownBy(() -> WholeFile.copy(folder.resolve("gone.csv"), target)).isInstanceOf(NoSuchFileException.class);
        assertThat(Files.readString(target)).isEqualTo("old\n");

        WholeFile.copy(source, target);
        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(folder.resolve("rows.csv.partial")).doesNotExist();
    }

    @Test
    void aStreamReplacesTheTargetOnlyWhenClosedWhole() throws IOException {
        Path target = Files.writeString(folder.resolve("errors.csv"), "yesterday's errors\n");

        try (var out = WholeFile.newOutputStream(target)) {
            out.write("today's errors\n".getBytes());
            assertThat(Files.readString(target)).as("while it is written").isEqualTo("yesterday's errors\n");
        }

        assertThat(Files.readString(target)).isEqualTo("today's errors\n");
        assertThat(folder.resolve("errors.csv.partial")).doesNotExist();
    }

    @Test
    void aStreamThatWasAbandonedLeavesWhatWasThere() throws IOException {
        Path target = Files.writeString(folder.resolve("rows.csv"), "old\n");

        try (var out = WholeFile.newOutputStream(target)) {
            out.write("half".getBytes());
            out.abandon();
        }

        assertThat(Files.readString(target)).isEqualTo("old\n");
        assertThat(folder.resolve("rows.csv.partial")).doesNotExist();
    }
}
