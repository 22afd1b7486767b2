package io.tidings.bench;

import io.tidings.cli.TidingsCommand;
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

        Double sqliteSeconds = sqliteImport(csv, folder.resolve("flat.db"));
        if (sqliteSeconds == null) {
            System.out.println("sqlite3 .import: skipped (no sqlite3 on the PATH)");
        } else {
            System.out.printf(Locale.ROOT, "sqlite3 .import into a flat table: %.2f s = %,.0f rows/s; Tidings runs at"
                    + " %.2f of its speed%n", sqliteSeconds, rows / sqliteSeconds, sqliteSeconds / importSeconds);
        }
    }

    private static Double sqliteImport(Path csv, Path database) throws IOException, InterruptedException {
        Files.deleteIfExists(database);
        long started = System.nanoTime();
        Process process;
        try {
            process = new ProcessBuilder("sqlite3", database.toString(), ".mode csv",
                    ".import " + csv.toAbsolutePath() + " flat").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException notInstalled) {
            return null;
        }
        int exit = process.waitFor();
        double elapsed = seconds(started);
        Files.deleteIfExists(database);
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
