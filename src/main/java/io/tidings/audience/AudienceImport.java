package io.tidings.audience;

import io.tidings.segment.ImportedSegments;
import io.tidings.store.Database;
import io.tidings.store.SqlWork;
import io.tidings.work.FileErrors;
import io.tidings.work.OutputCheck;
import io.tidings.work.Progress;
import io.tidings.work.WholeFile;
import io.tidings.work.WorkCancelledException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Imports endpoints from Pinpoint CSV and NDJSON files into one workspace.
 *
 * <p>A reader thread parses and checks rows and hands batches to this thread, the single writer,
 * through a short queue, so the file is never held whole. Under {@link ErrorPolicy#SKIP_BAD_ROWS}
 * whole batches are committed about every second, and a cancel keeps every batch written; under
 * {@link ErrorPolicy#STOP_AT_FIRST_ERROR} the whole import is one transaction, so that a bad row
 * (or a cancel) leaves the workspace as it was.
 */
public final class AudienceImport {

    static final int BATCH_ROWS = 2_000;
    private static final String IMPORTED_FILE = "the file being imported";
    /** How long an import that keeps whole batches writes before it commits (see ImportRun.writeForAWhile). */
    private static final long TRANSACTION_NANOS = 1_000_000_000L;

    private final Database database;
    private final ImportedSegments importedSegments;
    private final Supplier<String> defaultRegion;
    private final int batchRows;
    private final boolean workspaceToItself;

    /**
     * @param importedSegments where an import that names a segment writes its members
     * @param defaultRegion the workspace's region for phone numbers written without a country code, read as each
     *         import starts (Settings may change it while the workspace is open)
     * @param workspaceToItself whether the caller has the workspace to itself, such as the command line: an
     *         all-or-nothing import then takes the file for itself ({@link Database#writeAlone}) when nothing else
     *         has it open, which imports a large file a tenth to a seventh faster (docs/BENCHMARKS.md); false in
     *         the app, where screens read while an import runs
     */
    public AudienceImport(Database database, ImportedSegments importedSegments, Supplier<String> defaultRegion,
            boolean workspaceToItself) {
        this(database, importedSegments, defaultRegion, BATCH_ROWS, workspaceToItself);
    }

    AudienceImport(Database database, ImportedSegments importedSegments, Supplier<String> defaultRegion, int batchRows,
            boolean workspaceToItself) {
        this.database = database;
        this.importedSegments = importedSegments;
        this.defaultRegion = defaultRegion;
        this.batchRows = batchRows;
        this.workspaceToItself = workspaceToItself;
    }

    private EndpointRules rules() {
        return new EndpointRules(defaultRegion.get());
    }

    /**
     * Runs the import in batches, reporting progress; see {@link ImportResult} for what stays. Refuses report files
     * that would overwrite the workspace, the file imported or each other.
     */
    public ImportResult run(ImportRequest request, Progress progress) {
        OutputCheck outputs = OutputCheck.workspace(database.file()).and(IMPORTED_FILE, request.file());
        outputs.check(request.errorsFile());
        outputs.and("the list of rejected rows", request.errorsFile()).check(request.rejectedRowsFile());
        if (request.segmentName() != null) {
            database.read(connection -> {
                importedSegments.checkName(connection, request.segmentName());
                return null;
            });
        }
        long fileSize = size(request.file());
        try (EndpointSource source = open(request.file(), request.format(), request.mapping(),
                request.rejectedRowsFile() != null);
                RejectionLog rejections = new RejectionLog(request.errorsFile(), request.rejectedRowsFile() == null
                        ? null : RejectedRowsFile.of(request.rejectedRowsFile(), source));
                BatchReader reader = new BatchReader(source, batchRows)) {
            ImportRun run = new ImportRun(request, progress, rejections, reader, fileSize);
            return run.execute();
        } catch (IOException e) {
            throw new ImportFileException(FileErrors.whyUnreadable(request.file(), e), e);
        }
    }

    /** One run of the import: the writer's side of the queue. */
    private final class ImportRun {
        private final ImportRequest request;
        private final Progress progress;
        private final RejectionLog rejections;
        private final BatchReader reader;
        private final long fileSize;
        private final EndpointBatchWriter writer;
        private long rowsRead;
        private long lastLineLanded;
        /** The file line of the last row written in the current or last transaction. */
        private long writtenLastLine;
        /** What stopped the reading (a cancel, a malformed file) after batches were written in a transaction. */
        private RuntimeException stoppedInTransaction;

        ImportRun(ImportRequest request, Progress progress, RejectionLog rejections, BatchReader reader, long fileSize) {
            this.request = request;
            this.progress = progress;
            this.rejections = rejections;
            this.reader = reader;
            this.fileSize = fileSize;
            ErrorPolicy policy = request.errorPolicy() == null ? ErrorPolicy.STOP_AT_FIRST_ERROR : request.errorPolicy();
            this.writer = new EndpointBatchWriter(rules(), rejections, policy, importedSegments, blankToNull(request.segmentName()),
                    // Pinpoint's dates carry milliseconds; the clock's nanoseconds would only be noise in exports.
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
        }

        ImportResult execute() {
            boolean allOrNothing = request.errorPolicy() != ErrorPolicy.SKIP_BAD_ROWS;
            progress.update(0, fileSize, "Importing " + request.file().getFileName());
            try {
                if (allOrNothing) {
                    SqlWork<Void> wholeImport = connection -> {
                        List<ImportedRow> batch;
                        while ((batch = nextBatch()) != null) {
                            write(connection, batch);
                        }
                        progress.checkCancelled();
                        progress.update(reader.bytesRead(), fileSize, String.format(Locale.ROOT,
                                "Indexing %,d rows of %s", rowsRead, request.file().getFileName()));
                        writer.finish(connection);
                        writer.close();
                        return null;
                    };
                    if (workspaceToItself) {
                        database.writeAlone(wholeImport);
                    } else {
                        database.write(wholeImport);
                    }
                    writer.committed();
                    lastLineLanded = writtenLastLine;
                } else {
                    RuntimeException stopped = null;
                    try {
                        writeInTransactionsOfAWhile();
                    } catch (RuntimeException cancelledOrFailed) {
                        stopped = cancelledOrFailed;
                    }
                    // Whatever stopped the import, what it committed gets the indexes a load into an empty
                    // audience went without.
                    try {
                        database.write(connection -> {
                            writer.finishCommitted(connection);
                            writer.close();
                            return null;
                        });
                    } catch (RuntimeException failure) {
                        if (stopped == null) {
                            throw failure;
                        }
                        stopped.addSuppressed(failure);
                    }
                    if (stopped != null) {
                        throw stopped;
                    }
                }
                database.trimLog();
                return result(false, false);
            } catch (WorkCancelledException cancelled) {
                return result(true, false);
            } catch (EndpointBatchWriter.StopAtError stopped) {
                return result(false, true);
            } catch (ImportFileException | UncheckedIOException | io.tidings.store.StoreException failure) {
                ImportResult landed = result(false, false);
                // A read that failed on the reader's thread arrives wrapped; its message would be the Java exception's.
                String why = failure instanceof UncheckedIOException unreadable
                        ? FileErrors.whyUnreadable(request.file(), unreadable.getCause()) : failure.getMessage();
                throw new ImportFailedException(why + landedNote(), landed, failure);
            } finally {
                closeQuietly();
            }
        }

        private void writeInTransactionsOfAWhile() {
            boolean more = true;
            while (more) {
                List<ImportedRow> first = nextBatch();
                if (first == null) {
                    break;
                }
                more = database.write(connection -> writeForAWhile(connection, first));
                writer.committed();
                lastLineLanded = writtenLastLine;
            }
            if (stoppedInTransaction != null) {
                throw stoppedInTransaction;
            }
            if (writer.buildsIndexesAtEnd()) {
                progress.update(reader.bytesRead(), fileSize, String.format(Locale.ROOT, "Indexing %,d rows of %s",
                        rowsRead, request.file().getFileName()));
            }
        }

        /**
         * Writes batches in one transaction for about {@link #TRANSACTION_NANOS}; returns whether
         * the file has more. One transaction per batch spent as long committing as writing (each
         * commit writes every index page the batch touched into the WAL, and checkpoints copy them
         * again). A cancel or a fault in the file commits what was written, so that every whole batch
         * written stays, as when each batch was its own transaction.
         */
        private boolean writeForAWhile(Connection connection, List<ImportedRow> first) throws SQLException {
            long started = System.nanoTime();
            List<ImportedRow> batch = first;
            while (true) {
                write(connection, batch);
                if (System.nanoTime() - started >= TRANSACTION_NANOS) {
                    return true;
                }
                try {
                    batch = nextBatch();
                } catch (RuntimeException cancelledOrUnreadable) {
                    // Neither undoes what was written: commit it, then report the cancel or the file's fault.
                    stoppedInTransaction = cancelledOrUnreadable;
                    return false;
                }
                if (batch == null) {
                    return false;
                }
            }
        }

        private List<ImportedRow> nextBatch() {
            progress.checkCancelled();
            List<ImportedRow> batch = reader.next();
            if (batch != null) {
                rowsRead += batch.size();
            }
            return batch;
        }

        private void write(Connection connection, List<ImportedRow> batch) throws SQLException {
            writer.write(connection, batch);
            writtenLastLine = batch.get(batch.size() - 1).line();
            reportProgress();
        }

        private void reportProgress() {
            progress.update(reader.bytesRead(), fileSize, String.format(Locale.ROOT, "Imported %,d rows of %s",
                    rowsRead, request.file().getFileName()));
        }

        private String landedNote() {
            return lastLineLanded == 0 ? "; nothing of this import was kept"
                    : "; the rows up to line " + lastLineLanded + " were imported";
        }

        private ImportResult result(boolean cancelled, boolean stoppedAtError) {
            boolean nothingStays = stoppedAtError || (cancelled && request.errorPolicy() != ErrorPolicy.SKIP_BAD_ROWS);
            long landedLine = nothingStays ? 0 : lastLineLanded;
            return new ImportResult(writer.rowsHandled(), writer.created(), writer.updated(), writer.unchanged(),
                    rejections.rows(), rejections.listed(), cancelled, stoppedAtError, landedLine,
                    landedLine == 0 ? null : blankToNull(request.segmentName()));
        }

        private void closeQuietly() {
            try {
                writer.close();
            } catch (java.sql.SQLException ignored) {
                // The statements die with the transaction; nothing more to do.
            }
        }
    }

    /**
     * Copies {@code report}, a file an import wrote about its rejected rows, to {@code target}, whole; never over
     * the workspace or {@code importedFile}.
     */
    public void saveReport(Path report, Path target, Path importedFile) throws IOException {
        OutputCheck.workspace(database.file()).and(IMPORTED_FILE, importedFile).check(target);
        WholeFile.copy(report, target);
    }

    /** The header row of a CSV file, as written. */
    /**
     * Saves the wizard's column mapping for {@code import --mapping}, refusing to write over the workspace or the
     * file being imported.
     */
    public void saveMapping(MappingFile mapping, Path target, Path importedFile) throws IOException {
        OutputCheck.workspace(database.file()).and(IMPORTED_FILE, importedFile).check(target);
        mapping.write(target);
    }

    public List<String> headers(Path csvFile) {
        try (EndpointCsvReader reader = EndpointCsvReader.open(csvFile, new ColumnMapping(List.of()), rules(), false)) {
            return reader.headers();
        } catch (IOException e) {
            throw new ImportFileException(FileErrors.whyUnreadable(csvFile, e), e);
        }
    }

    /** The first {@code rows} rows as they would be stored with {@code mapping} (null: the header). */
    public ImportPreview preview(Path file, ImportFormat format, ColumnMapping mapping, int rows) {
        ImportFormat chosen = format != null ? format : ImportFormats.of(file);
        List<String> headers = chosen == ImportFormat.CSV ? headers(file) : List.of();
        List<ImportedRow> read = new ArrayList<>(rows);
        try (EndpointSource source = open(file, chosen, mapping, false)) {
            ImportedRow row;
            while (read.size() < rows && (row = source.next()) != null) {
                read.add(row);
            }
        } catch (IOException e) {
            throw new ImportFileException(FileErrors.whyUnreadable(file, e), e);
        }
        List<String> ids = read.stream().map(row -> row.endpoint().id()).filter(id -> id != null).toList();
        AddressMatches byAddress = new AddressMatches();
        Map<String, StoredEndpoint> stored = database.read(connection -> {
            byAddress.startBatch(connection, read, true);
            return StoredEndpoint.byId(connection, ids);
        });
        List<PreviewRow> preview = new ArrayList<>(read.size());
        for (ImportedRow row : read) {
            String id = row.endpoint().id();
            preview.add(ImportPreviews.previewOf(row, id != null ? stored.get(id) : byAddress.match(row),
                    rules()));
        }
        return new ImportPreview(headers, preview);
    }

    /** Field paths a column can be mapped to, for the mapping step: the standard ones first. */
    public static List<String> standardFieldPaths() {
        List<String> paths = new ArrayList<>();
        for (StandardField field : StandardField.values()) {
            paths.add(field.path());
        }
        paths.add(FieldPath.ATTRIBUTES + "<name>");
        paths.add(FieldPath.USER_ATTRIBUTES + "<name>");
        paths.add(FieldPath.METRICS + "<name>");
        return List.copyOf(paths);
    }

    private EndpointSource open(Path file, ImportFormat format, ColumnMapping mapping, boolean keepOriginals)
            throws IOException {
        ImportFormat chosen = format != null ? format : ImportFormats.of(file);
        return chosen == ImportFormat.CSV ? EndpointCsvReader.open(file, mapping, rules(), keepOriginals)
                : EndpointJsonReader.open(file, rules(), keepOriginals);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportFileException(FileErrors.whyUnreadable(file, e), e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
