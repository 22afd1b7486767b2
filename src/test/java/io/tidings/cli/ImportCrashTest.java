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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private static final int STOPPED_ROWS = 1_000_000;
    private static final Duration PATIENCE = Duration.ofMinutes(3);
    private static final String[] ENDPOINT_INDEXES = {"endpoint_by_address", "endpoint_segment"};

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

    @Test
    void anImportAskedToStopSaysWhatLandedAndKeepsExactlyThat() throws Exception {
        Path workspaceFile = folder.resolve("stop.tidings");
        new WorkspaceService().create(workspaceFile, "Stop").close();
        // Large enough that the import is still running when it is stopped, a second after its first progress.
        Path csv = audienceFile(folder.resolve("audience.csv"), STOPPED_ROWS);

        Process importer = ChildTidings.start(folder, "stop.log", "import", "--workspace", workspaceFile.toString(),
                "--skip-bad-rows", csv.toString());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!ChildTidings.log(folder, "stop.log").contains("Imported ")) {
            assertThat(importer.isAlive()).as(ChildTidings.log(folder, "stop.log")).isTrue();
            assertThat(System.nanoTime()).as("rows imported in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        importer.destroy();
        assertThat(importer.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        String log = ChildTidings.log(folder, "stop.log");
        assertThat(importer.exitValue()).as("destroy() is SIGTERM, as a plain kill; Ctrl+C is handled the same")
                .isEqualTo(128 + 15);
        java.util.regex.Matcher landed = java.util.regex.Pattern
                .compile("Stopped: the rows up to line ([\\d,]+) are in the workspace").matcher(log);
        assertThat(landed.find()).as(log).isTrue();
        long lastLine = Long.parseLong(landed.group(1).replace(",", ""));
        assertThat(lastLine).isBetween(2L, (long) STOPPED_ROWS);
        assertThat(endpointIndexes(workspaceFile)).as("the stopped import built the indexes it went without")
                .containsExactlyInAnyOrder(ENDPOINT_INDEXES);
        try (Workspace workspace = new WorkspaceService().open(workspaceFile)) {
            assertThat(single(workspace, "SELECT count(*) FROM endpoint")).as("line 1 is the header")
                    .isEqualTo(Long.toString(lastLine - 1));
            assertThat(single(workspace, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void anImportThatCommitsAsItGoesKilledMidwayKeepsItsBatchesAndTheNextOpenIndexesThem() throws Exception {
        Path workspaceFile = folder.resolve("skip.tidings");
        new WorkspaceService().create(workspaceFile, "Skip").close();
        Path csv = audienceFile(folder.resolve("audience.csv"), STOPPED_ROWS);

        Process importer = ChildTidings.start(folder, "skip.log", "import", "--workspace", workspaceFile.toString(),
                "--skip-bad-rows", csv.toString());
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (committedEndpoints(workspaceFile) == 0) {
            assertThat(importer.isAlive()).as(ChildTidings.log(folder, "skip.log")).isTrue();
            assertThat(System.nanoTime()).as("a batch committed in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        importer.destroyForcibly();
        assertThat(importer.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(importer.exitValue()).as("destroyForcibly() is SIGKILL").isEqualTo(ChildTidings.SIGKILL_EXIT);
        assertThat(endpointIndexes(workspaceFile)).as("killed while it loaded without them")
                .doesNotContain("endpoint_segment", "endpoint_by_address");

        try (Workspace workspace = new WorkspaceService().open(workspaceFile)) {
            long kept = Long.parseLong(single(workspace, "SELECT count(*) FROM endpoint"));
            assertThat(kept).isBetween(1L, (long) STOPPED_ROWS);
            assertThat(single(workspace, "SELECT count(*) FROM endpoint INDEXED BY endpoint_segment"
                    + " WHERE user_id = 'user-0'")).isEqualTo("2");
            assertThat(single(workspace, "SELECT id FROM endpoint INDEXED BY endpoint_by_address"
                    + " WHERE address = 'person1@example.com'")).isEqualTo("ep-1");
            assertThat(single(workspace, "PRAGMA integrity_check")).isEqualTo("ok");
        }
        assertThat(endpointIndexes(workspaceFile)).containsExactlyInAnyOrder(ENDPOINT_INDEXES);
    }

    private static long committedEndpoints(Path workspaceFile) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + workspaceFile + "?mode=ro");
                var statement = connection.createStatement();
                var count = statement.executeQuery("SELECT count(*) FROM endpoint")) {
            return count.next() ? count.getLong(1) : 0;
        } catch (SQLException busyOrLocked) {
            return 0;
        }
    }

    /** The endpoint table's indexes as the file has them, read without opening it as a workspace. */
    private static List<String> endpointIndexes(Path workspaceFile) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + workspaceFile + "?mode=ro");
                var statement = connection.createStatement();
                var names = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'index'"
                        + " AND tbl_name = 'endpoint' AND name NOT LIKE 'sqlite_autoindex%'")) {
            List<String> indexes = new ArrayList<>();
            while (names.next()) {
                indexes.add(names.getString(1));
            }
            return indexes;
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
        return audienceFile(file, ROWS);
    }

    private static Path audienceFile(Path file, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Id,ChannelType,Address,Location.Country,User.UserId,Attributes.Interests,Metrics.Purchases\n");
            for (int row = 0; row < rows; row++) {
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
