package io.tidings.bench;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxSettings;
import io.tidings.delivery.JobState;
import io.tidings.delivery.SendJob;
import io.tidings.journey.Activity;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.TemplateChoice;
import io.tidings.store.Database;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A published one-email journey (the segment enters, gets the email, the path ends) against a plain send of the same
 * template to the same endpoints, through the same engine and the sandbox, in the same run: plain, journey, journey,
 * plain, so that a machine getting faster or slower favours neither; a first plain send and a first journey warm the
 * JVM up. The journey
 * is timed from publishing to its last message sent, so it pays for its entry, its positions, its history and its
 * send jobs; the executor's passes run on the benchmark's thread while the engine sends. Both wait for their send jobs
 * the same way; each prints what its preparation cost the benchmark's thread (the plain send's job and ledger, the
 * journey's pass: entry, positions, history, jobs and ledgers), the floor of what the journey adds to the send. Throughput is messages sent a
 * second; CPU is the process's CPU time over the same span. The goal: the journey at least 0.8 times the plain send.
 *
 * <p>Arguments: endpoints (default 100,000), work folder (default target/bench).
 */
public final class JourneySendBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(30);

    private JourneySendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int endpoints = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path file = folder.resolve("journey.tidings");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(folder.resolve("journey.tidings" + suffix));
        }
        try (Workspace workspace = new WorkspaceService().create(file, "Journey benchmark")) {
            EmailSendBenchmark.fill(workspace.database(), endpoints);
        }
        try (OpenedWorkspace opened = new Wiring(Wiring.Host.COMMAND_LINE).open(file)) {
            opened.sandboxSettings().save(new SandboxSettings(false, Map.of()));
            opened.senders().reload();
            opened.delivery().start();
            long template = opened.templates().templateNamed("Weekly picks").orElseThrow().id();
            long segment = opened.segments().findByName("Everyone").orElseThrow().id();
            JourneyGraph oneEmail = JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(segment, null))
                    .with("picks", Activity.of(new MessageActivity.Email(new TemplateChoice(template, null), null)))
                    .connect(Outlet.ENTRY, "picks");

            plain("warm-up, plain send", opened);
            // The executor's code is warmed up too, or the first journey measured would pay for its compilation.
            journey("warm-up, journey", opened, oneEmail, 0);
            Figures plainFirst = plain("plain send", opened);
            Figures journeyFirst = journey("journey, one email", opened, oneEmail, 1);
            Figures journeySecond = journey("journey, one email", opened, oneEmail, 2);
            Figures plainSecond = plain("plain send", opened);
            double plainRate = (plainFirst.rate() + plainSecond.rate()) / 2;
            double journeyRate = (journeyFirst.rate() + journeySecond.rate()) / 2;
            System.out.printf(Locale.ROOT, "sandbox, %,d endpoints: plain %,.0f msg/s, journey %,.0f msg/s, "
                    + "ratio %.2f (goal >= 0.8)%n", endpoints, plainRate, journeyRate, journeyRate / plainRate);
        }
    }

    /** Messages sent, wall seconds and process CPU seconds of one measured send. */
    private record Figures(long sent, double seconds, double cpuSeconds) {
        double rate() {
            return sent / seconds;
        }
    }

    private static Figures plain(String what, OpenedWorkspace opened) throws InterruptedException {
        long cpu = cpuNanos();
        long started = System.nanoTime();
        long threadCpu = threadCpuNanos();
        SendJob job = opened.sendJobs().create("Weekly picks", "Everyone", DeliveryChannel.EMAIL);
        opened.delivery().run(job.id());
        preparing("job and ledger written", started, threadCpu);
        JobState state = opened.delivery().await(job.id(), PATIENCE, progress -> { });
        if (state != JobState.DONE) {
            System.err.printf("%s ended %s%n", what, state);
            System.exit(1);
        }
        long sent = opened.delivery().progress(job.id()).sent();
        return report(what, sent, started, cpu);
    }

    private static Figures journey(String what, OpenedWorkspace opened, JourneyGraph graph, int number)
            throws InterruptedException {
        long id = opened.journeys().create("Benchmark " + number, graph).id();
        long cpu = cpuNanos();
        long started = System.nanoTime();
        long threadCpu = threadCpuNanos();
        opened.journeyRuns().publish(id);
        opened.journeyExecutor().runDue();
        preparing("executor's pass", started, threadCpu);
        // The pass wrote the journey's send jobs: wait for each as the plain send waits for its one (a poll of the
        // ledger every few milliseconds would cost the journey CPU the plain send does not pay).
        for (long job : jobsOf(opened.workspace().database(), id)) {
            opened.delivery().await(job, PATIENCE, progress -> { });
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (unsent(opened.workspace().database(), id) > 0) {
            if (System.nanoTime() > deadline) {
                System.err.printf("%s did not finish within %s%n", what, PATIENCE);
                System.exit(1);
            }
            Thread.sleep(50);
        }
        long sent = number(opened.workspace().database(), "SELECT count(*) FROM outbox_message m JOIN send_job j "
                + "ON j.id = m.job_id WHERE j.journey_id = ? AND m.state = 'SENT'", id);
        return report(what, sent, started, cpu);
    }

    private static List<Long> jobsOf(Database database, long journeyId) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT id FROM send_job WHERE journey_id = ? ORDER BY id")) {
                query.setLong(1, journeyId);
                List<Long> jobs = new java.util.ArrayList<>();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        jobs.add(rows.getLong(1));
                    }
                }
                return jobs;
            }
        });
    }

    private static long unsent(Database database, long journeyId) {
        return number(database, "SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                + "WHERE j.journey_id = ? AND m.state IN ('PENDING', 'SENDING')", journeyId)
                + number(database, "SELECT count(*) FROM journey_participant WHERE journey_id = ? "
                        + "AND activity IS NOT NULL", journeyId);
    }

    private static Figures report(String what, long sent, long started, long cpu) {
        Figures figures = new Figures(sent, (System.nanoTime() - started) / 1e9, (cpuNanos() - cpu) / 1e9);
        System.out.printf(Locale.ROOT, "%-22s %,7d sent in %6.2f s (CPU %6.2f s) = %,6.0f msg/s%n", what,
                figures.sent(), figures.seconds(), figures.cpuSeconds(), figures.rate());
        return figures;
    }

    /** What the calling thread spent before the engine's sending is waited for: the send's own preparation. */
    private static void preparing(String what, long started, long threadCpu) {
        System.out.printf(Locale.ROOT, "  %-22s %6.2f s (CPU on its thread %5.2f s), load average %.1f%n", what,
                (System.nanoTime() - started) / 1e9, (threadCpuNanos() - threadCpu) / 1e9,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long number(Database database, String sql, long value) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement(sql)) {
                query.setLong(1, value);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }
}
