package io.tidings.audience;

import java.nio.file.Path;
import java.util.Locale;

/** Picks an import format from a file name: .json, .jsonl and .ndjson are NDJSON, anything else CSV. */
final class ImportFormats {

    private ImportFormats() {
    }

    static ImportFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")
                ? ImportFormat.NDJSON : ImportFormat.CSV;
    }
}
