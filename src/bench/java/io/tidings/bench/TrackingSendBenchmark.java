package io.tidings.bench;

import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxSettings;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.JobOptions;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.JobState;
import io.tidings.delivery.SendJob;
import io.tidings.server.ServerStatus;
import io.tidings.template.MessageVariables;
import io.tidings.template.RenderedMessage;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateType;
import io.tidings.tracking.EmailTracking;
import io.tidings.tracking.TrackingBase;
import io.tidings.tracking.TrackingLinks;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether tracking slows the engine: the email benchmark's personalised template (a whole HTML document with four
 * links) sent to N endpoints through the sandbox, with tracking off (no unsubscribe link, HTML as rendered) and on
 * (signed unsubscribe link, four links rewritten, an open pixel), in the order on (warm-up), off, on, on, off in the
 * same run, so that drift in the machine's load favours neither. Throughput is messages sent a second from run to
 * DONE. Then the cost per message of the tracking step alone against rendering the template, in the same JVM.
 *
 * <p>Arguments: endpoints (default 20,000), work folder (default target/bench).
 */
public final class TrackingSendBenchmark {

    /** Passes over the per-message loops; the last is reported, the JIT having compiled both by then. */
    private static final int PASSES = 5;

    private TrackingSendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int endpoints = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        Path file = folder.resolve("tracking.tidings");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(folder.resolve("tracking.tidings" + suffix));
        }
        try (OpenedWorkspace workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(file, "Tracking benchmark")) {
            EmailSendBenchmark.fill(workspace.workspace().database(), endpoints);
            // Both ways the same: no simulated reports (and no suppressions they would add between sends).
            workspace.sandboxSettings().save(new SandboxSettings(false, SandboxSettings.defaults().rates()));
            send("warm-up, tracking on", workspace, true);
            double offFirst = send("tracking off", workspace, false);
            double onFirst = send("tracking on", workspace, true);
            double onSecond = send("tracking on", workspace, true);
            double offSecond = send("tracking off", workspace, false);
            double off = (offFirst + offSecond) / 2;
            double on = (onFirst + onSecond) / 2;
            System.out.printf(Locale.ROOT, "sandbox: off %,.0f msg/s, on %,.0f msg/s, ratio %.2f%n", off, on, on / off);
            perMessage(workspace);
        }
    }

    /** Sends the template to everyone through a new engine of the workspace's; returns the messages sent a second. */
    private static double send(String what, OpenedWorkspace workspace, boolean tracking) throws Exception {
        if (tracking) {
            ServerStatus status = workspace.trackingServer().start("127.0.0.1", 0);
            if (status.state() != ServerStatus.State.LISTENING) {
                throw new IllegalStateException(status.inWords());
            }
        } else {
            workspace.trackingServer().stop();
        }
        SendJob job = workspace.sendJobs().create("Weekly picks", "Everyone", DeliveryChannel.EMAIL,
                JobOptions.DEFAULTS);
        ChannelSender sender = Wiring.sandboxSender(DeliveryChannel.EMAIL, workspace.workspace().database(),
                Clock.systemUTC());
        try (DeliveryEngine engine = workspace.sendingEngine(workspace.channelAccounts().load(),
                Map.of(DeliveryChannel.EMAIL, sender), DeliverySettings.defaults())) {
            engine.start();
            long started = System.nanoTime();
            engine.run(job.id());
            JobState state = engine.await(job.id(), Duration.ofMinutes(30), progress -> { });
            double elapsed = (System.nanoTime() - started) / 1e9;
            JobProgress progress = engine.progress(job.id());
            if (state != JobState.DONE || progress.failed() > 0) {
                throw new IllegalStateException(what + " ended " + state + ": " + progress);
            }
            String newest = workspace.sandboxOutbox().newest(1).get(0).html();
            if (tracking != newest.contains("/t/o/")) {
                throw new IllegalStateException(what + ": the messages " + (tracking ? "lack" : "have") + " tracking");
            }
            double rate = progress.sent() / elapsed;
            System.out.printf(Locale.ROOT, "%-22s %,7d sent in %6.2f s = %,6.0f msg/s%n", what, progress.sent(),
                    elapsed, rate);
            return rate;
        } finally {
            sender.close();
        }
    }

    /** The tracking step's own cost a message (rewrite four links, add the pixel, sign), against rendering. */
    private static void perMessage(OpenedWorkspace workspace) {
        Endpoint endpoint = new AudienceService(workspace.workspace().database()).endpoint("reader-000001")
                .orElseThrow();
        TemplateContent content = TemplateContent.parse(TemplateType.EMAIL, EmailSendBenchmark.TEMPLATE);
        TemplateRenderer renderer = new TemplateRenderer();
        TrackingBase base = new TrackingBase();
        base.set("https://links.example.com");
        EmailTracking tracking = new EmailTracking(base, new TrackingLinks(() -> new byte[32]));
        int rounds = 20_000;
        String html = "";
        long sink = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            long rendering = System.nanoTime();
            for (int index = 0; index < rounds; index++) {
                RenderedMessage rendered = renderer.render(content, MessageVariables.of(endpoint, content.defaults()));
                html = rendered.part(TemplateFields.HTML_PART);
                sink += html.length();
            }
            double renderMicros = (System.nanoTime() - rendering) / 1e3 / rounds;
            long tracked = System.nanoTime();
            for (int index = 0; index < rounds; index++) {
                sink += tracking.tracked(Integer.toString(index + 1), html).length();
                sink += tracking.unsubscribeUrl(Integer.toString(index + 1)).length();
            }
            double trackMicros = (System.nanoTime() - tracked) / 1e3 / rounds;
            if (pass == PASSES - 1) {
                System.out.printf(Locale.ROOT, "per message: rendering %.1f us, tracking %.1f us (%.0f %% of "
                        + "rendering; %,d characters)%n", renderMicros, trackMicros, 100 * trackMicros / renderMicros,
                        sink % 1000);
            }
        }
    }
}
