package io.tidings.bench;

import io.tidings.analytics.Attribution;
import io.tidings.analytics.Event;
import io.tidings.analytics.EventLimits;
import io.tidings.analytics.EventOutcome;
import io.tidings.apikey.NewApiKey;
import io.tidings.server.ServerRoute;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * PutEvents over loopback HTTP: a load generator of a few client threads sends 100-event batches (Pinpoint's most)
 * for a fixed time, authenticated with a Bearer secret, then signed with AWS Signature Version 4 as the AWS SDKs
 * sign; beside it, the floor: {@code EventRecorder.record} of the same batches with no HTTP, JSON or signature.
 * Each part gets a new workspace. Arguments: seconds per part (default 15), client threads (default 4), folder
 * (default target/bench). The goal: 5,000 events/s through HTTP on the 2-core machine, with memory bounded.
 */
public final class PutEventsBenchmark {

    private static final int EVENTS_A_BATCH = 100;
    private static final int BATCHES = 200;
    private static final String[] TYPES = {"_session.start", "_session.stop", "_monetization.purchase", "level_complete",
        "_email.open", "_email.click", "add_to_cart", "_campaign.opened_notification"};

    private PutEventsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path folder = Path.of(args.length > 2 ? args[2] : "target/bench");
        Files.createDirectories(folder);
        Wiring wiring = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("put-events-home")));
        Batches batches = Batches.generate(new Random(19));
        System.out.printf(Locale.ROOT, "%d batches of %d events, %.0f KB each on average; %d s a part, %d client threads, "
                + "max heap %d MB%n", BATCHES, EVENTS_A_BATCH, batches.averageBytes() / 1024, seconds, clients,
                Runtime.getRuntime().maxMemory() >> 20);

        double floor = floor(wiring, workspaceFile(folder, "floor"), batches, seconds, 1);
        double floorOfFour = floor(wiring, workspaceFile(folder, "floor-4"), batches, seconds, 4);
        // The HTTP path's first seconds run in the interpreter: a part not counted, so that both measured ones are warm.
        overHttp(wiring, workspaceFile(folder, "warm-up"), batches, Math.max(3, seconds / 3), clients, true);
        double bearer = overHttp(wiring, workspaceFile(folder, "bearer"), batches, seconds, clients, false);
        double signed = overHttp(wiring, workspaceFile(folder, "sigv4"), batches, seconds, clients, true);
        System.out.printf(Locale.ROOT, "PutEvents, Bearer: %,.0f events/s (%.2f of the floor); SigV4: %,.0f events/s "
                + "(%.2f of the floor); floor %,.0f events/s (four batches a transaction: %,.0f); goal 5,000 events/s%n",
                bearer, bearer / floor, signed, signed / floor, floor, floorOfFour);
        System.out.printf(Locale.ROOT, "peak heap used: %d MB of %d MB%n", peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static Path workspaceFile(Path folder, String name) throws Exception {
        Path file = folder.resolve("put-events-" + name + ".tidings");
        Files.deleteIfExists(file);
        return file;
    }

    /**
     * EventRecorder alone, {@code together} batches a call: one is each request on its own, four what PutEvents'
     * grouped recording can reach with four clients.
     */
    private static double floor(Wiring wiring, Path file, Batches batches, int seconds, int together) {
        try (OpenedWorkspace workspace = wiring.create(file, "Floor")) {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long started = System.nanoTime();
            long cpu = processCpu();
            long recorded = 0;
            for (int batch = 0; System.nanoTime() < end; batch += together) {
                List<Event> events = new ArrayList<>();
                for (int each = batch; each < batch + together; each++) {
                    events.addAll(batches.events().get(each % BATCHES));
                }
                for (EventOutcome outcome : workspace.eventRecorder().record(events, EventLimits.FieldNames.PINPOINT)) {
                    recorded += outcome.recorded() ? 1 : 0;
                }
            }
            double rate = recorded / ((System.nanoTime() - started) / 1e9);
            double cpuSeconds = (processCpu() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "floor (EventRecorder.record, no HTTP, %d batch%s a call): %,d events in %d s "
                    + "= %,.0f events/s; CPU %.1f s = %,.0f events per CPU second%n", together,
                    together == 1 ? "" : "es", recorded, seconds, rate, cpuSeconds, recorded / cpuSeconds);
            return rate;
        }
    }

    private static double overHttp(Wiring wiring, Path file, Batches batches, int seconds, int clients, boolean sign)
            throws Exception {
        try (OpenedWorkspace workspace = wiring.create(file, "PutEvents")) {
            NewApiKey key = workspace.apiKeys().create("Load generator");
            String applicationId = workspace.apiKeys().applicationId();
            Server server = serve(workspace.ingestionRoutes());
            int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            URI uri = URI.create("http://127.0.0.1:" + port + "/v1/apps/" + applicationId + "/events");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicLong accepted = new AtomicLong();
            AtomicLong refused = new AtomicLong();
            ExecutorService threads = Executors.newFixedThreadPool(clients);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            long started = System.nanoTime();
            long cpu = processCpu();
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int client = 0; client < clients; client++) {
                    int first = client;
                    running.add(threads.submit(() -> {
                        for (int batch = first; System.nanoTime() < end; batch += clients) {
                            byte[] body = batches.bodies().get(batch % BATCHES);
                            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                            if (sign) {
                                // Content-Type among them: it is signed.
                                signed(uri, body, key).forEach(request::header);
                            } else {
                                request.header("Content-Type", "application/json")
                                        .header("Authorization", "Bearer " + key.secretAccessKey());
                            }
                            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 202 && !response.body().contains("\"StatusCode\":400")) {
                                accepted.addAndGet(EVENTS_A_BATCH);
                            } else {
                                refused.incrementAndGet();
                                if (refused.get() == 1) {
                                    System.out.println("refused: " + response.statusCode() + " " + response.body());
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> client : running) {
                    client.get();
                }
            } finally {
                threads.shutdown();
                server.stop();
            }
            double rate = accepted.get() / ((System.nanoTime() - started) / 1e9);
            double cpuSeconds = (processCpu() - cpu) / 1e9;
            System.out.printf(Locale.ROOT, "PutEvents over loopback HTTP (%s, %d clients): %,d events in %d s = "
                    + "%,.0f events/s; %d requests refused; CPU %.1f s (server and load generator) = %,.0f events per "
                    + "CPU second%n", sign ? "SigV4" : "Bearer", clients, accepted.get(), seconds, rate, refused.get(),
                    cpuSeconds, accepted.get() / cpuSeconds);
            return rate;
        }
    }

    /** The headers AWS's signer adds, as an AWS SDK sends them. */
    private static Map<String, String> signed(URI uri, byte[] body, NewApiKey key) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("Host", uri.getHost() + ":" + uri.getPort())
                .putHeader("Content-Type", "application/json").build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(sign -> sign
                .identity(AwsCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey()))
                .request(request)
                .payload(() -> new ByteArrayInputStream(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "mobiletargeting")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.systemUTC())).request();
        Map<String, String> headers = new HashMap<>();
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                headers.put(name, values.get(0));
            }
        });
        return headers;
    }

    private static Server serve(List<ServerRoute> routes) throws Exception {
        Server server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        PathMappingsHandler mappings = new PathMappingsHandler();
        for (ServerRoute route : routes) {
            mappings.addMapping(PathSpec.from(route.pathSpec()), route.handler());
        }
        server.setHandler(mappings);
        server.start();
        return server;
    }

    /** CPU time of the whole process (every thread), in nanoseconds. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** The same batches twice: PutEvents bodies, and the events EventRecorder is given for them. */
    private record Batches(List<byte[]> bodies, List<List<Event>> events) {

        static Batches generate(Random random) {
            List<byte[]> bodies = new ArrayList<>();
            List<List<Event>> events = new ArrayList<>();
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            for (int batch = 0; batch < BATCHES; batch++) {
                StringBuilder json = new StringBuilder("{\"BatchItem\":{");
                List<Event> batchEvents = new ArrayList<>();
                for (int item = 0; item < 10; item++) {
                    String endpoint = "endpoint-" + random.nextInt(200_000);
                    String user = "user-" + random.nextInt(100_000);
                    json.append(item == 0 ? "" : ",").append('"').append(endpoint).append("\":{\"Endpoint\":{\"User\":"
                            + "{\"UserId\":\"").append(user).append("\"}},\"Events\":{");
                    for (int event = 0; event < EVENTS_A_BATCH / 10; event++) {
                        String type = TYPES[random.nextInt(TYPES.length)];
                        Instant at = now.minusSeconds(random.nextInt(3_600));
                        Map<String, String> attributes = Map.of("screen", "checkout-" + random.nextInt(20),
                                "campaign_id", "campaign-" + random.nextInt(5), "treatment_id", "" + random.nextInt(2));
                        Map<String, Double> metrics = type.equals("_monetization.purchase")
                                ? Map.of("_item_price", 1.0 + random.nextInt(50), "_quantity", 1.0)
                                : Map.of("score", (double) random.nextInt(1000));
                        String session = "session-" + random.nextInt(1_000_000);
                        json.append(event == 0 ? "" : ",").append("\"e").append(event).append("\":{\"EventType\":\"")
                                .append(type).append("\",\"Timestamp\":\"").append(at).append("\",\"Session\":{\"Id\":\"")
                                .append(session).append("\",\"StartTimestamp\":\"").append(at).append("\"},\"Attributes\":")
                                .append(json(attributes)).append(",\"Metrics\":").append(json(metrics)).append('}');
                        batchEvents.add(new Event(type, at, endpoint, user, session, attributes, metrics,
                                Attribution.fromAttributes(attributes)));
                    }
                    json.append("}}");
                }
                json.append("}}");
                bodies.add(json.toString().getBytes(StandardCharsets.UTF_8));
                events.add(batchEvents);
            }
            return new Batches(bodies, events);
        }

        double averageBytes() {
            return bodies.stream().mapToInt(body -> body.length).average().orElse(0);
        }

        private static String json(Map<String, ?> values) {
            StringBuilder json = new StringBuilder("{");
            values.forEach((name, value) -> json.append(json.length() == 1 ? "" : ",").append('"').append(name)
                    .append("\":").append(value instanceof String ? "\"" + value + "\"" : value));
            return json.append('}').toString();
        }
    }
}
