package io.tidings.workspace;

import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.store.SqliteFailures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * Decides, without changing a byte, whether a file is a Tidings workspace this version can open.
 * Opening anything else would let SQLite or the migrations write to a file that is not ours.
 */
final class WorkspaceFileCheck {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceFileCheck() {
    }

    /**
     * Returns the file's schema version, or throws with the reason it cannot be opened. A file that cannot be
     * written ({@code readOnly}) is read as unchangeable, so that nothing is created beside it.
     */
    static int check(Path file, boolean readOnly) {
        if (!Files.exists(file)) {
            throw new WorkspaceException("There is no file at " + file + ".");
        }
        if (Files.isDirectory(file)) {
            throw new WorkspaceException(file + " is a folder, not a Tidings workspace file.");
        }
        if (!Files.isReadable(file)) {
            throw new WorkspaceException("Tidings is not allowed to read " + file + ".");
        }
        if (!hasSqliteHeader(file)) {
            throw new WorkspaceException(file.getFileName()
                    + " is not a Tidings workspace: it is not a database file at all.");
        }
        int applicationId;
        int schemaVersion;
        try (Connection connection = readOnly ? Database.readOnlyConnection(file) : readOnlyConnection(file)) {
            applicationId = Migrations.applicationId(connection);
            schemaVersion = Migrations.schemaVersion(connection);
        } catch (SQLException e) {
            if (SqliteFailures.notADatabase(e)) {
                throw new WorkspaceException(file.getFileName()
                        + " is not a Tidings workspace: the database cannot be read (" + e.getMessage() + ").", e);
            }
            // A full disk or a read-only folder says nothing about what the file is.
            throw new WorkspaceException("Could not read " + file.getFileName() + ": " + SqliteFailures.why(e, file)
                    + ".", e);
        }
        if (applicationId != Database.APPLICATION_ID) {
            throw new WorkspaceException(file.getFileName()
                    + " is not a Tidings workspace: it is a database made by another program.");
        }
        if (schemaVersion > Migrations.latestVersion()) {
            throw new WorkspaceException(file.getFileName()
                    + " was saved by a newer version of Tidings (workspace format " + schemaVersion
                    + "; this version reads up to " + Migrations.latestVersion()
                    + "). Update Tidings to open it. The file was not changed.");
        }
        return schemaVersion;
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_HEADER.length);
            return Arrays.equals(header, SQLITE_HEADER);
        } catch (IOException e) {
            throw new WorkspaceException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection readOnlyConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }
}
