package io.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.tidings.Mount;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fills the disk says so, and what went wrong first is what is reported. */
class FullDiskTest {

    @TempDir
    Path folder;

    @Test
    void aWriteOnAFullDiskSaysTheDiskIsFullAndKeepsTheFirstError() throws Exception {
        try (Mount disk = Mount.tmpfs(folder.resolve("disk"), "16m");
                Database database = Database.open(folder.resolve("disk/full.tidings"))) {
            Migrations.migrate(database);

            Throwable failure = catchThrowable(() -> database.write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE filler (data BLOB)");
                    for (int row = 0; row < 200; row++) {
                        statement.execute("INSERT INTO filler VALUES (randomblob(100000))");
                    }
                }
                return null;
            }));

            assertThat(failure).isInstanceOf(StoreException.class)
                    .hasMessageContaining("the disk is full")
                    .hasMessageContaining(folder.resolve("disk").toString())
                    .hasMessageNotContaining("no transaction is active")
                    .hasCauseInstanceOf(SQLException.class);
            assertThat(database.<Integer>read(connection -> {
                try (var rows = connection.createStatement().executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE name = 'filler'")) {
                    return rows.next() ? rows.getInt(1) : -1;
                }
            })).as("nothing of the failed write was kept").isZero();
        }
    }
}
