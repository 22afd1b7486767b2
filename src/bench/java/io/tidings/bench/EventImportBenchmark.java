package io.tidings.bench;

import io.tidings.analytics.EventImportResult;
import io.tidings.analytics.KpiQuery;
import io.tidings.analytics.KpiReport;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Times {@code events import} of Pinpoint event-stream records (generated here: a 90-day mix of email sends,
 * deliveries, opens, clicks and bounces for 20 campaigns of two treatments, plus SMS and app events) into a new
 * workspace, with the rollups kept current by the same inserts, then a campaign's 90-day KPI report from the
 * rollups. Arguments: events (default 1,000,000), folder (default target/bench), events already in the workspace
 * before the timed import (default none; imported first in files of the same size and mix, other endpoints' and
 * times drawn anew, untimed). The goal: 50,000 events/s.
 */
public final class EventImportBenchmark {

    private static final String[] TYPES = {"_email.send", "_email.send", "_email.send", "_email.delivered",
        "_email.delivered", "_email.open", "_email.open", "_email.click", "_email.hardbounce", "_email.softbounce",
        "_SMS.BUFFERED", "_SMS.SUCCESS", "_session.start", "_monetization.purchase", "level_complete"};

    private EventImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/bench");
        long already = args.length > 2 ? Long.parseLong(args[2]) : 0;
        Files.createDirectories(folder);
        Path file = folder.resolve("events.ndjson");
        long started = System.nanoTime();
        generate(file, events, 19);
        System.out.printf(Locale.ROOT, "Generated %s (%,d events, %.0f MB) in %.1f s%n", file, events,
                Files.size(file) / 1e6, seconds(started));
        floor(file);
        Path workspaceFile = folder.resolve("events.tidings");
        Files.deleteIfExists(workspaceFile);
        try (OpenedWorkspace workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(workspaceFile, "Events")) {
            fill(workspace, folder, events, already);
            long importing = System.nanoTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long processCpu = processCpuNanos();
            EventImportResult result = workspace.eventImport().run(file, false);
            double seconds = seconds(importing);
            double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
            double processCpuSeconds = (processCpuNanos() - processCpu) / 1e9;
            // The file is read on a thread of its own, so the importing thread's CPU leaves the parsing out: the
            // process's CPU (every thread, the collector's too) is the figure to hold against the goal.
            System.out.printf(Locale.ROOT, "events import: %,d events in %.2f s = %,.0f events/s (goal 50,000); "
                    + "CPU of the writing thread %.2f s = %,.0f events per CPU second; CPU of the process %.2f s = "
                    + "%,.0f events per CPU second; workspace %.0f MB%n", result.imported(), seconds,
                    result.imported() / seconds, cpuSeconds, result.imported() / cpuSeconds, processCpuSeconds,
                    result.imported() / processCpuSeconds, Files.size(workspaceFile) / 1e6);
            for (int run = 0; run < 6; run++) {
                long reading = System.nanoTime();
                KpiReport report = workspace.kpis().report(
                        new KpiQuery("campaign-3", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-30")));
                System.out.printf(Locale.ROOT, "kpi --campaign campaign-3, 90 days: %.0f ms (%,d sent, %d days)%n",
                        seconds(reading) * 1000, report.total().messagesSent(), report.byDay().size());
            }
            for (int run = 0; run < 3; run++) {
                long reading = System.nanoTime();
                long readingCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                KpiReport all = workspace.kpis().report(
                        new KpiQuery(null, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-03-30")));
                System.out.printf(Locale.ROOT, "kpi, all campaigns, 90 days: %.0f ms (CPU %.0f ms; %,d unique "
                        + "deliveries)%n", seconds(reading) * 1000,
                        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - readingCpu) / 1e6,
                        all.total().uniqueDeliveries());
            }
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The floor: reading the file's lines and passing every JSON token of each, nothing kept, on this thread's CPU. */
    private static void floor(Path file) throws Exception {
        com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
        long started = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long lines = 0;
        long tokens = 0;
        try (java.io.BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                try (com.fasterxml.jackson.core.JsonParser parser = factory.createParser(line)) {
                    while (parser.nextToken() != null) {
                        tokens++;
                    }
                }
                lines++;
            }
        }
        double cpuSeconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf(Locale.ROOT, "floor, reading and tokenising the file: %,d lines (%,d tokens) in %.2f s, CPU "
                + "%.2f s = %,.0f lines per CPU second%n", lines, tokens, seconds(started), cpuSeconds, lines / cpuSeconds);
    }

    /** Imports {@code already} events first, in files of {@code events}, each drawn with a seed of its own. */
    private static void fill(OpenedWorkspace workspace, Path folder, int events, long already) throws Exception {
        Path file = folder.resolve("earlier-events.ndjson");
        for (int round = 0; (long) round * events < already; round++) {
            long started = System.nanoTime();
            generate(file, events, 1_000 + round);
            EventImportResult result = workspace.eventImport().run(file, false);
            System.out.printf(Locale.ROOT, "  already in the workspace: %,d events more (%.1f s)%n", result.imported(),
                    seconds(started));
        }
        Files.deleteIfExists(file);
    }

    private static void generate(Path file, int events, long seed) throws Exception {
        Random random = new Random(seed);
        long start = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        long span = 90L * 24 * 3600 * 1000;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int index = 0; index < events; index++) {
                String type = TYPES[random.nextInt(TYPES.length)];
                long time = start + (long) (random.nextDouble() * span);
                int endpoint = random.nextInt(200_000);
                int campaign = random.nextInt(20);
                String metrics = type.equals("_monetization.purchase") ? "{\"_item_price\":9.99,\"_quantity\":1.0}"
                        : type.startsWith("_SMS.") ? "{\"price_in_millicents_usd\":645.0}" : "{}";
                String attributes = type.startsWith("_email.") || type.startsWith("_SMS.")
                        ? "{\"campaign_id\":\"campaign-%d\",\"campaign_activity_id\":\"run-%d\",\"treatment_id\":\"%d\"}"
                                .formatted(campaign, campaign, endpoint % 2)
                        : "{\"level\":\"%d\"}".formatted(endpoint % 40);
                out.write("{\"event_type\":\"" + type + "\",\"event_timestamp\":" + time + ",\"arrival_timestamp\":"
                        + time + ",\"event_version\":\"3.1\",\"application\":{\"app_id\":\"bench\",\"sdk\":{}},"
                        + "\"client\":{\"client_id\":\"ep-" + endpoint + "\"},\"device\":{\"platform\":{}},"
                        + "\"session\":{},\"attributes\":" + attributes + ",\"metrics\":" + metrics + "}\n");
            }
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
