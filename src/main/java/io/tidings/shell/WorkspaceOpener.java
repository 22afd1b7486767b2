package io.tidings.shell;

import io.tidings.work.Progress;
import java.nio.file.Path;

/** Opens and creates the workspaces the window shows; every method may block. */
public interface WorkspaceOpener<W extends OpenWorkspace> {

    W open(Path file);

    W create(Path file, String name);

    /** Creates the sample workspace, filled with people, templates and segments, reporting progress. */
    W createSample(Path file, Progress progress);
}
