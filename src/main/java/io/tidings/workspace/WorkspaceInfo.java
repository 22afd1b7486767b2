package io.tidings.workspace;

import java.nio.file.Path;
import java.time.Instant;

/** What identifies a workspace and its file. */
public record WorkspaceInfo(
        String id,
        String name,
        Path file,
        int schemaVersion,
        Instant createdAt,
        String defaultRegion) {
}
