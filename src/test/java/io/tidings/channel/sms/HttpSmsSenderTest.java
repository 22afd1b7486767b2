package io.tidings.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSmsSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpTimeouts SHORT = new HttpTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));

    private FakeProvider provider;

    @BeforeEach
    void startProvider() throws Exception {
        provider = new FakeProvider();
    }

    @AfterEach
    void stopProvider() {
        provider.close();
    }

    private HttpSmsSender webhook() {
        return new HttpSmsSender(HttpSmsSettings.jsonWebhook(provider.baseUrl() + "/", "key-123", "+15550001111", 4),
                SHORT, Clock.systemUTC());
    }

    private HttpSmsSender twilio() {
        return twilio(provider.baseUrl());
    }

    private HttpSmsSender twilio(String baseUrl) {
        return new HttpSmsSender(HttpSmsSettings.twilioForm(baseUrl, "AC123", "secret-token", "+15550001111",
                "https://hooks.example.com/status", 4), SHORT, Clock.systemUTC());
    }

    private static OutboundMessage sms(String id, String to, String from, boolean promotional, Map<String, String> attributes) {
        return new OutboundMessage(id, DeliveryChannel.SMS, to, from, null, null, "Hi Ann & co: 20% off ✓",
                promotional, null, attributes);
    }

    private static OutboundMessage sms(String id) {
        return sms(id, "+14155550123", null, true, Map.of());
    }

    @Test
    void jsonWebhookPostsTheMessageAsJsonWithTheBearerKey() throws Exception {
        provider.answerAlways(Answer.json(202, "{\"id\":\"prov-77\",\"status\":\"queued\"}"));

        SendResult result;
        try (HttpSmsSender sender = webhook()) {
            result = sender.send(sms("msg-1", "+14155550123", "Tidings", false, Map.of()));
        }

        assertThat(result).isEqualTo(SendResult.accepted("prov-77"));
        Received request = provider.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/messages");
        assertThat(request.header("Authorization")).isEqualTo("Bearer key-123");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = JSON.readTree(request.body());
        assertThat(body).isEqualTo(JSON.readTree("{\"to\":\"+14155550123\",\"from\":\"Tidings\","
                + "\"body\":\"Hi Ann & co: 20% off ✓\",\"messageId\":\"msg-1\",\"type\":\"TRANSACTIONAL\"}"));
    }

    @Test
    void jsonWebhookUsesTheDefaultSenderAndTheDeclaredMessageType() throws Exception {
        try (HttpSmsSender sender = webhook()) {
            sender.send(sms("msg-1"));
            sender.send(sms("msg-2", "+14155550123", " ", true, Map.of("sms.messageType", "transactional")));
        }

        List<Received> requests = provider.received();
        assertThat(JSON.readTree(requests.get(0).body()).get("from").asText()).isEqualTo("+15550001111");
        assertThat(JSON.readTree(requests.get(0).body()).get("type").asText()).isEqualTo("PROMOTIONAL");
        assertThat(JSON.readTree(requests.get(1).body()).get("from").asText()).isEqualTo("+15550001111");
        assertThat(JSON.readTree(requests.get(1).body()).get("type").asText()).isEqualTo("TRANSACTIONAL");
    }

    @Test
    void jsonWebhookErrorsArePermanentWithTheProvidersMessage() {
        provider.answerAlways(Answer.json(400, "{\"error\":{\"message\":\"body is too long\"}}"));

        try (HttpSmsSender sender = webhook()) {
            SendResult result = sender.send(sms("msg-1"));

            assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
            assertThat(result.detail()).isEqualTo("The SMS provider refused the message (HTTP 400): body is too long");
        }
    }

    @Test
    void twilioPostsTheFormToTheAccountsMessagesWithBasicAuth() {
        provider.answerAlways(Answer.json(201, "{\"sid\":\"SM0001\",\"status\":\"queued\"}"));

        SendResult result;
        try (HttpSmsSender sender = twilio()) {
            result = sender.send(sms("msg-1"));
        }

        assertThat(result).isEqualTo(SendResult.accepted("SM0001"));
        Received request = provider.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/AC123/Messages.json");
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.header("Authorization")).isEqualTo(
                "Basic " + Base64.getEncoder().encodeToString("AC123:secret-token".getBytes()));
        assertThat(request.form()).containsExactly(
                Map.entry("To", "+14155550123"),
                Map.entry("From", "+15550001111"),
                Map.entry("Body", "Hi Ann & co: 20% off ✓"),
                Map.entry("StatusCallback", "https://hooks.example.com/status"));
    }

    @Test
    void throttlingIsTransientWithTheProvidersWait() {
        provider.answerAlways(new Answer(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}",
                Map.of("Retry-After", "17")));

        try (HttpSmsSender sender = twilio()) {
            SendResult result = sender.send(sms("msg-1"));

            assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(17));
            assertThat(result.detail()).contains("HTTP 429", "Too Many Requests");
        }
    }

    @Test
    void serverErrorsAreTransientWithoutAWait() {
        try (HttpSmsSender sender = twilio()) {
            for (int status : new int[] {500, 503}) {
                provider.answerAlways(Answer.json(status, "<html>upstream down</html>"));

                SendResult result = sender.send(sms("msg-" + status));

                assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
                assertThat(result.retryAfter()).isNull();
                assertThat(result.detail()).isEqualTo(
                        "The SMS provider had a server error (HTTP " + status + "): <html>upstream down</html>");
            }
        }
    }

    @Test
    void otherTwilioErrorsArePermanentWithTheirMessage() {
        provider.answerAlways(Answer.json(400,
                "{\"code\":21606,\"message\":\"The 'From' phone number is not a valid, SMS-capable number.\",\"status\":400}"));

        try (HttpSmsSender sender = twilio()) {
            SendResult result = sender.send(sms("msg-1"));

            assertThat(result).isEqualTo(SendResult.permanentFailure("The SMS provider refused the message (HTTP 400): "
                    + "The 'From' phone number is not a valid, SMS-capable number. (error 21606)"));
        }
    }

    @Test
    void twilioInvalidRecipientErrorsRejectTheAddress() {
        try (HttpSmsSender sender = twilio()) {
            provider.answerAlways(Answer.json(400, "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\"}"));
            SendResult invalid = sender.send(sms("msg-1"));
            provider.answerAlways(Answer.json(400, "{\"code\":21614,\"message\":\"'To' number is not a valid mobile number\"}"));
            SendResult landline = sender.send(sms("msg-2"));
            provider.answerAlways(Answer.json(400, "{\"code\":21610,\"message\":\"Attempt to send to unsubscribed recipient\"}"));
            SendResult optedOut = sender.send(sms("msg-3"));

            assertThat(List.of(invalid, landline, optedOut)).extracting(SendResult::outcome)
                    .containsOnly(Outcome.ADDRESS_REJECTED);
            assertThat(invalid.detail()).startsWith("The number is not a valid phone number: Invalid 'To'");
            assertThat(landline.detail()).startsWith("The number is not a mobile number");
            assertThat(optedOut.detail()).startsWith("The recipient opted out");
        }
    }

    @Test
    void aClosedPortIsTransient() throws Exception {
        try (HttpSmsSender sender = twilio(ClosedPort.baseUrl())) {
            SendResult result = sender.send(sms("msg-1"));

            assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(result.detail()).startsWith("Could not reach http://127.0.0.1:");
        }
    }

    @Test
    void aProviderThatNeverAnswersIsTransientAfterTheRequestTimeout() {
        provider.answer(request -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return Answer.json(200, "{}");
        });

        try (HttpSmsSender sender = webhook()) {
            SendResult result = sender.send(sms("msg-1"));

            assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(result.detail()).endsWith("did not answer within 700 ms.");
            assertThat(result.unanswered()).as("counted towards pausing a job that gets no answers").isTrue();
        }
    }

    @Test
    void concurrentSendsEachArriveExactlyOnce() throws Exception {
        provider.answer(request -> Answer.json(201, "{\"sid\":\"SM-" + request.form().get("Body") + "\"}"));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<SendResult>> results = new ArrayList<>();
        try (HttpSmsSender sender = twilio()) {
            for (int i = 0; i < 40; i++) {
                OutboundMessage message = new OutboundMessage("msg-" + i, DeliveryChannel.SMS, "+14155550123", null,
                        null, null, "n" + i, false, null, Map.of());
                results.add(threads.submit(() -> sender.send(message)));
            }
            for (int i = 0; i < 40; i++) {
                assertThat(results.get(i).get()).isEqualTo(SendResult.accepted("SM-n" + i));
            }
        } finally {
            threads.shutdownNow();
        }

        Map<String, Long> arrivals = provider.received().stream()
                .collect(Collectors.groupingBy(request -> request.form().get("Body"), Collectors.counting()));
        assertThat(arrivals).hasSize(40).allSatisfy((body, count) -> assertThat(count).isEqualTo(1L));
    }

    @Test
    void twilioConnectionTestReadsTheAccount() {
        provider.answerAlways(Answer.json(200, "{\"sid\":\"AC123\",\"friendly_name\":\"Spring shop\"}"));

        try (HttpSmsSender sender = twilio()) {
            assertThat(sender.testConnection()).isEqualTo(
                    new ConnectionCheck(true, "Signed in to account AC123 (Spring shop)."));
            provider.answerAlways(Answer.json(401, "{\"code\":20003,\"message\":\"Authenticate\"}"));
            ConnectionCheck refused = sender.testConnection();
            assertThat(refused.ok()).isFalse();
            assertThat(refused.message()).contains("refused Account SID AC123", "HTTP 401");
        }

        Received first = provider.received().get(0);
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.path()).isEqualTo("/2010-04-01/Accounts/AC123.json");
        assertThat(first.header("Authorization")).startsWith("Basic ");
    }

    @Test
    void webhookConnectionTestAsksForHealth() throws Exception {
        try (HttpSmsSender sender = webhook()) {
            provider.answerAlways(Answer.json(200, "{\"ok\":true}"));
            assertThat(sender.testConnection().ok()).isTrue();
            provider.answerAlways(Answer.json(403, "{}"));
            assertThat(sender.testConnection())
                    .isEqualTo(new ConnectionCheck(false, "The SMS provider refused the API key (HTTP 403)."));
            provider.answerAlways(Answer.json(404, ""));
            assertThat(sender.testConnection().message()).contains("has no /health check");
        }
        assertThat(provider.received()).extracting(Received::path).containsOnly("/health");
        assertThat(provider.received()).extracting(request -> request.header("Authorization")).containsOnly("Bearer key-123");

        try (HttpSmsSender unreachable = twilio(ClosedPort.baseUrl())) {
            ConnectionCheck check = unreachable.testConnection();
            assertThat(check.ok()).isFalse();
            assertThat(check.message()).startsWith("Could not reach");
        }
    }

    @Test
    void reportsItsChannelAndConcurrency() {
        try (HttpSmsSender sender = webhook()) {
            assertThat(sender.channel()).isEqualTo(DeliveryChannel.SMS);
            assertThat(sender.maxConcurrency()).isEqualTo(4);
        }
    }
}
