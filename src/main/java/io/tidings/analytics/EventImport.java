package io.tidings.analytics;

import io.tidings.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports an events file: NDJSON (Pinpoint events or event-stream records, one a line) or CSV, gzip-compressed or
 * not. By default the whole file is one transaction and the first bad line stops it, keeping nothing; skipping bad
 * lines commits every {@value #BATCH} events, so that a stop keeps the batches before it, and reports each line left
 * out.
 */
public final class EventImport {

    static final int BATCH = 10_000;
    // A larger page cache for the import's connection while it runs: its index inserts are in no order.
    private static final int CACHE_KIB = 65_536;
    private static final int LISTED = 100;
    /**
     * From about this many events an import builds the event's unordered indexes at its end (when the workspace has
     * fewer).
     */
    private static final long LARGE_IMPORT = 50_000;

    private final Database database;
    private final EventRepository events = new EventRepository();

    public EventImport(Database database) {
        this.database = database;
    }

    /** Imports {@code file}; a file that cannot be read is an {@link EventFileException} in words. */
    public EventImportResult run(Path file, boolean skipBadLines) {
        try (Lines lines = open(file)) {
            Tally tally = new Tally();
            if (skipBadLines) {
                while (lines.hasNext()) {
                    database.write(connection -> importBatch(connection, lines, tally, BATCH, true));
                }
            } else {
                boolean large = estimatedEvents(file) > LARGE_IMPORT;
                database.writeAlone(connection -> {
                    // A large import into fewer events builds the indexes it adds to in no order once at its end rather
                    // than row by row; it is one transaction, so a stop or a crash gives them back with everything else.
                    boolean rebuild = large && estimatedEvents(file) > events.nextId(connection);
                    if (rebuild) {
                        events.dropUnorderedIndexes(connection);
                    }
                    importBatch(connection, lines, tally, Long.MAX_VALUE, false);
                    if (tally.stoppedAtLine > 0) {
                        connection.rollback();
                    } else if (rebuild) {
                        events.createUnorderedIndexes(connection);
                    }
                    return null;
                });
            }
            return new EventImportResult(tally.read, tally.stoppedAtLine > 0 ? 0 : tally.imported, tally.rejected,
                    tally.rejections, tally.stoppedAtLine);
        } catch (UncheckedIOException e) {
            throw new EventFileException("Could not read " + file.getFileName() + ": " + e.getCause().getMessage());
        }
    }

    /** About how many events the file holds: a record is some 300 bytes, and gzip makes it about 8 times smaller. */
    private static long estimatedEvents(Path file) {
        try {
            long bytes = Files.size(file);
            boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
            return (gzip ? bytes * 8 : bytes) / 300;
        } catch (IOException unreadable) {
            return 0; // the import itself says what is wrong with the file
        }
    }

    private Void importBatch(Connection connection, Lines lines, Tally tally, long size, boolean skip)
            throws SQLException {
        Set<String> customTypes = events.customEventTypes(connection);
        long cacheSize = pragma(connection, "PRAGMA cache_size");
        pragma(connection, "PRAGMA cache_size = -" + CACHE_KIB);
        try {
            return importEvents(connection, lines, tally, size, skip, customTypes);
        } finally {
            pragma(connection, "PRAGMA cache_size = " + cacheSize);
        }
    }

    private static long pragma(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (var rows = statement.getResultSet()) {
                    return rows.next() ? rows.getLong(1) : 0;
                }
            }
            return 0;
        }
    }

    private Void importEvents(Connection connection, Lines lines, Tally tally, long size, boolean skip,
            Set<String> customTypes) throws SQLException {
        long batch = 0;
        long firstId = events.nextId(connection);
        BatchDailyCounts daily = new BatchDailyCounts();
        try (PreparedStatement insert = events.inserting(connection)) {
            while (batch < size && lines.hasNext()) {
                Line line = lines.next();
                tally.read++;
                EventReading reading = line.reading();
                List<EventProblem> problems = reading.problems();
                if (reading.accepted() && !reading.event().standardType() && !customTypes.contains(reading.event().eventType())) {
                    if (customTypes.size() >= EventLimits.CUSTOM_EVENT_TYPES) {
                        problems = List.of(new EventProblem(lines.typeField(), "\"%s\" would be the workspace's %,d-th"
                                .formatted(reading.event().eventType(), customTypes.size() + 1)
                                + " custom event type; Pinpoint allows %,d".formatted(EventLimits.CUSTOM_EVENT_TYPES)));
                    } else {
                        customTypes.add(reading.event().eventType());
                    }
                }
                if (!problems.isEmpty()) {
                    tally.reject(line.number(), problems);
                    if (!skip) {
                        tally.stoppedAtLine = line.number();
                        return null;
                    }
                    continue;
                }
                events.add(insert, daily, reading.event());
                tally.imported++;
                batch++;
                if (batch % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            // Once for the run (a whole all-or-nothing import, or one batch of the skipping kind): the rollups read
            // the events back in one pass each, and the daily counts, added up as the events went by, are one row a
            // group rather than one a group and batch.
            events.rollUp(connection, insert, daily, firstId);
        }
        return null;
    }

    private static Lines open(Path file) {
        try {
            InputStream in = Files.newInputStream(file);
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
            return new ReadAhead(name.endsWith(".csv") ? Lines.csv(reader, file) : Lines.json(reader));
        } catch (NoSuchFileException e) {
            throw new EventFileException("There is no file " + file + ".");
        } catch (IOException e) {
            throw new EventFileException("Could not read " + file + ": " + e.getMessage());
        }
    }

    private record Line(long number, EventReading reading) {
    }

    /** The lines of the file, read one at a time. */
    private abstract static class Lines implements Iterator<Line>, AutoCloseable {

        static Lines json(BufferedReader reader) {
            return new Lines() {
                private long number;
                private String next = advance();

                private String advance() {
                    try {
                        String line;
                        do {
                            line = reader.readLine();
                            number++;
                        } while (line != null && line.isBlank());
                        return line;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Line next() {
                    Line line = new Line(number, EventJson.read(next));
                    next = advance();
                    return line;
                }

                @Override
                String typeField() {
                    return "event type";
                }

                @Override
                public void close() {
                    closeQuietly(reader);
                }
            };
        }

        static Lines csv(BufferedReader reader, Path file) {
            try {
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader);
                EventCsv columns = new EventCsv(parser.getHeaderNames());
                String problem = columns.headerProblem();
                if (problem != null) {
                    parser.close();
                    throw new EventFileException("Line 1 of " + file.getFileName() + ": " + problem + ".");
                }
                Iterator<CSVRecord> records = parser.iterator();
                return new Lines() {
                    @Override
                    public boolean hasNext() {
                        return records.hasNext();
                    }

                    @Override
                    public Line next() {
                        CSVRecord record = records.next();
                        return new Line(record.getRecordNumber() + 1, columns.read(record.toList()));
                    }

                    @Override
                    String typeField() {
                        return "EventType";
                    }

                    @Override
                    public void close() {
                        closeQuietly(parser);
                    }
                };
            } catch (IOException e) {
                throw new EventFileException("Could not read " + file.getFileName() + ": " + e.getMessage());
            }
        }

        abstract String typeField();

        @Override
        public abstract void close();

        private static void closeQuietly(AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Reading is over; a failure to close changes nothing that was imported.
            }
        }
    }

    /**
     * Reads and parses the lines on a thread of its own, a chunk ahead of the writer, so that on two cores the parsing
     * costs the import no time: SQLite's inserts and roll-ups, on the writer's thread, are the larger part.
     */
    private static final class ReadAhead extends Lines {

        private static final int CHUNK = 1_000;
        private static final List<Line> END = List.of();

        private final Lines source;
        private final BlockingQueue<List<Line>> chunks = new ArrayBlockingQueue<>(8);
        private final Thread reader;
        private volatile RuntimeException failure;
        private volatile boolean closed;
        private Iterator<Line> current = Collections.emptyIterator();
        private boolean ended;

        ReadAhead(Lines source) {
            this.source = source;
            reader = new Thread(this::readAll, "tidings-event-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void readAll() {
            try {
                List<Line> chunk = new ArrayList<>(CHUNK);
                while (!closed && source.hasNext()) {
                    chunk.add(source.next());
                    if (chunk.size() == CHUNK) {
                        chunks.put(chunk);
                        chunk = new ArrayList<>(CHUNK);
                    }
                }
                if (!chunk.isEmpty()) {
                    chunks.put(chunk);
                }
            } catch (InterruptedException stopped) {
                return; // closed before the end: nobody reads on
            } catch (RuntimeException unreadable) {
                failure = unreadable; // the writer throws it where it would have met it, after the lines before it
            } catch (Error broken) {
                // Handed on rather than lost, so that the writer never waits for an end that does not come.
                failure = new IllegalStateException("Reading the events file failed", broken);
            }
            try {
                chunks.put(END);
            } catch (InterruptedException stopped) {
                // closed: nobody waits for the end
            }
        }

        @Override
        public boolean hasNext() {
            while (!ended && !current.hasNext()) {
                List<Line> chunk;
                try {
                    chunk = chunks.take();
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("The import was interrupted while reading the file", stopped);
                }
                if (chunk == END) {
                    ended = true;
                    if (failure != null) {
                        throw failure;
                    }
                } else {
                    current = chunk.iterator();
                }
            }
            return current.hasNext();
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }

        @Override
        String typeField() {
            return source.typeField();
        }

        @Override
        public void close() {
            closed = true;
            reader.interrupt();
            try {
                reader.join();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            source.close();
        }
    }

    private static final class Tally {
        long read;
        long imported;
        long rejected;
        long stoppedAtLine;
        final List<RejectedEvent> rejections = new ArrayList<>();

        void reject(long line, List<EventProblem> problems) {
            rejected++;
            for (EventProblem problem : problems) {
                if (rejections.size() < LISTED) {
                    rejections.add(new RejectedEvent(line, problem.field(), problem.reason()));
                }
            }
        }
    }
}
