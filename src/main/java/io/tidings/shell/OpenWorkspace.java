package io.tidings.shell;

import java.nio.file.Path;

/** What the window needs of the workspace it shows: its name and file, renaming, sending, closing. */
public interface OpenWorkspace extends AutoCloseable {

    String name();

    Path file();

    /** Renames the workspace; may block. */
    void rename(String newName);

    /** Starts the workspace's sending engine; may block. */
    void startSending();

    /** Stops sending and closes the workspace file; may block. */
    @Override
    void close();
}
