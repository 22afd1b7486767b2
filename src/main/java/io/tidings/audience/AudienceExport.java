package io.tidings.audience;

import io.tidings.store.Database;
import io.tidings.work.Progress;

/** Writes endpoints to Pinpoint CSV or NDJSON files that the import reads back unchanged. */
public final class AudienceExport {

    private final Database database;

    public AudienceExport(Database database) {
        this.database = database;
    }

    /** Writes the endpoints in scope; returns how many were written. */
    public long run(ExportRequest request, Progress progress) {
        throw new UnsupportedOperationException("Not written yet: " + database.file());
    }
}
