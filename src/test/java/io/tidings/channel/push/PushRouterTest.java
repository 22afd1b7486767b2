package io.tidings.channel.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.pushy.apns.server.RejectionReason;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import io.tidings.channel.http.FakeProvider;
import io.tidings.channel.http.FakeProvider.Answer;
import io.tidings.channel.push.apns.MockApns;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushRouterTest {

    private static final String IPHONE = "a1".repeat(32);
    private static final String DEVELOPER_IPHONE = "b2".repeat(32);
    private static final String ANDROID = "fcm-token:APA91b";

    private MockApns production;
    private MockApns development;
    private FakeProvider google;
    private PushRouter router;

    @BeforeEach
    void start() throws Exception {
        production = new MockApns();
        development = new MockApns();
        google = new FakeProvider();
        google.answer(request -> request.path().equals("/token")
                ? Answer.json(200, "{\"access_token\":\"ya29.t\",\"expires_in\":3599}")
                : Answer.json(200, "{\"name\":\"projects/spring-shop/messages/0:1\"}"));
        router = new PushRouter(Map.of(
                PushPlatform.APNS, production.sender(),
                PushPlatform.APNS_SANDBOX, development.sender(),
                PushPlatform.GCM, fcmSender()));
    }

    @AfterEach
    void stop() throws Exception {
        router.close();
        production.close();
        development.close();
        google.close();
    }

    private FcmSender fcmSender() throws Exception {
        ServiceAccountKey key = ServiceAccountKey.parse(new TestServiceAccount().keyFile(google.baseUrl() + "/token"));
        return new FcmSender(new FcmSettings(google.baseUrl(), "spring-shop", 4),
                new ServiceAccountTokenSource(key, MockApns.SHORT, Clock.systemUTC()), MockApns.SHORT, Clock.systemUTC());
    }

    private static OutboundMessage push(String id, String address, String channelType) {
        Map<String, String> attributes = channelType == null
                ? Map.of("push.url", "https://shop.example.com/sale")
                : Map.of("push.url", "https://shop.example.com/sale", PushAttributes.PLATFORM, channelType);
        return new OutboundMessage(id, DeliveryChannel.PUSH, address, null, "Spring sale", null, "20% off today",
                true, null, attributes);
    }

    private List<String> fcmBodies() {
        return google.received().stream().filter(request -> !request.path().equals("/token"))
                .map(FakeProvider.Received::body).collect(Collectors.toList());
    }

    @Test
    void eachEndpointGoesToTheServiceOfItsChannelTypeWithoutTheRoutingKey() throws Exception {
        SendResult apple = router.send(push("1", IPHONE, "APNS"));
        SendResult appleDevelopment = router.send(push("2", DEVELOPER_IPHONE, "APNS_SANDBOX"));
        SendResult android = router.send(push("3", ANDROID, "GCM"));

        assertThat(List.of(apple, appleDevelopment, android)).extracting(SendResult::outcome)
                .containsOnly(Outcome.ACCEPTED);
        assertThat(production.received()).singleElement().satisfies(push -> {
            assertThat(push.deviceToken()).isEqualTo(IPHONE);
            assertThat(push.json().has("platform")).isFalse();
            assertThat(push.json().path("url").asText()).isEqualTo("https://shop.example.com/sale");
        });
        assertThat(development.received()).extracting(MockApns.Received::deviceToken).containsExactly(DEVELOPER_IPHONE);
        assertThat(fcmBodies()).singleElement().satisfies(body -> {
            var message = new ObjectMapper().readTree(body).path("message");
            assertThat(message.path("token").asText()).isEqualTo(ANDROID);
            assertThat(message.path("data").has("platform")).isFalse();
        });
    }

    @Test
    void channelTypesTidingsDoesNotSendToFailPermanentlySayingSo() {
        SendResult baidu = router.send(push("1", "baidu-channel-id", "BAIDU"));
        SendResult amazon = router.send(push("2", "amzn1.adm-registration", "ADM"));
        SendResult voip = router.send(push("3", IPHONE, "APNS_VOIP"));
        SendResult unlabelled = router.send(push("4", IPHONE, null));

        assertThat(baidu).isEqualTo(SendResult.permanentFailure(
                "Baidu Cloud Push is not supported: endpoints of channel type BAIDU cannot be sent to."));
        assertThat(amazon).isEqualTo(SendResult.permanentFailure(
                "Amazon Device Messaging is not supported: endpoints of channel type ADM cannot be sent to."));
        assertThat(voip.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(voip.detail()).startsWith("VoIP pushes are not supported");
        assertThat(unlabelled).isEqualTo(SendResult.permanentFailure(
                "The message does not say which push service its endpoint uses (push.platform is missing)."));
        assertThat(production.received()).isEmpty();
        assertThat(fcmBodies()).isEmpty();
    }

    @Test
    void aPlatformWithoutAnAccountFailsPermanentlyNamingTheService() throws Exception {
        try (PushRouter fcmOnly = new PushRouter(Map.of(PushPlatform.GCM, fcmSender()))) {
            SendResult result = fcmOnly.send(push("1", IPHONE, "APNS"));

            assertThat(result).isEqualTo(SendResult.permanentFailure("No APNs account is configured: add one in "
                    + "Settings to send to endpoints of channel type APNS."));
        }
        assertThat(production.received()).isEmpty();
    }

    @Test
    void theConnectionTestChecksEveryServiceAndSaysWhichIsWhich() throws Exception {
        production.answer(MockApns.rejectWith(RejectionReason.BAD_DEVICE_TOKEN));
        development.close();

        ChannelSender.ConnectionCheck check = router.testConnection();

        assertThat(check.ok()).isFalse();
        assertThat(check.message().split("\n")).satisfiesExactlyInAnyOrder(
                line -> assertThat(line).startsWith("APNs: Connected to APNs at localhost:" + production.port()),
                line -> assertThat(line).startsWith("APNs sandbox: Could not reach APNs at localhost:"),
                line -> assertThat(line).startsWith("FCM: Signed in to Google"));
        try (PushRouter none = new PushRouter(Map.of())) {
            assertThat(none.testConnection()).isEqualTo(new ChannelSender.ConnectionCheck(false,
                    "No push account is configured: add an APNs or FCM account in Settings."));
        }
    }

    @Test
    void eachServiceKeepsItsOwnConcurrencyLimitAndTheRouterOffersTheirSum() throws Exception {
        HoldingSender apple = new HoldingSender(2);
        HoldingSender firebase = new HoldingSender(3);
        try (PushRouter limited = new PushRouter(Map.of(PushPlatform.APNS, apple, PushPlatform.APNS_SANDBOX, apple,
                PushPlatform.GCM, firebase))) {
            List<Thread> senders = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String type = i % 2 == 0 ? "APNS" : "APNS_SANDBOX";
                Thread thread = new Thread(() -> limited.send(push("m", IPHONE, type)));
                thread.start();
                senders.add(thread);
            }
            // Once every thread waits, either in the router or inside the sender, nothing changes until released.
            while (!senders.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING)) {
                Thread.onSpinWait();
            }
            int inside = apple.inside.get();
            apple.release.countDown();
            for (Thread thread : senders) {
                thread.join();
            }

            assertThat(limited.maxConcurrency()).isEqualTo(5);
            assertThat(inside).isEqualTo(2);
            assertThat(apple.calls).hasValue(5);
        }
        assertThat(apple.closes).hasValue(1);
        assertThat(firebase.closes).hasValue(1);
    }

    /** A sender that holds every message until released, counting those inside it at once. */
    private static final class HoldingSender implements ChannelSender {

        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger closes = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        private final int concurrency;

        HoldingSender(int concurrency) {
            this.concurrency = concurrency;
        }

        @Override
        public DeliveryChannel channel() {
            return DeliveryChannel.PUSH;
        }

        @Override
        public int maxConcurrency() {
            return concurrency;
        }

        @Override
        public SendResult send(OutboundMessage message) {
            inside.incrementAndGet();
            calls.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            return SendResult.accepted(message.messageId());
        }

        @Override
        public ConnectionCheck testConnection() {
            return new ConnectionCheck(true, "held");
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }
}
