package io.tidings.bench;

import io.tidings.audience.AudienceImport;
import io.tidings.audience.ErrorPolicy;
import io.tidings.audience.ImportRequest;
import io.tidings.audience.ImportResult;
import io.tidings.cli.TidingsCommand;
import io.tidings.segment.ImportedSegmentRepository;
import io.tidings.work.Progress;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.WorkspaceService;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times the audience import of a generated Pinpoint CSV through the CLI's own code path, samples
 * the heap while it runs, and times {@code sqlite3 .import} of the same file into a flat table
 * for comparison (skipped when sqlite3 is not installed).
 *
 * <p>Arguments: the number of rows (default 1,000,000) and a work folder (default target/bench).
 */
public final class AudienceImportBenchmark {

    private AudienceImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path csv = folder.resolve("audience-" + rows + ".csv");
        if (!Files.exists(csv)) {
            long started = System.nanoTime();
            AudienceFileGenerator.write(csv, rows);
            System.out.printf(Locale.ROOT, "Generated %s (%,d rows, %.0f MB) in %.1f s%n", csv, rows,
                    Files.size(csv) / 1e6, seconds(started));
        }
        Path workspace = folder.resolve("bench.tidings");
        Files.deleteIfExists(workspace);
        Files.deleteIfExists(folder.resolve("bench.tidings-wal"));
        Files.deleteIfExists(folder.resolve("bench.tidings-shm"));
        new WorkspaceService().create(workspace, "Benchmark").close();

        HeapSampler heap = new HeapSampler();
        heap.start();
        long started = System.nanoTime();
        PrintWriter out = new PrintWriter(System.out, true);
        int exit = TidingsCommand.commandLine(new AppDirectories(folder.resolve("home")), out, out)
                .execute("import", "--workspace", workspace.toString(), csv.toString());
        double importSeconds = seconds(started);
        heap.stopSampling();
        double rowsPerSecond = rows / importSeconds;
        System.out.printf(Locale.ROOT, "Tidings import: %,d rows in %.2f s = %,.0f rows/s (exit %d), peak heap used %d MB"
                + " of max %d MB, workspace %.0f MB%n", rows, importSeconds, rowsPerSecond, exit,
                heap.peak() >> 20, Runtime.getRuntime().maxMemory() >> 20, Files.size(workspace) / 1e6);

        started = System.nanoTime();
        int againExit = TidingsCommand.commandLine(new AppDirectories(folder.resolve("home")), out, out)
                .execute("import", "--workspace", workspace.toString(), csv.toString());
        double againSeconds = seconds(started);
        System.out.printf(Locale.ROOT, "The same file imported again into that workspace through the command line, in"
                + " this warm JVM (every row already stored, so compared and not written): %.2f s = %,.0f rows/s"
                + " (exit %d)%n", againSeconds, rows / againSeconds, againExit);

        // The JIT has compiled the import by now: these two differ only in how they write.
        double appSeconds = importWarm(csv, folder.resolve("warm.tidings"), false);
        System.out.printf(Locale.ROOT, "Again in this warm JVM, as the app runs it (the workspace open for its screens'"
                + " reads, so through the WAL): %.2f s = %,.0f rows/s%n", appSeconds, rows / appSeconds);
        double aloneSeconds = importWarm(csv, folder.resolve("warm.tidings"), true);
        System.out.printf(Locale.ROOT, "Again in this warm JVM, as the command line runs it (the workspace to itself,"
                + " so through the rollback journal): %.2f s = %,.0f rows/s%n", aloneSeconds, rows / aloneSeconds);

        Double sqliteSeconds = sqliteImport(csv, folder.resolve("flat.db"));
        if (sqliteSeconds == null) {
            System.out.println("sqlite3 .import: skipped (no sqlite3 on the PATH)");
        } else {
            System.out.printf(Locale.ROOT, "sqlite3 .import into a flat table: %.2f s = %,.0f rows/s; Tidings runs at"
                    + " %.2f of its speed%n", sqliteSeconds, rows / sqliteSeconds, sqliteSeconds / importSeconds);
            Double layoutSeconds = sqliteIntoTidingsLayout(folder.resolve("flat.db"), folder.resolve("layout.tidings"));
            if (layoutSeconds != null) {
                System.out.printf(Locale.ROOT, "sqlite3 alone, from the flat table into Tidings' endpoint table and its"
                        + " indexes, rollback journal (no Java, no checks): %.2f s = %,.0f rows/s%n", layoutSeconds, rows / layoutSeconds);
            }
            double driverSeconds = DriverFloor.load(folder.resolve("flat.db"), folder.resolve("driver.tidings"));
            System.out.printf(Locale.ROOT, "The same rows, already built, through the JDBC driver into a workspace as"
                    + " the command line writes them (no parsing, no checks): %.2f s = %,.0f rows/s%n", driverSeconds,
                    rows / driverSeconds);
            System.out.printf(Locale.ROOT, "The issue's goal is 200,000 rows/s and at least half the speed of sqlite3"
                    + " .import: the import %,.0f rows/s at %.2f; the driver floor, with no parsing or checking at all,"
                    + " %,.0f rows/s at %.2f%n", rowsPerSecond, sqliteSeconds / importSeconds, rows / driverSeconds,
                    sqliteSeconds / driverSeconds);
            Files.deleteIfExists(folder.resolve("flat.db"));
        }
    }

    /**
     * The floor SQLite itself sets for Tidings' layout: the rows the flat table holds moved by SQL
     * into an empty workspace's endpoint table (values packed into their cells, as Tidings writes
     * them), then the two indexes an import into an empty audience builds at the end, sorted as
     * Tidings sorts them (temporary files, a helper thread, an 8 MB cache: {@code IndexBuild}); through
     * the rollback journal, as a command-line import writes.
     */
    private static Double sqliteIntoTidingsLayout(Path flat, Path layout) throws IOException, InterruptedException {
        Files.deleteIfExists(layout);
        new WorkspaceService().create(layout, "Layout").close();
        String pack = "char(31) || %s || char(31)";
        String script = """
                PRAGMA cache_size = -64000;
                .output /dev/null
                PRAGMA journal_mode = DELETE;
                .output stdout
                PRAGMA synchronous = FULL;
                ATTACH '%s' AS flat;
                BEGIN;
                INSERT INTO attribute_name (id, scope, name, column_name) VALUES
                    (1, 'USER_ATTRIBUTE', 'FirstName', 'user_attribute_1'), (2, 'USER_ATTRIBUTE', 'LastName', 'user_attribute_2'),
                    (3, 'ATTRIBUTE', 'Interests', 'attribute_3'), (4, 'ATTRIBUTE', 'Tier', 'attribute_4'),
                    (5, 'METRIC', 'Purchases', 'metric_5');
                ALTER TABLE endpoint ADD COLUMN user_attribute_1 TEXT;
                ALTER TABLE endpoint ADD COLUMN user_attribute_2 TEXT;
                ALTER TABLE endpoint ADD COLUMN attribute_3 TEXT;
                ALTER TABLE endpoint ADD COLUMN attribute_4 TEXT;
                ALTER TABLE endpoint ADD COLUMN metric_5 REAL;
                DROP INDEX IF EXISTS endpoint_segment;
                DROP INDEX IF EXISTS endpoint_by_address;
                INSERT INTO endpoint (key, id, channel_type, address, endpoint_status, opt_out, effective_date, creation_date,
                    cohort_id, country, city, platform, timezone, user_id, user_attribute_1, user_attribute_2, attribute_3,
                    attribute_4, metric_5)
                SELECT rowid, c1, c2, c3, c4, c5, c6, c6, rowid %% 100, c7, c8, c9, c10, c11, %s, %s,
                    char(31) || c14 || char(31) || iif(c15 <> '', c15 || char(31), '') || iif(c16 <> '', c16 || char(31), ''),
                    %s, CAST(c18 AS REAL)
                FROM flat.flat;
                PRAGMA temp_store = FILE;
                .output /dev/null
                PRAGMA threads = %d;
                .output stdout
                PRAGMA cache_size = -8000;
                CREATE INDEX endpoint_by_address ON endpoint (address);
                CREATE INDEX endpoint_segment ON endpoint (user_id, channel_type, country, platform, make, model,
                    app_version, latitude, longitude, effective_date, user_attribute_1, user_attribute_2, attribute_3,
                    attribute_4, metric_5);
                COMMIT;
                """.formatted(flat.toAbsolutePath(), pack.formatted("c12"), pack.formatted("c13"),
                        pack.formatted("c17"), Math.min(8, Runtime.getRuntime().availableProcessors() - 1));
        long started = System.nanoTime();
        Process process = new ProcessBuilder("sqlite3", layout.toString()).redirectErrorStream(true).start();
        process.getOutputStream().write(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double elapsed = seconds(started);
        Files.deleteIfExists(layout);
        if (exit != 0 || !output.isBlank()) {
            System.out.println("sqlite3 into Tidings' layout failed: " + output);
            return null;
        }
        return elapsed;
    }

    /**
     * The same import into a new workspace, timed from the start of the import to the workspace
     * closed: as the app runs it ({@code toItself} false: the workspace stays open for the
     * screens' reads, so the import writes through the WAL) or as the command line does.
     */
    private static double importWarm(Path csv, Path file, boolean toItself) throws IOException {
        Files.deleteIfExists(file);
        long started;
        try (Workspace workspace = new WorkspaceService().create(file, "Warm")) {
            started = System.nanoTime();
            String region = workspace.info().defaultRegion();
            AudienceImport audienceImport = new AudienceImport(workspace.database(), new ImportedSegmentRepository(),
                    () -> region, toItself);
            ImportResult result = audienceImport
                    .run(new ImportRequest(csv, null, null, ErrorPolicy.STOP_AT_FIRST_ERROR, null, null), Progress.NONE);
            if (result.created() == 0 || result.rejected() > 0) {
                throw new IllegalStateException("The warm import created " + result.created() + " and rejected "
                        + result.rejected());
            }
        }
        double seconds = seconds(started);
        Files.deleteIfExists(file);
        return seconds;
    }

    private static Double sqliteImport(Path csv, Path database) throws IOException, InterruptedException {
        Files.deleteIfExists(database);
        long started = System.nanoTime();
        Process process;
        try {
            // Named columns c1..c18 (the header repeats Attributes.Interests); the header row is skipped.
            process = new ProcessBuilder("sqlite3", database.toString(), "CREATE TABLE flat ("
                    + java.util.stream.IntStream.rangeClosed(1, 18).mapToObj(column -> "c" + column + " TEXT")
                            .collect(java.util.stream.Collectors.joining(", ")) + ")", ".mode csv",
                    ".import --skip 1 " + csv.toAbsolutePath() + " flat").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            return null;
        }
        int exit = process.waitFor();
        double elapsed = seconds(started);
        return exit == 0 ? elapsed : null;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Samples the heap in use every 20 ms and keeps the highest figure. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }

        long peak() {
            return peak.get();
        }
    }
}
