package io.tidings.audience;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Picks an import format from a file's name: .json, .jsonl and .ndjson are JSON (NDJSON or a
 * document, {@link EndpointJsonReader}), .csv is CSV, each also with .gz after it. A name that says
 * neither (an export job's "part-0001.gz", say) is JSON when its content starts with "{" or "[",
 * CSV otherwise.
 */
public final class ImportFormats {

    private ImportFormats() {
    }

    public static ImportFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return ImportFormat.NDJSON;
        }
        return name.endsWith(".csv") ? ImportFormat.CSV : fromContent(file);
    }

    private static ImportFormat fromContent(Path file) {
        try (ImportFileBytes bytes = ImportFileBytes.open(file)) {
            InputStream content = bytes.content();
            int next = content.read();
            // A byte order mark or white space may come first.
            while (next == 0xEF || next == 0xBB || next == 0xBF || Character.isWhitespace(next)) {
                next = content.read();
            }
            // A JSON array is no endpoint file either, but the JSON reader says what it expects.
            return next == '{' || next == '[' ? ImportFormat.NDJSON : ImportFormat.CSV;
        } catch (IOException unreadable) {
            // The import itself will say what is wrong with the file.
            return ImportFormat.CSV;
        }
    }
}
