package io.tidings.channel.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import io.tidings.channel.http.ClosedPort;
import io.tidings.channel.http.FakeProvider;
import io.tidings.channel.http.FakeProvider.Answer;
import io.tidings.channel.http.FakeProvider.Received;
import io.tidings.channel.http.HttpTimeouts;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FcmSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpTimeouts SHORT = new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    private static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";

    private FakeProvider server;
    private FcmSender sender;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile Answer fcmAnswer = Answer.json(200, "{\"name\":\"projects/spring-shop/messages/0:1\"}");

    @BeforeEach
    void start() throws Exception {
        server = new FakeProvider();
        server.answer(request -> request.path().equals("/token")
                ? Answer.json(200, "{\"access_token\":\"ya29.t" + tokensIssued.incrementAndGet() + "\",\"expires_in\":3599}")
                : fcmAnswer);
        sender = sender(server.baseUrl());
    }

    @AfterEach
    void stop() {
        sender.close();
        server.close();
    }

    private FcmSender sender(String fcmUrl) throws Exception {
        ServiceAccountKey key = ServiceAccountKey.parse(new TestServiceAccount().keyFile(server.baseUrl() + "/token"));
        return new FcmSender(new FcmSettings(fcmUrl, "spring-shop", 8),
                new ServiceAccountTokenSource(key, SHORT, Clock.systemUTC()), SHORT, Clock.systemUTC());
    }

    private static OutboundMessage push(String id, String token) {
        return new OutboundMessage(id, DeliveryChannel.PUSH, token, null, "Spring sale", null, "20% off today",
                true, null, Map.of("push.url", "https://shop.example.com/sale", "voice.voiceId", "ignored"));
    }

    private List<Received> fcmRequests() {
        return server.received().stream().filter(request -> !request.path().equals("/token")).collect(Collectors.toList());
    }

    private static String deviceToken(Received request) {
        try {
            return JSON.readTree(request.body()).at("/message/token").asText();
        } catch (IOException unreadable) {
            throw new AssertionError("FCM received a body that is not JSON: " + request.body(), unreadable);
        }
    }

    private void fcmAnswers(int status, String errorStatus, String errorCode, String message) {
        fcmAnswer = Answer.json(status, "{\"error\":{\"code\":" + status + ",\"message\":\"" + message
                + "\",\"status\":\"" + errorStatus + "\",\"details\":[{\"@type\":\"" + FCM_ERROR
                + "\",\"errorCode\":\"" + errorCode + "\"}]}}");
    }

    @Test
    void postsTheV1MessageWithTheAccessToken() throws Exception {
        SendResult result = sender.send(push("msg-1", "device-token-1"));

        assertThat(result).isEqualTo(SendResult.accepted("projects/spring-shop/messages/0:1"));
        Received request = fcmRequests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/projects/spring-shop/messages:send");
        assertThat(request.header("Authorization")).isEqualTo("Bearer ya29.t1");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.readTree("{\"message\":{\"token\":\"device-token-1\","
                + "\"notification\":{\"title\":\"Spring sale\",\"body\":\"20% off today\"},"
                + "\"data\":{\"messageId\":\"msg-1\",\"url\":\"https://shop.example.com/sale\"}}}"));
    }

    @Test
    void oneTokenServesManyConcurrentSendsAndEachArrivesOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<SendResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                OutboundMessage message = push("msg-" + i, "device-" + i);
                results.add(threads.submit(() -> sender.send(message)));
            }
            for (Future<SendResult> result : results) {
                assertThat(result.get().outcome()).isEqualTo(Outcome.ACCEPTED);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(tokensIssued).hasValue(1);
        Map<String, Long> arrivals = fcmRequests().stream().collect(Collectors.groupingBy(
                FcmSenderTest::deviceToken, Collectors.counting()));
        assertThat(arrivals).hasSize(40).allSatisfy((token, count) -> assertThat(count).isEqualTo(1L));
    }

    @Test
    void deadTokensRejectTheAddress() {
        fcmAnswers(404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found.");
        SendResult unregistered = sender.send(push("m1", "old-token"));
        fcmAnswers(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT",
                "The registration token is not a valid FCM registration token");
        SendResult invalidToken = sender.send(push("m2", "garbage"));
        fcmAnswers(400, "INVALID_ARGUMENT", "INVALID_ARGUMENT", "Invalid value at 'message.data[0].value'");
        SendResult invalidPayload = sender.send(push("m3", "good-token"));

        assertThat(unregistered).isEqualTo(SendResult.addressRejected("The device token is no longer registered "
                + "(the app was uninstalled or the token expired): Requested entity was not found. (UNREGISTERED)"));
        assertThat(invalidToken.outcome()).isEqualTo(Outcome.ADDRESS_REJECTED);
        assertThat(invalidPayload).isEqualTo(SendResult.permanentFailure(
                "FCM refused the message (HTTP 400): Invalid value at 'message.data[0].value' (INVALID_ARGUMENT)"));
    }

    @Test
    void quotaAndServerErrorsAreTransient() {
        fcmAnswer = new Answer(429, "{\"error\":{\"code\":429,\"message\":\"Quota exceeded\",\"status\":\"RESOURCE_EXHAUSTED\","
                + "\"details\":[{\"@type\":\"" + FCM_ERROR + "\",\"errorCode\":\"QUOTA_EXCEEDED\"}]}}",
                Map.of("Retry-After", "60"));
        SendResult quota = sender.send(push("m1", "t"));
        fcmAnswers(503, "UNAVAILABLE", "UNAVAILABLE", "The service is currently unavailable.");
        SendResult unavailable = sender.send(push("m2", "t"));
        fcmAnswers(500, "INTERNAL", "INTERNAL", "Internal error");
        SendResult internal = sender.send(push("m3", "t"));

        assertThat(quota).isEqualTo(SendResult.transientFailure(
                "FCM is throttling requests (HTTP 429): Quota exceeded (QUOTA_EXCEEDED)", Duration.ofSeconds(60)));
        assertThat(List.of(unavailable, internal)).extracting(SendResult::outcome)
                .containsOnly(Outcome.TRANSIENT_FAILURE);
    }

    @Test
    void aRefusedAccessTokenIsForgottenAndTheNextSendFetchesAnother() throws Exception {
        fcmAnswers(401, "UNAUTHENTICATED", "UNAUTHENTICATED", "Request had invalid authentication credentials.");
        SendResult refused = sender.send(push("m1", "t"));
        fcmAnswer = Answer.json(200, "{\"name\":\"projects/spring-shop/messages/0:2\"}");
        SendResult retried = sender.send(push("m1", "t"));

        assertThat(refused.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
        assertThat(retried.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(fcmRequests()).extracting(request -> request.header("Authorization"))
                .containsExactly("Bearer ya29.t1", "Bearer ya29.t2");
    }

    @Test
    void aClosedPortIsTransient() throws Exception {
        try (FcmSender unreachable = sender(ClosedPort.baseUrl())) {
            SendResult result = unreachable.send(push("m1", "t"));

            assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(result.detail()).startsWith("Could not reach");
        }
    }

    @Test
    void aRefusedServiceAccountIsPermanentAndNothingIsSent() {
        server.answer(request -> Answer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}"));

        SendResult result = sender.send(push("m1", "t"));
        ConnectionCheck check = sender.testConnection();

        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.detail()).endsWith("(HTTP 400): Invalid JWT Signature.");
        assertThat(check.ok()).isFalse();
        assertThat(fcmRequests()).isEmpty();
    }

    @Test
    void connectionTestSignsIn() {
        assertThat(sender.testConnection()).isEqualTo(new ConnectionCheck(true, "Signed in to Google as "
                + TestServiceAccount.EMAIL + "; pushes go to Firebase project spring-shop."));
        assertThat(server.onlyRequest().path()).isEqualTo("/token");
        assertThat(sender.channel()).isEqualTo(DeliveryChannel.PUSH);
        assertThat(sender.maxConcurrency()).isEqualTo(8);
    }

    @Test
    void settingsNameTheFieldThatIsWrong() {
        assertThatThrownBy(() -> new FcmSettings(FcmSettings.PRODUCTION_URL, " ", 1))
                .hasMessage("Firebase project ID is missing.");
        assertThatThrownBy(() -> new FcmSettings("fcm.googleapis.com", "p", 1))
                .hasMessageStartingWith("FCM base URL must start with https://");
        assertThatThrownBy(() -> new FcmSettings(FcmSettings.PRODUCTION_URL, "p", -1))
                .hasMessage("Max concurrency must be between 1 and 100, not -1.");
    }
}
