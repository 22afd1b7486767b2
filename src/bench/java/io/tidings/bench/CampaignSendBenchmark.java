package io.tidings.bench;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.channel.email.SmtpSender;
import io.tidings.channel.email.SmtpSettings;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.JobAccount;
import io.tidings.delivery.JobOptions;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.JobState;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.RunTreatment;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An A/B campaign run (three treatments, each its own personalised template, and a 10 % holdout) against a plain
 * send of the same template to the same 100,000 endpoints, through the same engine, to the sandbox and to Postfix's
 * {@code smtp-sink}, in the same run. Each pair is measured twice in the order plain, campaign, campaign, plain, so
 * that a machine getting faster or slower during the run favours neither; a first plain send warms the JVM up.
 * Throughput is messages sent a second (the held-out endpoints are not sent, and not counted). The goal: the
 * campaign at least 0.9 times the plain send's throughput.
 *
 * <p>Arguments: endpoints (default 100,000), work folder (default target/bench), SMTP connections (default 8).
 */
public final class CampaignSendBenchmark {

    private CampaignSendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int endpoints = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        if (!PostfixSmtp.installed()) {
            System.err.println(PostfixSmtp.HOW_TO_INSTALL);
            System.exit(2);
        }
        Path file = folder.resolve("campaign.tidings");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(folder.resolve("campaign.tidings" + suffix));
        }
        int port = PostfixSmtp.freePort();
        Process sink = PostfixSmtp.startSink(port);
        try (Workspace workspace = new WorkspaceService().create(file, "Campaign benchmark")) {
            Database database = workspace.database();
            EmailSendBenchmark.fill(database, endpoints);
            TemplateService templates = Wiring.templateService(database);
            long a = templates.templateNamed("Weekly picks").orElseThrow().id();
            long b = templates.create("Weekly picks B", TemplateType.EMAIL, null,
                    EmailSendBenchmark.TEMPLATE.replace("your picks for", "new in"));
            long c = templates.create("Weekly picks C", TemplateType.EMAIL, null,
                    EmailSendBenchmark.TEMPLATE.replace("your picks for", "last chance in"));
            long segment = new SegmentService(database).findByName("Everyone").orElseThrow().id();
            List<RunTreatment> treatments = List.of(new RunTreatment("A", 30, a, null, null),
                    new RunTreatment("B", 30, b, null, null), new RunTreatment("C", 30, c, null, null));
            SmtpSettings smtp = SmtpSettings.of("127.0.0.1", port, SmtpSecurity.NONE, null, null, "news@tidings.example")
                    .withFromName("Tidings Shop").withPoolSize(connections);
            // Each message pays for its cap look-up, as in the email benchmark; the cap is high enough for every run.
            JobOptions options = JobOptions.DEFAULTS.withDailyCapPerEndpoint(1_000);
            SendJobs jobs = Wiring.sendJobs(database);
            long[] campaign = {0};
            Supplier<SendJob> plain = () -> jobs.create("Weekly picks", "Everyone", DeliveryChannel.EMAIL, options);
            Supplier<SendJob> run = () -> jobs.createRun(new RunPlan("A/B", ++campaign[0], 42, DeliveryChannel.EMAIL,
                    segment, null, treatments, 10, Instant.now(), null, null, options, JobAccount.UNKNOWN));

            Supplier<ChannelSender> sandbox = () -> Wiring.sandboxSender(DeliveryChannel.EMAIL, database, Clock.systemUTC());
            Supplier<ChannelSender> smtpSink = () -> new SmtpSender(smtp);
            send("warm-up, plain send to the sandbox", database, sandbox, plain, 4);
            for (var target : List.of(Map.entry("sandbox", sandbox), Map.entry("smtp-sink", smtpSink))) {
                int workers = target.getKey().equals("smtp-sink") ? connections : DeliverySettings.defaults().workers();
                double plainFirst = send("plain send, " + target.getKey(), database, target.getValue(), plain, workers);
                double runFirst = send("A/B run, " + target.getKey(), database, target.getValue(), run, workers);
                double runSecond = send("A/B run, " + target.getKey(), database, target.getValue(), run, workers);
                double plainSecond = send("plain send, " + target.getKey(), database, target.getValue(), plain, workers);
                double plainRate = (plainFirst + plainSecond) / 2;
                double runRate = (runFirst + runSecond) / 2;
                System.out.printf(Locale.ROOT, "%s: plain %,.0f msg/s, A/B run %,.0f msg/s, ratio %.2f (goal >= 0.9)%n",
                        target.getKey(), plainRate, runRate, runRate / plainRate);
            }
        } finally {
            sink.destroy();
        }
    }

    /** Creates the job, sends it through a new engine and {@code sender}; returns the messages sent a second. */
    private static double send(String what, Database database, Supplier<ChannelSender> senders, Supplier<SendJob> create,
            int workers) throws Exception {
        long expanding = System.nanoTime();
        SendJob job = create.get();
        double expansion = (System.nanoTime() - expanding) / 1e9;
        ChannelSender sender = senders.get();
        try (DeliveryEngine engine = Wiring.deliveryEngine(database, Map.of(DeliveryChannel.EMAIL, sender),
                DeliverySettings.defaults().withWorkers(workers))) {
            engine.start();
            long started = System.nanoTime();
            engine.run(job.id());
            JobState state = engine.await(job.id(), Duration.ofMinutes(30), progress -> { });
            double elapsed = (System.nanoTime() - started) / 1e9;
            JobProgress progress = engine.progress(job.id());
            if (state != JobState.DONE || progress.failed() > 0 || progress.queued() > 0) {
                System.err.printf("%s ended %s: %s%n", what, state, progress);
                System.exit(1);
            }
            double rate = progress.sent() / elapsed;
            System.out.printf(Locale.ROOT, "%-36s ledger %,7d rows in %4.1f s; %,7d sent in %6.2f s = %,6.0f msg/s%n",
                    what, progress.total(), expansion, progress.sent(), elapsed, rate);
            return rate;
        } finally {
            sender.close();
        }
    }
}
