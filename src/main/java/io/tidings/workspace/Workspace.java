package io.tidings.workspace;

import io.tidings.store.Database;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An open workspace: its SQLite file and what it says about itself. Features reach the data
 * through {@link #database()}; closing the workspace closes the file.
 */
public final class Workspace implements AutoCloseable {

    private final Database database;
    private volatile WorkspaceInfo info;

    Workspace(Database database, WorkspaceInfo info) {
        this.database = database;
        this.info = info;
    }

    public Database database() {
        return database;
    }

    public WorkspaceInfo info() {
        return info;
    }

    public String name() {
        return info.name();
    }

    public Path file() {
        return info.file();
    }

    /** Why the workspace is open only for reading, in words; empty when it can be changed. */
    public Optional<String> readOnlyReason() {
        return database.readOnlyReason();
    }

    void replaceInfo(WorkspaceInfo changed) {
        this.info = changed;
    }

    @Override
    public void close() {
        database.close();
    }

    @Override
    public String toString() {
        return info.name() + " (" + info.file() + ")";
    }
}
