package io.tidings.audience;

import io.tidings.store.Database;
import io.tidings.work.FileErrors;
import io.tidings.work.OutputCheck;
import io.tidings.work.Progress;
import io.tidings.work.Quote;
import io.tidings.work.WholeFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/** Writes endpoints to Pinpoint CSV or NDJSON files that the import reads back unchanged. */
public final class AudienceExport {

    private final Database database;

    public AudienceExport(Database database) {
        this.database = database;
    }

    /** Writes the endpoints in scope; returns how many were written. Never writes over the workspace. */
    public long run(ExportRequest request, Progress progress) {
        OutputCheck.workspace(database.file()).check(request.file());
        ExportScope scope = request.scope() == null ? new ExportScope.All() : request.scope();
        return database.read(connection -> {
            if (scope instanceof ExportScope.Segment segment) {
                checkSegment(connection, segment.name());
            }
            if (scope instanceof ExportScope.Keys keys) {
                loadKeys(connection, keys.keys());
            }
            StoredEndpoints endpoints = new StoredEndpoints(connection, scope);
            try {
                boolean gzip = request.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
                return WholeFile.write(request.file(), gzip, out -> {
                    try (EndpointFileWriter writer = request.format() == ExportFormat.NDJSON ? new EndpointJsonWriter(out)
                            : new EndpointCsvWriter(out, endpoints.columns(), request.formulaGuard())) {
                        long written = 0;
                        long afterKey = 0;
                        Map<Long, Endpoint> page;
                        while (!(page = endpoints.page(afterKey)).isEmpty()) {
                            for (var entry : page.entrySet()) {
                                writer.write(entry.getValue());
                                afterKey = entry.getKey();
                                written++;
                            }
                            progress.update(written, -1, String.format(Locale.ROOT, "Exported %,d endpoints", written));
                            progress.checkCancelled();
                        }
                        return written;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(FileErrors.whyUnwritable(request.file(), e), e);
            }
        });
    }

    /** Puts the keys in a temporary table of this read's own, which the export joins. */
    static void loadKeys(java.sql.Connection connection, long[] keys) throws java.sql.SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS export_key (key INTEGER PRIMARY KEY)");
            statement.execute("DELETE FROM temp.export_key");
        }
        try (var insert = connection.prepareStatement("INSERT OR IGNORE INTO temp.export_key (key) VALUES (?)")) {
            for (int index = 0; index < keys.length; index++) {
                insert.setLong(1, keys[index]);
                insert.addBatch();
                if (index % 10_000 == 9_999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void checkSegment(java.sql.Connection connection, String name) throws java.sql.SQLException {
        try (var find = connection.prepareStatement("SELECT 1 FROM segment WHERE name = ?")) {
            find.setString(1, name);
            try (var rows = find.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalArgumentException("There is no segment called " + Quote.of(name));
                }
            }
        }
    }
}
