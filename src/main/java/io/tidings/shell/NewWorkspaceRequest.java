package io.tidings.shell;

import java.nio.file.Path;

/** What the user asked for in the new-workspace dialog. */
public record NewWorkspaceRequest(String name, Path file) {
}
