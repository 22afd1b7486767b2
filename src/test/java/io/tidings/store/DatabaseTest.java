package io.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that takes the file for itself: the rollback journal when nothing else has the file open. */
class DatabaseTest {

    @TempDir
    Path folder;

    private Path file;
    private Database database;

    @BeforeEach
    void open() {
        file = folder.resolve("alone.tidings");
        database = Database.open(file);
        Migrations.migrate(database);
        // The tests count the settings they write themselves: not the application id every workspace gets.
        database.write(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM workspace_setting")) {
                return delete.executeUpdate();
            }
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void writingAloneUsesTheRollbackJournalAndLeavesTheFileInWalMode() {
        String modeDuringTheWrite = database.writeAlone(connection -> {
            insertSetting(connection, "alone", "yes");
            return text(connection, "PRAGMA journal_mode");
        });

        assertThat(modeDuringTheWrite).isEqualTo("delete");
        assertThat(read("PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(read("SELECT value FROM workspace_setting WHERE key = 'alone'"))
                .isEqualTo("yes");
    }

    @Test
    void anotherConnectionOnTheFileMakesItAnOrdinaryWrite() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(text(other, "SELECT count(*) FROM workspace_setting")).isEqualTo("0");

            String modeDuringTheWrite = database.writeAlone(connection -> {
                insertSetting(connection, "shared", "yes");
                return text(connection, "PRAGMA journal_mode");
            });

            assertThat(modeDuringTheWrite).isEqualTo("wal");
            assertThat(text(other, "SELECT value FROM workspace_setting WHERE key = 'shared'")).isEqualTo("yes");
        }
    }

    @Test
    void aFailedWriteAloneLeavesNothingAndTheFileInWalMode() {
        assertThatThrownBy(() -> database.writeAlone(connection -> {
            insertSetting(connection, "half", "written");
            insertSetting(connection, "half", "again");
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");

        assertThat(read("SELECT count(*) FROM workspace_setting")).isEqualTo("0");
        assertThat(read("PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(folder.resolve("alone.tidings-journal")).doesNotExist();
    }

    @Test
    void aReadOnTheWritingThreadIsRefusedRatherThanWaitingForItself() {
        assertThatThrownBy(() -> database.writeAlone(connection ->
                database.read(reader -> text(reader, "SELECT count(*) FROM workspace_setting"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("use the write's connection");
    }

    @Test
    void readsOnOtherThreadsWaitForTheWriteAndThenSeeIt() throws Exception {
        HeldWrite write = holdWriteAlone("seen", "after the write");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> database.read(connection ->
                text(connection, "SELECT coalesce(max(value), 'nothing') FROM workspace_setting")));

        write.release();

        assertThat(read.get(10, TimeUnit.SECONDS)).as("the read waited for the write").isEqualTo("after the write");
    }

    @Test
    void openingTheFileWhileAWriteHasItToItselfSaysWhy() throws Exception {
        HeldWrite write = holdWriteAlone("busy", "yes");

        try {
            assertThatThrownBy(() -> Database.open(file).close()).isInstanceOf(StoreException.class)
                    .hasMessage("Could not open alone.tidings: another program is writing to it (a command-line import,"
                            + " say); open it again when that is done");
        } finally {
            write.release();
        }
        try (Database again = Database.open(file)) {
            assertThat(again.<String>read(connection -> text(connection, "SELECT value FROM workspace_setting")))
                    .isEqualTo("yes");
        }
    }

    /** A writeAlone on another thread that has written one setting and holds the file until released. */
    private HeldWrite holdWriteAlone(String key, String value) throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> database.writeAlone(connection -> {
            insertSetting(connection, key, value);
            writing.countDown();
            await(finish);
            return null;
        }));
        assertThat(writing.await(10, TimeUnit.SECONDS)).as("the write began").isTrue();
        return new HeldWrite(finish, write);
    }

    private record HeldWrite(CountDownLatch finish, CompletableFuture<Void> write) {
        void release() throws Exception {
            finish.countDown();
            write.get(10, TimeUnit.SECONDS);
        }
    }

    private String read(String sql) {
        return database.<String>read(connection -> text(connection, sql));
    }

    private static void insertSetting(Connection connection, String key, String value) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO workspace_setting (key, value) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
