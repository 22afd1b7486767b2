package io.tidings.channel.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

class TwilioVoiceSenderTest {

    private static final HttpTimeouts SHORT = new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    private FakeProvider provider;
    private TwilioVoiceSender sender;

    @BeforeEach
    void start() throws Exception {
        provider = new FakeProvider();
        sender = sender(provider.baseUrl());
    }

    @AfterEach
    void stop() {
        sender.close();
        provider.close();
    }

    private static TwilioVoiceSender sender(String baseUrl) {
        return new TwilioVoiceSender(new TwilioVoiceSettings(baseUrl, "AC9", "voice-token", "+15550002222", 3),
                SHORT, Clock.systemUTC());
    }

    private static OutboundMessage call(String id, String script, Map<String, String> attributes) {
        return new OutboundMessage(id, DeliveryChannel.VOICE, "+14155550123", null, null, null, script, false, null,
                attributes);
    }

    @Test
    void postsTheCallWithTheScriptAsTwimlAndBasicAuth() {
        provider.answerAlways(Answer.json(201, "{\"sid\":\"CA0001\",\"status\":\"queued\"}"));

        SendResult result = sender.send(call("msg-1",
                "<speak>Your code is <say-as interpret-as=\"digits\">42</say-as><break time=\"1s\"/></speak>",
                Map.of("voice.voiceId", "Joanna", "voice.languageCode", "en-US")));

        assertThat(result).isEqualTo(SendResult.accepted("CA0001"));
        Received request = provider.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/2010-04-01/Accounts/AC9/Calls.json");
        assertThat(request.header("Authorization")).isEqualTo(
                "Basic " + Base64.getEncoder().encodeToString("AC9:voice-token".getBytes()));
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.form()).containsExactly(
                Map.entry("To", "+14155550123"),
                Map.entry("From", "+15550002222"),
                Map.entry("Twiml", "<Response><Say voice=\"Polly.Joanna\" language=\"en-US\">Your code is "
                        + "<say-as interpret-as=\"digits\">42</say-as><break time=\"1s\"/></Say></Response>"));
    }

    @Test
    void plainTextWithoutVoiceAttributesUsesTheAccountsDefaultVoice() {
        sender.send(new OutboundMessage("msg-1", DeliveryChannel.VOICE, "+14155550123", "+15559990000", null, null,
                "Sale ends at 5 & 6", false, null, Map.of()));

        Map<String, String> form = provider.onlyRequest().form();
        assertThat(form.get("From")).isEqualTo("+15559990000");
        assertThat(form.get("Twiml")).isEqualTo("<Response><Say>Sale ends at 5 &amp; 6</Say></Response>");
    }

    @Test
    void namesTwilioAndPollyVoicesAsTwilioWantsThem() {
        assertThat(TwilioVoiceSender.twilioVoice("Matthew")).isEqualTo("Polly.Matthew");
        assertThat(TwilioVoiceSender.twilioVoice("Polly.Amy-Neural")).isEqualTo("Polly.Amy-Neural");
        assertThat(TwilioVoiceSender.twilioVoice("alice")).isEqualTo("alice");
        assertThat(TwilioVoiceSender.twilioVoice(" ")).isNull();
    }

    @Test
    void aMalformedScriptIsPermanentAndNeverSent() {
        SendResult result = sender.send(call("msg-1", "<speak>Hi <break></speak>", Map.of()));

        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.detail()).startsWith("The voice script is not well-formed SSML");
        assertThat(provider.received()).isEmpty();
    }

    @Test
    void classifiesTheProvidersAnswers() {
        provider.answerAlways(new Answer(429, "{\"code\":20429,\"message\":\"Too Many Requests\"}",
                Map.of("Retry-After", "5")));
        SendResult throttled = sender.send(call("m1", "Hi", Map.of()));
        provider.answerAlways(Answer.json(503, "{\"message\":\"Service Unavailable\"}"));
        SendResult unavailable = sender.send(call("m2", "Hi", Map.of()));
        provider.answerAlways(Answer.json(400, "{\"code\":21205,\"message\":\"Url parameter is required.\"}"));
        SendResult refused = sender.send(call("m3", "Hi", Map.of()));
        provider.answerAlways(Answer.json(400, "{\"code\":21211,\"message\":\"Invalid 'To' Phone Number\"}"));
        SendResult invalidNumber = sender.send(call("m4", "Hi", Map.of()));

        assertThat(throttled.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
        assertThat(throttled.retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(unavailable).isEqualTo(SendResult.transientFailure(
                "The voice provider had a server error (HTTP 503): Service Unavailable", null));
        assertThat(refused).isEqualTo(SendResult.permanentFailure(
                "The voice provider refused the message (HTTP 400): Url parameter is required. (error 21205)"));
        assertThat(invalidNumber).isEqualTo(SendResult.addressRejected(
                "The number is not a valid phone number: Invalid 'To' Phone Number (error 21211)"));
    }

    @Test
    void aClosedPortIsTransient() throws Exception {
        try (TwilioVoiceSender unreachable = sender(ClosedPort.baseUrl())) {
            SendResult result = unreachable.send(call("m1", "Hi", Map.of()));

            assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
            assertThat(result.detail()).startsWith("Could not reach");
        }
    }

    @Test
    void concurrentCallsEachArriveExactlyOnce() throws Exception {
        provider.answer(request -> Answer.json(201, "{\"sid\":\"CA-" + request.form().get("To") + "\"}"));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<SendResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                OutboundMessage message = new OutboundMessage("m" + i, DeliveryChannel.VOICE, "+1415555" + (1000 + i),
                        null, null, null, "Hello", false, null, Map.of());
                results.add(threads.submit(() -> sender.send(message)));
            }
            for (int i = 0; i < 30; i++) {
                assertThat(results.get(i).get()).isEqualTo(SendResult.accepted("CA-+1415555" + (1000 + i)));
            }
        } finally {
            threads.shutdownNow();
        }
        Map<String, Long> arrivals = provider.received().stream()
                .collect(Collectors.groupingBy(request -> request.form().get("To"), Collectors.counting()));
        assertThat(arrivals).hasSize(30).allSatisfy((to, count) -> assertThat(count).isEqualTo(1L));
    }

    @Test
    void connectionTestReadsTheAccount() {
        provider.answerAlways(Answer.json(200, "{\"sid\":\"AC9\"}"));

        assertThat(sender.testConnection()).isEqualTo(new ConnectionCheck(true, "Signed in to account AC9."));
        assertThat(provider.onlyRequest().path()).isEqualTo("/2010-04-01/Accounts/AC9.json");
        assertThat(sender.channel()).isEqualTo(DeliveryChannel.VOICE);
        assertThat(sender.maxConcurrency()).isEqualTo(3);
    }

    @Test
    void settingsNameTheFieldThatIsWrong() {
        assertThatThrownBy(() -> new TwilioVoiceSettings("https://api.twilio.com", "AC9", "t", " ", 1))
                .hasMessage("From number is missing.");
        assertThatThrownBy(() -> new TwilioVoiceSettings("https://api.twilio.com", null, "t", "+1555", 1))
                .hasMessage("Account SID is missing.");
        assertThatThrownBy(() -> new TwilioVoiceSettings("api.twilio.com", "AC9", "t", "+1555", 1))
                .hasMessageStartingWith("Base URL must start with https://");
        assertThatThrownBy(() -> new TwilioVoiceSettings("https://api.twilio.com", "AC9", "t", "+1555", 101))
                .hasMessage("Max concurrency must be between 1 and 100, not 101.");
    }
}
