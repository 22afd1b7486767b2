package io.tidings.audience;

import io.tidings.store.Database;
import io.tidings.work.Progress;
import java.nio.file.Path;
import java.util.List;

/** Imports endpoints from Pinpoint CSV and NDJSON files into one workspace. */
public final class AudienceImport {

    private final Database database;
    private final String defaultRegion;

    public AudienceImport(Database database, String defaultRegion) {
        this.database = database;
        this.defaultRegion = defaultRegion;
    }

    /** Runs the import in batches, reporting progress; see {@link ImportResult} for what stays. */
    public ImportResult run(ImportRequest request, Progress progress) {
        throw new UnsupportedOperationException("Not written yet: " + database.file() + defaultRegion);
    }

    /** The header row of a CSV file, as written. */
    public List<String> headers(Path csvFile) {
        throw new UnsupportedOperationException("Not written yet");
    }

    /** The first {@code rows} rows as they would be stored with {@code mapping} (null: the header). */
    public ImportPreview preview(Path file, ImportFormat format, ColumnMapping mapping, int rows) {
        throw new UnsupportedOperationException("Not written yet");
    }

    /** Field paths a column can be mapped to, for the mapping step: the standard ones first. */
    public static List<String> standardFieldPaths() {
        throw new UnsupportedOperationException("Not written yet");
    }
}
