package io.tidings.audience;

import java.nio.file.Path;

/** One export of endpoints to a file. */
public record ExportRequest(ExportFormat format, ExportScope scope, Path file) {
}
