package io.tidings.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.http.HttpTimeouts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook adapter against a real Jetty on loopback: what it posts, how it signs, and what each answer means. */
class WebhookSenderTest {

    private static final String SECRET = "a1b2c3d4e5f6";
    private static final String BODY = "{\"Data\":\"hello\",\"Endpoints\":{\"e-1\":{\"ChannelType\":\"EMAIL\"}}}";

    private WebhookReceiver webhook;
    private WebhookSender sender;

    @BeforeEach
    void start() throws Exception {
        webhook = new WebhookReceiver();
        sender = new WebhookSender(() -> SECRET, 4, WebhookSender.TIMEOUTS, Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        webhook.close();
    }

    private static OutboundMessage call(String address) {
        return new OutboundMessage("42", DeliveryChannel.CUSTOM, address, null, null, null, BODY, true, null, Map.of());
    }

    /** The signature computed here, apart from the adapter's code: sha256= and the hex HMAC-SHA256 of the body. */
    private static String expectedSignature(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void postsTheBodyAsJsonSignedWithTheWorkspaceSecretAndItsMessageId() throws Exception {
        SendResult result = sender.send(call(webhook.address("/hooks/tidings")));

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
        assertThat(webhook.calls()).singleElement().satisfies(got -> {
            assertThat(got.method()).isEqualTo("POST");
            assertThat(got.path()).isEqualTo("/hooks/tidings");
            assertThat(got.body()).isEqualTo(BODY);
            assertThat(got.header("Content-Type")).startsWith("application/json");
            assertThat(got.header("X-Tidings-Signature")).isEqualTo(expectedSignature(BODY));
            assertThat(got.header("X-Tidings-Message-Id")).isEqualTo("42");
        });
    }

    @Test
    void aServerErrorOrThrottlingIsTriedAgainAndAClientErrorIsRefusedForGood() {
        webhook.answer(got -> WebhookReceiver.Answer.of(503));
        SendResult unavailable = sender.send(call(webhook.address("/hook")));
        assertThat(unavailable.outcome()).isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
        assertThat(unavailable.detail()).contains("HTTP 503").contains("127.0.0.1");

        webhook.answer(got -> new WebhookReceiver.Answer(429, Map.of("Retry-After", "7"), Duration.ZERO));
        SendResult throttled = sender.send(call(webhook.address("/hook")));
        assertThat(throttled.outcome()).isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(7));

        webhook.answer(got -> WebhookReceiver.Answer.of(400));
        SendResult refused = sender.send(call(webhook.address("/hook")));
        assertThat(refused.outcome()).isEqualTo(SendResult.Outcome.PERMANENT_FAILURE);
        assertThat(refused.detail()).isEqualTo("The webhook at 127.0.0.1:" + webhook.port()
                + " refused the message (HTTP 400): status 400");
    }

    @Test
    void aWebhookThatDoesNotAnswerInTimeIsUnansweredAndTriedAgain() throws Exception {
        try (WebhookSender impatient = new WebhookSender(() -> SECRET, 1,
                new HttpTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300)), Clock.systemUTC())) {
            webhook.answer(got -> new WebhookReceiver.Answer(200, Map.of(), Duration.ofSeconds(2)));

            SendResult result = impatient.send(call(webhook.address("/slow")));

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
            assertThat(result.unanswered()).isTrue();
            assertThat(result.detail()).contains("did not answer within 300 ms");
        }
        assertThat(WebhookSender.TIMEOUTS.request()).isEqualTo(Duration.ofSeconds(10));
        assertThat(WebhookSender.TIMEOUTS.connect()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aRedirectIsFollowedWithinTheHostAndNeverToAnotherHost() {
        webhook.answer(got -> got.path().equals("/old")
                ? new WebhookReceiver.Answer(308, Map.of("Location", "/new"), Duration.ZERO)
                : WebhookReceiver.Answer.of(204));
        assertThat(sender.send(call(webhook.address("/old"))).outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
        assertThat(webhook.calls()).extracting(WebhookReceiver.Call::path).containsExactly("/old", "/new");
        assertThat(webhook.calls().get(1).body()).isEqualTo(BODY);
        assertThat(webhook.calls().get(1).header("X-Tidings-Signature")).isEqualTo(
                webhook.calls().get(0).header("X-Tidings-Signature"));

        String elsewhere = "http://localhost:" + webhook.port() + "/stolen";
        webhook.answer(got -> got.path().equals("/away")
                ? new WebhookReceiver.Answer(307, Map.of("Location", elsewhere), Duration.ZERO)
                : WebhookReceiver.Answer.of(200));
        SendResult away = sender.send(call(webhook.address("/away")));

        assertThat(away.outcome()).isEqualTo(SendResult.Outcome.PERMANENT_FAILURE);
        assertThat(away.detail()).contains("redirected the call (HTTP 307) to " + elsewhere)
                .contains("only within the webhook's own host");
        assertThat(webhook.calls()).extracting(WebhookReceiver.Call::path).doesNotContain("/stolen");
    }

    @Test
    void anAddressTidingsCannotCallIsRefusedInWordsWithoutACall() {
        SendResult lambda = sender.send(call("arn:aws:lambda:us-east-1:123456789012:function:deliver"));
        assertThat(lambda.outcome()).isEqualTo(SendResult.Outcome.PERMANENT_FAILURE);
        assertThat(lambda.detail()).contains("Tidings calls webhooks, not Lambda functions");

        SendResult ftp = sender.send(call("ftp://files.example.com/drop"));
        assertThat(ftp.detail()).contains("a webhook's address starts with https://");
        assertThat(webhook.calls()).isEmpty();
    }

    @Test
    void aSecretThatCannotBeReadLeavesTheCallUnmadeAndTriedAgain() {
        try (WebhookSender unsigned = new WebhookSender(() -> {
            throw new IllegalStateException("The secret was sealed on another computer.");
        }, 1, WebhookSender.TIMEOUTS, Clock.systemUTC())) {
            SendResult result = unsigned.send(call(webhook.address("/hook")));

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.TRANSIENT_FAILURE);
            assertThat(result.detail()).startsWith("The call was not signed, so it was not made: The secret was "
                    + "sealed on another computer.").contains("Settings, API keys");
            assertThat(webhook.calls()).isEmpty();
        }
    }
}
