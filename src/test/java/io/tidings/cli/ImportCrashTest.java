package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tidings import} into a workspace nothing else has open writes with SQLite's rollback journal
 * instead of the WAL; killed with SIGKILL in the middle, it must leave the workspace as it was, and
 * in WAL mode again once opened. The kill waits for a state (the journal on disk and rows imported),
 * never for a time.
 */
class ImportCrashTest {

    private static final int ROWS = 200_000;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    @Test
    void anImportKilledMidwayLeavesTheWorkspaceAsItWasAndTheNextImportTakesItAll() throws Exception {
        Path workspaceFile = folder.resolve("crash.tidings");
        new WorkspaceService().create(workspaceFile, "Crash").close();
        Path csv = audienceFile(folder.resolve("audience.csv"));
        Path journal = folder.resolve("crash.tidings-journal");

        Process importer = ChildTidings.start(folder, "import.log", "import", "--workspace", workspaceFile.toString(),
                csv.toString());
        awaitRowsImportedWithTheJournalOnDisk(importer, journal);
        importer.destroyForcibly();
        assertThat(importer.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(importer.exitValue()).as("destroyForcibly() is SIGKILL").isEqualTo(ChildTidings.SIGKILL_EXIT);
        assertThat(journal).as("the import was killed inside its transaction").exists();

        try (Workspace workspace = new WorkspaceService().open(workspaceFile)) {
            assertThat(single(workspace, "SELECT count(*) FROM endpoint")).isEqualTo("0");
            assertThat(single(workspace, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(single(workspace, "PRAGMA journal_mode")).isEqualTo("wal");
        }
        assertThat(journal).as("the interrupted write was rolled back").doesNotExist();

        Process again = ChildTidings.start(folder, "again.log", "import", "--workspace", workspaceFile.toString(),
                csv.toString());
        assertThat(again.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(ChildTidings.log(folder, "again.log")).isZero();
        assertThat(ChildTidings.log(folder, "again.log")).contains("200,000 created, 0 updated, 0 unchanged, 0 rejected");
        try (Workspace workspace = new WorkspaceService().open(workspaceFile)) {
            assertThat(single(workspace, "SELECT count(*) FROM endpoint")).isEqualTo(Integer.toString(ROWS));
            assertThat(single(workspace, "PRAGMA journal_mode")).isEqualTo("wal");
        }
    }

    private void awaitRowsImportedWithTheJournalOnDisk(Process importer, Path journal) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!(Files.exists(journal) && ChildTidings.log(folder, "import.log").contains("Imported "))) {
            if (!importer.isAlive()) {
                fail("tidings import ended before it could be killed (exit " + importer.exitValue() + "): "
                        + ChildTidings.log(folder, "import.log"));
            }
            if (System.nanoTime() > deadline) {
                importer.destroyForcibly();
                fail("No rows imported after " + PATIENCE + ": " + ChildTidings.log(folder, "import.log"));
            }
            Thread.sleep(20);
        }
    }

    private static Path audienceFile(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Id,ChannelType,Address,Location.Country,User.UserId,Attributes.Interests,Metrics.Purchases\n");
            for (int row = 0; row < ROWS; row++) {
                out.write("ep-" + row + ",EMAIL,person" + row + "@example.com,US,user-" + (row / 2) + ",running,"
                        + (row % 7) + "\n");
            }
        }
        return file;
    }

    private static String single(Workspace workspace, String sql) {
        return workspace.database().<String>read(connection -> {
            try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getString(1);
            }
        });
    }
}
