package io.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file opened only for reading: reads work, writes say why not, and nothing is created beside it. */
class ReadOnlyDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void readsWorkWritesSayWhyAndNothingIsLeftBeside() throws IOException {
        Path file = folder.resolve("my shop #1?.tidings");
        try (Database database = Database.open(file)) {
            Migrations.migrate(database);
            database.write(connection -> connection.createStatement()
                    .executeUpdate("INSERT INTO workspace_setting (key, value) VALUES ('kept', 'yes')"));
        }
        byte[] before = Files.readAllBytes(file);

        try (Database database = Database.openReadOnly(file, "the workspace file is read-only")) {
            assertThat(database.<String>read(connection -> {
                try (var rows = connection.createStatement().executeQuery(
                        "SELECT value FROM workspace_setting WHERE key = 'kept'")) {
                    return rows.next() ? rows.getString(1) : null;
                }
            })).isEqualTo("yes");
            assertThat(database.readOnlyReason()).contains("the workspace file is read-only");
            assertThatThrownBy(() -> database.write(connection -> null)).isInstanceOf(StoreException.class)
                    .hasMessage("Could not save to the workspace my shop #1?.tidings: the workspace file is read-only, "
                            + "so Tidings opened it only for reading.");
            assertThat(namesInFolder()).containsExactly("my shop #1?.tidings");
        }
        assertThat(namesInFolder()).containsExactly("my shop #1?.tidings");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private java.util.List<String> namesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
