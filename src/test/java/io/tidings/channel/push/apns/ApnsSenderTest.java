package io.tidings.channel.push.apns;

import static io.tidings.channel.push.apns.MockApns.rejectWith;
import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.pushy.apns.server.RejectionReason;
import com.eatthepath.pushy.apns.server.UnregisteredDeviceTokenException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import io.tidings.channel.push.apns.MockApns.Received;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApnsSenderTest {

    private static final Instant NOW = Instant.parse("2026-03-20T09:00:00Z");
    private static final String TOKEN = "a1b2c3d4".repeat(8);

    private MockApns apns;
    private ApnsSender sender;

    @BeforeEach
    void start() throws Exception {
        apns = new MockApns();
        sender = apns.sender(apns.settings(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        apns.close();
    }

    private static OutboundMessage push(String id, String token, Map<String, String> attributes) {
        return new OutboundMessage(id, DeliveryChannel.PUSH, token, null, "Spring sale", null, "20% off today",
                true, null, attributes);
    }

    private static OutboundMessage push(String id, String token) {
        return push(id, token, Map.of("push.url", "https://shop.example.com/sale"));
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }

    private static String tokenNumber(int number) {
        return String.format("%064x", number);
    }

    /** Proves the account's bundle ID, after which refused tokens count as dead addresses. */
    private void oneAcceptedPush() {
        assertThat(sender.send(push("first", tokenNumber(1))).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void deliversTheAlertWithTopicHeadersAndTheSameAttributesFcmReads() throws IOException {
        SendResult result = sender.send(push("42", TOKEN, Map.of("push.url", "https://shop.example.com/sale",
                "push.action", "URL", "push.sound", "chime.caf", "push.badge", "3", "push.collapseId", "spring-sale",
                "push.timeToLive", "3600", "voice.voiceId", "ignored")));

        Received push = apns.received().get(0);
        assertThat(push.deviceToken()).isEqualTo(TOKEN);
        assertThat(push.headers()).containsEntry("apns-topic", MockApns.BUNDLE_ID)
                .containsEntry("apns-push-type", "alert")
                .containsEntry("apns-priority", "10")
                .containsEntry("apns-collapse-id", "spring-sale")
                .containsEntry("apns-expiration", Long.toString(NOW.plusSeconds(3600).getEpochSecond()));
        assertThat(push.json()).isEqualTo(json("{\"aps\":{\"alert\":{\"title\":\"Spring sale\",\"body\":\"20% off "
                + "today\"},\"sound\":\"chime.caf\",\"badge\":3},\"messageId\":\"42\",\"url\":\"https://shop.example.com/sale\","
                + "\"action\":\"URL\"}"));
        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo(push.headers().get("apns-id"));
    }

    @Test
    void aRetryCarriesTheSameApnsIdAndAnotherMessageAnother() {
        sender.send(push("42", TOKEN));
        sender.send(push("42", TOKEN));
        sender.send(push("43", TOKEN));
        String uuid = UUID.randomUUID().toString();
        sender.send(push(uuid, TOKEN));

        List<String> ids = apns.received().stream().map(push -> push.headers().get("apns-id")).collect(Collectors.toList());
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isNotEqualTo(ids.get(2));
        assertThat(UUID.fromString(ids.get(0))).isNotNull();
        assertThat(ids.get(3)).isEqualTo(uuid);
    }

    @Test
    void aSilentPushGoesAsABackgroundPushAtLowPriorityWithoutAnAlert() throws IOException {
        Map<String, String> attributes = new HashMap<>(Map.of("push.silent", "true", "push.url", "app://sync"));
        attributes.put("push.timeToLive", "0");

        assertThat(sender.send(push("7", TOKEN, attributes)).outcome()).isEqualTo(Outcome.ACCEPTED);

        Received push = apns.received().get(0);
        assertThat(push.headers()).containsEntry("apns-push-type", "background").containsEntry("apns-priority", "5")
                .containsEntry("apns-expiration", "0");
        assertThat(push.json())
                .isEqualTo(json("{\"aps\":{\"content-available\":1},\"messageId\":\"7\",\"url\":\"app://sync\"}"));
    }

    @Test
    void anUnregisteredTokenRejectsTheAddressAndSaysSinceWhen() {
        Instant gone = Instant.parse("2026-03-01T12:00:00Z");
        apns.answer(push -> {
            throw new UnregisteredDeviceTokenException(gone);
        });

        SendResult result = sender.send(push("1", TOKEN));

        assertThat(result.outcome()).isEqualTo(Outcome.ADDRESS_REJECTED);
        assertThat(result.detail()).isEqualTo("The device token is no longer active for com.example.shop since "
                + "2026-03-01T12:00:00Z (the app was uninstalled or turned notifications off). "
                + "APNs: Unregistered (HTTP 410)");
    }

    @Test
    void refusedTokensRejectTheAddressOnceTheAccountHasDeliveredAPush() {
        oneAcceptedPush();
        apns.answer(rejectWith(RejectionReason.BAD_DEVICE_TOKEN));
        SendResult badToken = sender.send(push("2", TOKEN));
        apns.answer(rejectWith(RejectionReason.DEVICE_TOKEN_NOT_FOR_TOPIC));
        SendResult otherApp = sender.send(push("3", TOKEN));

        assertThat(badToken).isEqualTo(SendResult.addressRejected(
                "APNs refused the device token for com.example.shop. APNs: BadDeviceToken (HTTP 400)"));
        assertThat(otherApp.outcome()).isEqualTo(Outcome.ADDRESS_REJECTED);
    }

    @Test
    void refusedTokensBeforeAnyDeliveryFailWithoutBlamingTheEndpoint() {
        apns.answer(rejectWith(RejectionReason.BAD_DEVICE_TOKEN));

        SendResult result = sender.send(push("1", TOKEN));

        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.detail()).contains("check that the server (localhost:" + apns.port() + ")",
                "Bundle ID (com.example.shop)", "APNs: BadDeviceToken (HTTP 400)");
    }

    @Test
    void anAddressThatIsNoApnsTokenIsRejectedWithoutAsking() {
        SendResult firebaseToken = sender.send(push("1", "dGhpcyBpcyBub3Q:APA91bHun4MxP5egoKMwt2KZFBaFUH"));
        SendResult spaced = sender.send(push("2", "<a1b2c3d4 a1b2c3d4 a1b2c3d4 a1b2c3d4>"));

        assertThat(firebaseToken.outcome()).isEqualTo(Outcome.ADDRESS_REJECTED);
        assertThat(firebaseToken.detail()).contains("is not an APNs device token");
        assertThat(spaced.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(apns.received()).extracting(Received::deviceToken).containsExactly("a1b2c3d4".repeat(4));
    }

    @ParameterizedTest
    @EnumSource(value = RejectionReason.class, names = {"TOO_MANY_REQUESTS", "INTERNAL_SERVER_ERROR",
            "SERVICE_UNAVAILABLE", "SHUTDOWN", "EXPIRED_PROVIDER_TOKEN"})
    void throttlingAndServerTroubleAreTransient(RejectionReason reason) {
        apns.answer(rejectWith(reason));

        assertThat(sender.send(push("1", TOKEN)).outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
    }

    @Test
    void aCrashingServerIsTransient() {
        apns.answer(push -> {
            throw new IllegalStateException("boom");
        });

        assertThat(sender.send(push("1", TOKEN))).isEqualTo(
                SendResult.transientFailure("APNs: InternalServerError (HTTP 500)", null));
    }

    @Test
    void aServerThatIsDownIsTransient() throws Exception {
        ApnsSettings settings = apns.settings();
        apns.close();

        SendResult result = sender.send(push("1", TOKEN));

        assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
        assertThat(result.detail()).startsWith("Could not reach APNs at " + settings.server());
    }

    @Test
    void aBadTopicIsPermanentAndNamesTheBundleId() {
        apns.answer(rejectWith(RejectionReason.BAD_TOPIC));

        SendResult result = sender.send(push("1", TOKEN));

        assertThat(result).isEqualTo(SendResult.permanentFailure("APNs refused the Bundle ID com.example.shop: check "
                + "it in Settings; it must be an app of team TEAM123456. APNs: BadTopic (HTTP 400)"));
    }

    @Test
    void aKeyApnsDoesNotKnowIsPermanentAndPointsAtSettings() {
        ApnsSettings otherKey = new ApnsSettings(apns.settings().server(), MockApns.BUNDLE_ID, TestAuthKey.TEAM_ID,
                TestAuthKey.KEY_ID, new TestAuthKey().p8(), 8);
        try (ApnsSender wrongKey = apns.sender(otherKey, Clock.systemUTC())) {
            SendResult result = wrongKey.send(push("1", TOKEN));

            assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
            assertThat(result.detail()).startsWith("APNs refused the auth key: check the Team ID (TEAM123456), "
                    + "the Key ID (KEY1234567) and the .p8 key in Settings")
                    .endsWith("APNs: InvalidProviderToken (HTTP 403)");
        }
    }

    @Test
    void anOversizedNotificationIsRefusedBeforeSendingAndAServerRefusalIsPermanentToo() {
        SendResult local = sender.send(new OutboundMessage("1", DeliveryChannel.PUSH, TOKEN, null, "Sale", null,
                "x".repeat(5000), true, null, Map.of()));
        apns.answer(rejectWith(RejectionReason.PAYLOAD_TOO_LARGE));
        SendResult remote = sender.send(push("2", TOKEN));

        assertThat(local.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(local.detail()).startsWith("The notification is 50").endsWith("APNs takes at most 4096. "
                + "Shorten its title, body or link.");
        assertThat(remote.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(apns.received()).hasSize(1);
    }

    @Test
    void malformedPushAttributesFailTheMessageNamingTheAttribute() {
        SendResult badge = sender.send(push("1", TOKEN, Map.of("push.badge", "many")));
        SendResult priority = sender.send(push("2", TOKEN, Map.of("push.priority", "urgent")));

        assertThat(badge).isEqualTo(SendResult.permanentFailure(
                "push.badge is \"many\"; it must be a whole number from 0."));
        assertThat(priority).isEqualTo(SendResult.permanentFailure(
                "push.priority is \"urgent\"; it must be high or normal."));
        assertThat(apns.received()).isEmpty();
    }

    @Test
    void manySendsFromSeveralThreadsEachArriveExactlyOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<SendResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                OutboundMessage message = push("m-" + i, tokenNumber(i));
                results.add(threads.submit(() -> sender.send(message)));
            }
            for (Future<SendResult> result : results) {
                assertThat(result.get().outcome()).isEqualTo(Outcome.ACCEPTED);
            }
        } finally {
            threads.shutdownNow();
        }

        Map<String, Long> arrivals = apns.received().stream()
                .collect(Collectors.groupingBy(Received::deviceToken, Collectors.counting()));
        assertThat(arrivals).hasSize(200).allSatisfy((token, count) -> assertThat(count).isEqualTo(1L));
        assertThat(apns.received().stream().map(push -> push.headers().get("apns-id")).distinct()).hasSize(200);
    }

    @Test
    void theConnectionTestSignsInWithAProbeThatReachesNoDevice() {
        apns.answer(rejectWith(RejectionReason.BAD_DEVICE_TOKEN));

        ConnectionCheck check = sender.testConnection();

        assertThat(check.ok()).isTrue();
        assertThat(check.message()).isEqualTo("Connected to APNs at localhost:" + apns.port() + " and signed in with "
                + "key KEY1234567 of team TEAM123456 (with a silent probe to a made-up device token, which shows "
                + "nothing to anyone). The Bundle ID com.example.shop is confirmed by the first push to a real device.");
        assertThat(apns.received()).singleElement().satisfies(probe -> {
            assertThat(probe.deviceToken()).isEqualTo("0".repeat(64));
            assertThat(probe.headers()).containsEntry("apns-push-type", "background");
        });
    }

    @Test
    void theConnectionTestReportsARefusedKeyAndAServerThatIsDown() throws Exception {
        ApnsSettings otherKey = new ApnsSettings(apns.settings().server(), MockApns.BUNDLE_ID, TestAuthKey.TEAM_ID,
                TestAuthKey.KEY_ID, new TestAuthKey().p8(), 8);
        ConnectionCheck refused;
        try (ApnsSender wrongKey = apns.sender(otherKey, Clock.systemUTC())) {
            refused = wrongKey.testConnection();
        }
        apns.close();
        ConnectionCheck down = sender.testConnection();

        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).startsWith("APNs refused the auth key");
        assertThat(down.ok()).isFalse();
        assertThat(down.message()).startsWith("Could not reach APNs at localhost:");
    }

    @Test
    void closingEndsTheEventLoopThread() throws Exception {
        sender.send(push("1", TOKEN));
        List<Thread> loops = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("tidings-apns")).collect(Collectors.toList());

        sender.close();
        for (Thread loop : loops) {
            loop.join(10_000);
        }

        assertThat(loops).isNotEmpty().noneMatch(Thread::isAlive);
        assertThat(sender.send(push("2", TOKEN)).outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
    }
}
