package io.tidings.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.CapturedLog;
import io.tidings.analytics.KpiQuery;
import io.tidings.analytics.MessageKpis;
import io.tidings.apikey.NewApiKey;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.pinpoint.PinpointClient;
import software.amazon.awssdk.services.pinpoint.model.EndpointUser;
import software.amazon.awssdk.services.pinpoint.model.EventsBatch;
import software.amazon.awssdk.services.pinpoint.model.PublicEndpoint;
import software.amazon.awssdk.services.pinpoint.model.PutEventsResponse;

/** PutEvents over real HTTP on loopback: the AWS SDK's own Pinpoint client, and hand-made requests good and bad. */
class PutEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private LoopbackServer server;
    private NewApiKey key;
    private String applicationId;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE, new AppDirectories(folder.resolve("home")))
                .create(folder.resolve("ingest.tidings"), "Ingest");
        server = LoopbackServer.serving(workspace.ingestionRoutes());
        key = workspace.apiKeys().create("Test app");
        applicationId = workspace.apiKeys().applicationId();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        workspace.close();
    }

    @Test
    void theAwsSdksPinpointClientSendsPurchasesThatShowInTheKpis() {
        try (PinpointClient pinpoint = sdk(key.accessKeyId(), key.secretAccessKey())) {
            PutEventsResponse response = pinpoint.putEvents(request -> request.applicationId(applicationId)
                    .eventsRequest(events -> events.batchItem(Map.of(
                            "endpoint-1", batch("u1", Map.of(
                                    "buy-1", purchase(9.99, 2), "buy-2", purchase(5.00, 1))),
                            "endpoint-2", batch("u2", Map.of("buy-3", purchase(1.01, 1)))))));

            var results = response.eventsResponse().results();
            assertThat(results).containsOnlyKeys("endpoint-1", "endpoint-2");
            assertThat(results.get("endpoint-1").endpointItemResponse().statusCode()).isEqualTo(202);
            assertThat(results.get("endpoint-1").eventsItemResponse().get("buy-2").statusCode()).isEqualTo(202);
            assertThat(results.get("endpoint-2").eventsItemResponse().get("buy-3").message()).isEqualTo("Accepted");
        }
        MessageKpis today = kpisToday();
        assertThat(today.purchases()).isEqualTo(3);
        assertThat(today.revenue()).isEqualTo(9.99 * 2 + 5.00 + 1.01, offset(1e-9));
        assertThat(workspace.apiKeys().list().get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void noSecretReachesTheLogWhetherAcceptedOrRefused() throws Exception {
        try (CapturedLog log = new CapturedLog()) {
            NewApiKey another = workspace.apiKeys().create("Logged?");
            String body = oneEvent();
            send(bearer(another.secretAccessKey()), body);
            send(bearer(another.secretAccessKey() + "x"), body);
            send(signed(body, another.accessKeyId(), another.secretAccessKey(), Instant.now()), body);
            send(signed(body, another.accessKeyId(), "wrong", Instant.now().minus(Duration.ofHours(1))), body);

            assertThat(log.entries()).isNotEmpty()
                    .noneMatch(entry -> entry.contains(another.secretAccessKey()) || entry.contains(key.secretAccessKey()));
        }
        assertThat(kpisToday().purchases()).isEqualTo(2);
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        try (PinpointClient pinpoint = sdk(key.accessKeyId(), key.secretAccessKey())) {
            pinpoint.putEvents(request -> request.applicationId(applicationId).eventsRequest(events -> events.batchItem(
                    Map.of("e1", batch("u1", Map.of("a", purchase(1, 1)))))));
            workspace.apiKeys().revoke(key.accessKeyId());

            assertThatThrownBy(() -> pinpoint.putEvents(request -> request.applicationId(applicationId)
                    .eventsRequest(events -> events.batchItem(Map.of("e1", batch("u1", Map.of("b", purchase(1, 1))))))))
                    .isInstanceOf(SdkServiceException.class)
                    .satisfies(failure -> assertThat(((SdkServiceException) failure).statusCode()).isEqualTo(403))
                    .hasMessageContaining("was revoked");
        }
        assertThat(kpisToday().purchases()).isEqualTo(1);
    }

    @Test
    void aBearerSecretIsEnoughAndEachEventGetsItsOwnResult() throws Exception {
        String tooLong = "x".repeat(201);
        HttpResponse<String> response = send(bearer(key.secretAccessKey()), """
                {"BatchItem": {"e1": {"Endpoint": {"User": {"UserId": "u1"}}, "Events": {
                    "good": {"EventType": "_monetization.purchase", "Timestamp": "%s", "Metrics": {"_item_price": 3}},
                    "long": {"EventType": "level_up", "Timestamp": "%s", "Attributes": {"level": "%s"}},
                    "late": {"EventType": "level_up", "Timestamp": "yesterday"}}}}}
                """.formatted(Instant.now(), Instant.now(), tooLong));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode events = JSON.readTree(response.body()).path("Results").path("e1").path("EventsItemResponse");
        assertThat(events.path("good").path("StatusCode").asInt()).isEqualTo(202);
        assertThat(events.path("long").path("StatusCode").asInt()).isEqualTo(400);
        assertThat(events.path("long").path("Message").asText())
                .isEqualTo("BatchItem.e1.Events.long.Attributes.level: the value has 201 characters; Pinpoint allows 200");
        assertThat(events.path("late").path("Message").asText()).startsWith("BatchItem.e1.Events.late.Timestamp:");
        assertThat(kpisToday().purchases()).isEqualTo(1);
    }

    @Test
    void requestsArrivingTogetherEachGetTheirOwnResults() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int request = 0; request < 8; request++) {
            String body = """
                    {"BatchItem": {"e%d": {"Endpoint": {}, "Events": {
                        "buy-%d": {"EventType": "_monetization.purchase", "Timestamp": "%s"},
                        "again-%d": {"EventType": "_monetization.purchase", "Timestamp": "%s"},
                        "bad-%d": {"EventType": "level_up", "Timestamp": "%s", "Attributes": {"level": "%s"}}}}}}
                    """.formatted(request, request, Instant.now(), request, Instant.now(), request, Instant.now(),
                    "x".repeat(201));
            responses.add(http.sendAsync(HttpRequest.newBuilder(eventsUri())
                    .header("Authorization", "Bearer " + key.secretAccessKey())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
        }

        for (int request = 0; request < 8; request++) {
            HttpResponse<String> response = responses.get(request).get();
            assertThat(response.statusCode()).isEqualTo(202);
            JsonNode results = JSON.readTree(response.body()).path("Results");
            assertThat(results.size()).isEqualTo(1);
            JsonNode events = results.path("e" + request).path("EventsItemResponse");
            assertThat(events.path("buy-" + request).path("StatusCode").asInt()).isEqualTo(202);
            assertThat(events.path("again-" + request).path("StatusCode").asInt()).isEqualTo(202);
            assertThat(events.path("bad-" + request).path("Message").asText())
                    .startsWith("BatchItem.e" + request + ".Events.bad-" + request + ".Attributes.level:");
        }
        assertThat(kpisToday().purchases()).isEqualTo(16);
    }

    @Test
    void malformedJsonIsRefusedNamingWhereItBreaks() throws Exception {
        HttpResponse<String> response = send(bearer(key.secretAccessKey()),
                "{\"BatchItem\": {\"e1\": {\"Events\": {\"ev1\": {\"EventType\": \"a\",, }}}}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("The body is not valid JSON at BatchItem.e1.Events.ev1.EventType (line 1, column 59)");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("BadRequestException");
    }

    @Test
    void aBodyOfAnotherShapeIsRefusedInWords() throws Exception {
        HttpResponse<String> response = send(bearer(key.secretAccessKey()), "{\"BatchItem\": {\"e1\": {\"Events\": []}}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("BatchItem.e1.Events is not an object");
    }

    @Test
    void moreThanAHundredEventsAreRefusedAndNoneIsRecorded() throws Exception {
        StringBuilder events = new StringBuilder();
        for (int event = 0; event < 101; event++) {
            events.append(event == 0 ? "" : ",").append("\"ev").append(event).append("\": {\"EventType\": "
                    + "\"_monetization.purchase\", \"Timestamp\": \"").append(Instant.now()).append("\"}");
        }
        HttpResponse<String> response = send(bearer(key.secretAccessKey()),
                "{\"BatchItem\": {\"e1\": {\"Events\": {" + events + "}}}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).isEqualTo("The request holds 101 events; PutEvents takes at most 100 in one request.");
        assertThat(kpisToday().purchases()).isZero();
    }

    @Test
    void aBodyOverFourMegabytesIsRefused() throws Exception {
        byte[] body = new byte[PutEventsHandler.LARGEST_BODY + 1];
        Arrays.fill(body, (byte) ' ');
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(eventsUri())
                .header("Authorization", "Bearer " + key.secretAccessKey())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("The body has 4,194,305 bytes; PutEvents takes at most 4 MB");
    }

    @Test
    void aChunkedBodyOverFourMegabytesIsRefusedToo() throws Exception {
        byte[] body = new byte[PutEventsHandler.LARGEST_BODY + 1];
        Arrays.fill(body, (byte) ' ');
        // A stream of unknown length goes out chunked.
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(eventsUri())
                .header("Authorization", "Bearer " + key.secretAccessKey())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(message(response)).startsWith("The body is larger than 4 MB");
    }

    @Test
    void aRequestWithoutCredentialsIsForbidden() throws Exception {
        HttpResponse<String> response = send(null, oneEvent());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(message(response)).startsWith("The request has no credentials");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("ForbiddenException");
        assertThat(kpisToday().purchases()).isZero();
    }

    @Test
    void aWrongBearerSecretIsForbidden() throws Exception {
        HttpResponse<String> response = send(bearer(key.secretAccessKey() + "x"), oneEvent());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(message(response)).contains("not the secret access key of an active API key");
    }

    @Test
    void aSignatureMadeWithAnotherSecretIsForbidden() throws Exception {
        String body = oneEvent();
        HttpResponse<String> response = send(signed(body, key.accessKeyId(), "not-the-secret", Instant.now()), body);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(message(response)).startsWith("The request's signature does not match");
        assertThat(kpisToday().purchases()).isZero();
    }

    @Test
    void aBodyChangedAfterSigningIsForbidden() throws Exception {
        Map<String, String> headers = signed(oneEvent(), key.accessKeyId(), key.secretAccessKey(), Instant.now());

        HttpResponse<String> response = send(headers, oneEvent().replace("_monetization.purchase", "_session.start"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aRightSignatureMadeByHandIsAccepted() throws Exception {
        String body = oneEvent();
        HttpResponse<String> response = send(signed(body, key.accessKeyId(), key.secretAccessKey(), Instant.now()), body);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(kpisToday().purchases()).isEqualTo(1);
    }

    @Test
    void aSignatureOverAnUnsignedPayloadAsSdksSendOverHttpsIsAccepted() throws Exception {
        // Behind a proxy that ends TLS, the server gets what an SDK signed for HTTPS: the body is not in the signature.
        String body = oneEvent();
        Map<String, String> headers = signed(body, key.accessKeyId(), key.secretAccessKey(), Instant.now(), true);

        assertThat(headers).containsEntry("x-amz-content-sha256", "UNSIGNED-PAYLOAD");
        assertThat(send(headers, body).statusCode()).isEqualTo(202);
        assertThat(kpisToday().purchases()).isEqualTo(1);
    }

    @Test
    void aRequestSignedMoreThanFifteenMinutesAgoOrAheadIsForbidden() throws Exception {
        String body = oneEvent();
        HttpResponse<String> stale = send(signed(body, key.accessKeyId(), key.secretAccessKey(),
                Instant.now().minus(Duration.ofMinutes(16))), body);
        HttpResponse<String> ahead = send(signed(body, key.accessKeyId(), key.secretAccessKey(),
                Instant.now().plus(Duration.ofMinutes(16))), body);

        assertThat(stale.statusCode()).isEqualTo(403);
        assertThat(message(stale)).contains("a signature is good for 15 minutes");
        assertThat(ahead.statusCode()).isEqualTo(403);
        assertThat(kpisToday().purchases()).isZero();
    }

    @Test
    void anUnknownKeyIsForbidden() throws Exception {
        String body = oneEvent();
        HttpResponse<String> response = send(signed(body, "TDKAAAAAAAAAAAAAAAAA", key.secretAccessKey(), Instant.now()), body);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(message(response)).isEqualTo("There is no API key \"TDKAAAAAAAAAAAAAAAAA\" in this workspace.");
    }

    @Test
    void anotherApplicationIdIsNotFound() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/v1/apps/0123456789abcdef0123456789abcdef/events"))
                .header("Authorization", "Bearer " + key.secretAccessKey())
                .POST(HttpRequest.BodyPublishers.ofString(oneEvent())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(message(response)).startsWith("There is no application \"0123456789abcdef0123456789abcdef\" here");
    }

    @Test
    void onlyPostIsTaken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(eventsUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    private PinpointClient sdk(String accessKeyId, String secret) {
        return PinpointClient.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret)))
                .build();
    }

    private static EventsBatch batch(String userId,
            Map<String, software.amazon.awssdk.services.pinpoint.model.Event> events) {
        return EventsBatch.builder()
                .endpoint(PublicEndpoint.builder().user(EndpointUser.builder().userId(userId).build()).build())
                .events(events)
                .build();
    }

    private static software.amazon.awssdk.services.pinpoint.model.Event purchase(double price, double quantity) {
        return software.amazon.awssdk.services.pinpoint.model.Event.builder()
                .eventType("_monetization.purchase")
                .timestamp(Instant.now().toString())
                .attributes(Map.of("_currency", "USD", "_product_id", "boots"))
                .metrics(Map.of("_item_price", price, "_quantity", quantity))
                .build();
    }

    private static String oneEvent() {
        return "{\"BatchItem\": {\"e1\": {\"Endpoint\": {}, \"Events\": {\"ev1\": {\"EventType\": \"_monetization.purchase\", "
                + "\"Timestamp\": \"" + Instant.now() + "\", \"Metrics\": {\"_item_price\": 2}}}}}}";
    }

    private MessageKpis kpisToday() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Events of no campaign or journey count beside the campaigns, with the transactional messages.
        return workspace.kpis().report(new KpiQuery(null, today.minusDays(1), today.plusDays(1))).transactional();
    }

    private URI eventsUri() {
        return server.uri("/v1/apps/" + applicationId + "/events");
    }

    private static Map<String, String> bearer(String secret) {
        return Map.of("Authorization", "Bearer " + secret);
    }

    /** The headers AWS's own signer makes for a PutEvents body, signed at {@code at}. */
    private Map<String, String> signed(String body, String accessKeyId, String secret, Instant at) {
        return signed(body, accessKeyId, secret, at, false);
    }

    private Map<String, String> signed(String body, String accessKeyId, String secret, Instant at,
            boolean unsignedPayload) {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.POST)
                .protocol(unsignedPayload ? "https" : "http")
                .host("127.0.0.1").port(server.port()).encodedPath("/v1/apps/" + applicationId + "/events")
                .putHeader("Host", "127.0.0.1:" + server.port())
                .putHeader("Content-Type", "application/json")
                .build();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(sign -> sign
                .identity(AwsCredentialsIdentity.create(accessKeyId, secret))
                .request(request)
                .payload(() -> new ByteArrayInputStream(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "mobiletargeting")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "eu-west-1")
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, !unsignedPayload)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC))).request();
        Map<String, String> headers = new HashMap<>();
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                headers.put(name, values.get(0));
            }
        });
        return headers;
    }

    private HttpResponse<String> send(Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(eventsUri())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers != null) {
            headers.forEach(request::header);
        }
        if (headers == null || !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String message(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("Message").asText();
    }
}
