package io.tidings.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.store.Database;
import io.tidings.store.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceServiceTest {

    @TempDir
    Path folder;

    private final WorkspaceService workspaces = new WorkspaceService();

    @Test
    void createsAWorkspaceFileWithItsNameAndSchema() {
        Path file = folder.resolve("spring.tidings");

        try (Workspace workspace = workspaces.create(file, "  Spring launch ")) {
            assertThat(workspace.name()).isEqualTo("Spring launch");
            assertThat(workspace.info().schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(workspace.info().defaultRegion()).isEqualTo("US");
        }
        WorkspaceInfo reopened = workspaces.inspect(file);
        assertThat(reopened.name()).isEqualTo("Spring launch");
        assertThat(reopened.file()).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void neverOverwritesAnExistingFile() throws IOException {
        Path file = Files.writeString(folder.resolve("notes.tidings"), "my notes");

        assertThatThrownBy(() -> workspaces.create(file, "Oops"))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("my notes");
    }

    @Test
    void refusesANameThatIsBlankOrTooLong() {
        assertThatThrownBy(() -> workspaces.create(folder.resolve("a.tidings"), "   "))
                .hasMessage("A workspace needs a name.");
        assertThatThrownBy(() -> workspaces.create(folder.resolve("b.tidings"), "x".repeat(101)))
                .hasMessageContaining("at most 100 characters");
        assertThat(folder.resolve("a.tidings")).doesNotExist();
        assertThat(folder.resolve("b.tidings")).doesNotExist();
    }

    @Test
    void refusesAFileThatIsNotADatabaseAndLeavesItAlone() throws Exception {
        Path file = Files.writeString(folder.resolve("contacts.tidings"), "email,name\na@example.com,Ann\n");
        String before = fingerprint(file);

        assertThatThrownBy(() -> workspaces.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("contacts.tidings is not a Tidings workspace: it is not a database file at all.");
        assertThat(fingerprint(file)).isEqualTo(before);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.createFile(folder.resolve("empty.tidings"));

        assertThatThrownBy(() -> workspaces.open(file))
                .hasMessageContaining("is not a Tidings workspace");
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void refusesAnotherProgramsDatabaseAndLeavesItAlone() throws Exception {
        Path file = folder.resolve("crm.db");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contact (email TEXT)");
            statement.execute("INSERT INTO contact VALUES ('a@example.com')");
        }
        String before = fingerprint(file);

        assertThatThrownBy(() -> workspaces.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("crm.db is not a Tidings workspace: it is a database made by another program.");
        assertThat(fingerprint(file)).isEqualTo(before);
        assertThat(folder.resolve("crm.db-wal")).doesNotExist();
    }

    @Test
    void refusesAWorkspaceFromANewerTidingsAndLeavesItAlone() throws Exception {
        Path file = folder.resolve("future.tidings");
        workspaces.create(file, "From the future").close();
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var statement = connection.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Migrations.latestVersion() + 1));
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        String before = fingerprint(file);

        assertThatThrownBy(() -> workspaces.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("was saved by a newer version of Tidings")
                .hasMessageContaining("Update Tidings to open it. The file was not changed.");
        assertThat(fingerprint(file)).isEqualTo(before);
    }

    @Test
    void bringsAnOlderWorkspaceUpToDateWhenOpened() throws SQLException {
        Path file = folder.resolve("old.tidings");
        try (Database database = Database.open(file)) {
            Migrations.migrateTo(database, 1);
            database.write(connection -> connection.createStatement().executeUpdate(
                    "INSERT INTO workspace (singleton, id, name, created_at) VALUES (1, 'x', 'Old one', '2025-01-01T00:00:00Z')"));
        }

        try (Workspace workspace = workspaces.open(file)) {
            assertThat(workspace.name()).isEqualTo("Old one");
            assertThat(workspace.info().schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void saysSoWhenTheFileIsMissing() {
        assertThatThrownBy(() -> workspaces.open(folder.resolve("gone.tidings")))
                .hasMessageStartingWith("There is no file at");
        assertThat(folder.resolve("gone.tidings")).doesNotExist();
    }

    @Test
    void renamesAndKeepsTheNewName() {
        Path file = folder.resolve("rename.tidings");
        try (Workspace workspace = workspaces.create(file, "Before")) {
            workspaces.rename(workspace, "After");
            assertThat(workspace.name()).isEqualTo("After");
            assertThatThrownBy(() -> workspaces.rename(workspace, "")).hasMessage("A workspace needs a name.");
            assertThat(workspace.name()).isEqualTo("After");
        }
        assertThat(workspaces.inspect(file).name()).isEqualTo("After");
    }

    @Test
    void setsTheDefaultPhoneRegionOnlyToARealRegion() {
        try (Workspace workspace = workspaces.create(folder.resolve("region.tidings"), "Regions")) {
            assertThat(workspaces.setDefaultRegion(workspace, "gb").defaultRegion()).isEqualTo("GB");
            assertThatThrownBy(() -> workspaces.setDefaultRegion(workspace, "XX"))
                    .hasMessageContaining("\"XX\" is not a region with phone numbers");
            assertThat(workspace.info().defaultRegion()).isEqualTo("GB");
        }
    }

    @Test
    void suggestsAFreeFileNameFromTheWorkspaceName() throws IOException {
        assertThat(WorkspaceService.suggestFile(folder, "Spring Launch 2027!"))
                .isEqualTo(folder.resolve("spring-launch-2027.tidings"));
        Files.createFile(folder.resolve("spring-launch-2027.tidings"));
        assertThat(WorkspaceService.suggestFile(folder, "Spring Launch 2027!"))
                .isEqualTo(folder.resolve("spring-launch-2027-2.tidings"));
        assertThat(WorkspaceService.suggestFile(folder, "???")).isEqualTo(folder.resolve("workspace.tidings"));
    }

    private static String fingerprint(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
                + ":" + Files.getLastModifiedTime(file);
    }
}
