package io.tidings.bench;

import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.email.MessageSize;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.channel.email.SmtpSender;
import io.tidings.channel.email.SmtpSettings;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.JobOptions;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.JobState;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.template.MessageVariables;
import io.tidings.template.RenderedMessage;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends personalised emails to endpoints of a fresh workspace through the real {@link SmtpSender} and
 * {@link DeliveryEngine}, with the ledger and events written, into Postfix's {@code smtp-sink}; and, as the
 * reference, has Postfix's {@code smtp-source} send as many messages of the same size to the same sink over
 * as many sessions, once connecting for every message (its default) and once keeping its connections
 * ({@code -d}), as Tidings does. Prints the rates and the ratios.
 *
 * <p>Tidings sends the job twice, each time through a new engine and SMTP connections: the first run pays for
 * the JVM's just-in-time compilation, as the first campaign after starting the app does; the second shows the
 * steady rate. A daily cap of three per endpoint applies, so each message pays for its cap look-up.
 *
 * <p>Arguments: messages (default 100,000), work folder (default target/bench), connections (default 8),
 * messages per claim (default {@value DeliverySettings#DEFAULT_CLAIM_BATCH}). {@code -Dbench.reference=false}
 * skips smtp-source, for quick runs while tuning.
 */
public final class EmailSendBenchmark {

    static final String TEMPLATE = """
            {"Subject": "{{User.UserAttributes.FirstName}}, your picks for {{Attributes.City}} this week",
             "MessageType": "PROMOTIONAL",
             "TextPart": "Hello {{User.UserAttributes.FirstName}},\\n\\nThis week in {{Attributes.City}}: new arrivals \
            for {{Attributes.Interests}} fans, picked for you.\\n\\nYour member number is {{User.UserId}}; you have \
            {{Metrics.Points}} points to spend before the end of the month.\\n\\nSee you soon,\\nThe Tidings Shop team\
            \\n\\nYou get this because you signed up at tidings.example. Unsubscribe: \
            https://tidings.example/unsubscribe?u={{Id}}",
             "HtmlPart": "<html><body style=\\"font-family: sans-serif\\"><h1>Hello {{User.UserAttributes.FirstName}}\
            </h1><p>This week in <b>{{Attributes.City}}</b>: new arrivals for <i>{{Attributes.Interests}}</i> fans, \
            picked for you.</p><table><tr><td><a href=\\"https://tidings.example/p/1?u={{Id}}\\">Trail shoes</a></td>\
            <td><a href=\\"https://tidings.example/p/2?u={{Id}}\\">Rain jacket</a></td><td>\
            <a href=\\"https://tidings.example/p/3?u={{Id}}\\">Water bottle</a></td></tr></table><p>Your member \
            number is {{User.UserId}}; you have <b>{{Metrics.Points}}</b> points to spend before the end of the \
            month.</p><p>See you soon,<br>The Tidings Shop team</p><p style=\\"font-size: small\\">You get this \
            because you signed up at tidings.example. <a href=\\"https://tidings.example/unsubscribe?u={{Id}}\\">\
            Unsubscribe</a></p></body></html>"}""";
    private static final List<String> NAMES = List.of("Ada", "Bea", "Cyd", "Dev", "Eli", "Fay", "Gus", "Hal");
    private static final List<String> CITIES = List.of("Lisbon", "Oslo", "Austin", "Kyoto", "Perth", "Quito");
    private static final List<String> INTERESTS = List.of("running", "hiking", "cycling", "climbing");

    private EmailSendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/bench"));
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int claimBatch = args.length > 3 ? Integer.parseInt(args[3]) : DeliverySettings.DEFAULT_CLAIM_BATCH;
        if (!PostfixSmtp.installed()) {
            System.err.println(PostfixSmtp.HOW_TO_INSTALL);
            System.exit(2);
        }
        Path file = folder.resolve("send.tidings");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(folder.resolve("send.tidings" + suffix));
        }
        int port = PostfixSmtp.freePort();
        Process sink = PostfixSmtp.startSink(port);
        try (Workspace workspace = new WorkspaceService().create(file, "Send benchmark")) {
            Database database = workspace.database();
            long started = System.nanoTime();
            fill(database, messages);
            System.out.printf(Locale.ROOT, "Workspace with %,d email endpoints, a personalised template and a segment:"
                    + " %.1f s%n", messages, seconds(started));

            SmtpSettings smtp = SmtpSettings.of("127.0.0.1", port, SmtpSecurity.NONE, null, null, "news@tidings.example")
                    .withFromName("Tidings Shop").withPoolSize(connections);
            long size = MessageSize.bytes(smtp, firstMessage(database));
            System.out.printf(Locale.ROOT, "One message as Tidings sends it: %,d bytes; smtp-source sends %,d-byte"
                    + " payloads over %d sessions%n", size, size, connections);

            boolean reference = !"false".equals(System.getProperty("bench.reference"));
            double fresh = reference ? PostfixSmtp.blast(port, messages, connections, size, false) : Double.NaN;
            double reused = reference ? PostfixSmtp.blast(port, messages, connections, size, true) : Double.NaN;
            if (reference) {
                report("smtp-source, a new connection per message", messages, fresh);
                report("smtp-source -d, connections kept", messages, reused);
            }

            double first = sendThroughTidings(database, smtp, messages, connections, claimBatch);
            double second = sendThroughTidings(database, smtp, messages, connections, claimBatch);
            report("Tidings, first job after start (cold JVM)", messages, first);
            report("Tidings, the same job again (warm JVM)", messages, second);
            if (reference) {
                System.out.printf(Locale.ROOT, "Ratio Tidings / smtp-source: cold %.2f, warm %.2f (new connections);"
                        + " cold %.2f, warm %.2f (kept, -d). Goal: >= 3,000 msg/s and >= 0.5%n",
                        fresh / first, fresh / second, reused / first, reused / second);
            }
        } finally {
            sink.destroy();
        }
    }

    private static double sendThroughTidings(Database database, SmtpSettings smtp, int messages, int connections,
            int claimBatch) throws Exception {
        SendJobs jobs = Wiring.sendJobs(database);
        long expanding = System.nanoTime();
        SendJob job = jobs.create("Weekly picks", "Everyone", DeliveryChannel.EMAIL,
                JobOptions.DEFAULTS.withDailyCapPerEndpoint(3));
        System.out.printf(Locale.ROOT, "Job %d created and its ledger written (%,d rows): %.1f s%n", job.id(), messages,
                seconds(expanding));
        DeliverySettings settings = DeliverySettings.defaults().withWorkers(connections).withClaimBatch(claimBatch);
        try (SmtpSender sender = new SmtpSender(smtp);
                DeliveryEngine engine = Wiring.deliveryEngine(database, Map.of(DeliveryChannel.EMAIL, sender), settings)) {
            engine.start();
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            engine.run(job.id());
            JobState state = engine.await(job.id(), Duration.ofMinutes(30), EmailSendBenchmark::printProgress);
            double elapsed = seconds(started);
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            System.out.printf(Locale.ROOT, "%nTidings used %.1f s of CPU for it: %.0f microseconds a message%n", cpu,
                    cpu * 1e6 / messages);
            JobProgress progress = engine.progress(job.id());
            if (state != JobState.DONE || progress.sent() != messages) {
                System.err.printf("The job ended %s with %,d of %,d messages sent: %s%n", state, progress.sent(),
                        messages, progress);
                System.exit(1);
            }
            return elapsed;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void printProgress(JobProgress progress) {
        System.out.printf(Locale.ROOT, "\r  sent %,d of %,d", progress.sent(), progress.total());
    }

    static void fill(Database database, int count) {
        AudienceService audience = new AudienceService(database);
        List<Endpoint> batch = new ArrayList<>();
        Instant now = Instant.now();
        for (int index = 0; index < count; index++) {
            String id = String.format(Locale.ROOT, "reader-%06d", index);
            batch.add(new Endpoint(id, ChannelType.EMAIL, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE, now,
                    now, Endpoint.cohortOf(id),
                    Map.of("City", List.of(CITIES.get(index % CITIES.size())),
                            "Interests", List.of(INTERESTS.get(index % INTERESTS.size()))),
                    Map.of("Points", (double) (index % 500)),
                    new EndpointDemographic(null, null, null, null, null, null, null, "Europe/Lisbon"),
                    new EndpointLocation(null, "US", null, null, null, null),
                    new EndpointUser("user-" + index, Map.of("FirstName", List.of(NAMES.get(index % NAMES.size()))))));
            if (batch.size() == 10_000) {
                audience.addEndpoints(batch);
                batch.clear();
            }
        }
        audience.addEndpoints(batch);
        Wiring.templateService(database).create("Weekly picks", TemplateType.EMAIL, null, TEMPLATE);
        new SegmentService(database).create("Everyone", SegmentDefinition.of(new SegmentDimensions(null, null, null,
                null, new SegmentDimensions.Location(new SegmentDimensions.SetDimension(
                        SegmentDimensions.DimensionType.INCLUSIVE, List.of("US")), null), null)));
    }

    /** The first endpoint's message, rendered as the engine renders it, to size smtp-source's messages. */
    private static OutboundMessage firstMessage(Database database) {
        Endpoint endpoint = new AudienceService(database).endpoint("reader-000000").orElseThrow();
        TemplateContent content = TemplateContent.parse(TemplateType.EMAIL, TEMPLATE);
        RenderedMessage rendered = new TemplateRenderer().render(content,
                MessageVariables.of(endpoint, content.defaults()));
        return new OutboundMessage("1", DeliveryChannel.EMAIL, endpoint.address(), null,
                rendered.part(TemplateFields.SUBJECT), rendered.part(TemplateFields.HTML_PART),
                rendered.part(TemplateFields.TEXT_PART), true, null, Map.of());
    }

    private static void report(String what, int messages, double seconds) {
        System.out.printf(Locale.ROOT, "%-45s %,d messages in %6.2f s = %,8.0f msg/s%n", what, messages, seconds,
                messages / seconds);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
