package io.tidings.channel.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import io.tidings.channel.TestTlsIdentity;
import io.tidings.channel.http.FakeProvider;
import io.tidings.channel.http.FakeProvider.Answer;
import io.tidings.channel.push.PushAttributes;
import io.tidings.channel.push.TestServiceAccount;
import io.tidings.channel.push.apns.MockApns;
import io.tidings.channel.push.apns.TestAuthKey;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A push account holding APNs and FCM becomes one router that sends each endpoint to its own service. */
class PushAccountsTest {

    private static final String IPHONE = "a1".repeat(32);
    private static final String ANDROID = "fcm-token:APA91b";

    @TempDir
    Path folder;

    private MockApns apple;
    private FakeProvider google;
    private Database database;
    private ChannelAccountService service;

    @BeforeEach
    void start() throws Exception {
        apple = new MockApns();
        google = new FakeProvider();
        google.answer(request -> request.path().equals("/token")
                ? Answer.json(200, "{\"access_token\":\"ya29.t\",\"expires_in\":3599}")
                : Answer.json(200, "{\"name\":\"projects/spring-shop/messages/0:1\"}"));
        database = Database.open(folder.resolve("push.tidings"));
        Migrations.migrate(database);
        service = Wiring.channelAccounts(database, Map.of("APNS_KEY", apple.settings().authKey())::get,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        database.close();
        apple.close();
        google.close();
    }

    private ApnsAccount apns(Secret authKey, ApnsEnvironment environment) throws Exception {
        return new ApnsAccount(MockApns.BUNDLE_ID, TestAuthKey.TEAM_ID, TestAuthKey.KEY_ID, authKey, environment,
                "localhost", apple.port(), certificateFile().toString(), 4);
    }

    private Path certificateFile() throws Exception {
        return Files.writeString(folder.resolve("apns-proxy.pem"), TestTlsIdentity.localhost().pem());
    }

    private FcmAccount fcm() throws Exception {
        Path key = Files.writeString(folder.resolve("firebase-key.json"),
                new TestServiceAccount().keyFile(google.baseUrl() + "/token"));
        return new FcmAccount(google.baseUrl(), null, new Secret("file:" + key), 4);
    }

    private static ChannelAccounts push(ProviderAccount provider) {
        return ChannelAccounts.SANDBOX.with(new ChannelAccount(DeliveryChannel.PUSH, provider, null));
    }

    private static OutboundMessage message(String id, String token, String channelType) {
        return new OutboundMessage(id, DeliveryChannel.PUSH, token, null, "Spring sale", null, "20% off today", true,
                null, Map.of(PushAttributes.PLATFORM, channelType));
    }

    @Test
    void iPhonesGoToApnsAndroidPhonesToFcmThroughOneAccount() throws Exception {
        ChannelAccounts accounts = push(new ApnsAndFcmAccount(apns(Secret.environment("APNS_KEY"),
                ApnsEnvironment.PRODUCTION), fcm()));

        List<SendResult> results;
        try (ChannelSenders senders = service.openSenders(accounts, List.of(DeliveryChannel.PUSH))) {
            ChannelSender push = senders.byChannel().get(DeliveryChannel.PUSH);
            results = List.of(push.send(message("1", IPHONE, "APNS")), push.send(message("2", ANDROID, "GCM")),
                    push.send(message("3", IPHONE, "APNS_SANDBOX")));
        }

        assertThat(results).extracting(SendResult::outcome)
                .containsExactly(Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.PERMANENT_FAILURE);
        assertThat(results.get(2).detail()).isEqualTo("No APNs sandbox account is configured: add one in Settings "
                + "to send to endpoints of channel type APNS_SANDBOX.");
        assertThat(apple.received()).extracting(MockApns.Received::deviceToken).containsExactly(IPHONE);
        assertThat(google.received()).filteredOn(request -> !request.path().equals("/token"))
                .singleElement().satisfies(request -> assertThat(request.body()).contains(ANDROID));
    }

    @Test
    void oneAuthKeyServesBothApnsEnvironmentsAndTheTestChecksEachService() throws Exception {
        Path keyFile = Files.writeString(folder.resolve("AuthKey_KEY1234567.p8"), apple.settings().authKey());
        ChannelAccounts accounts = push(new ApnsAndFcmAccount(apns(new Secret("file:" + keyFile), ApnsEnvironment.BOTH),
                fcm()));

        try (ChannelSenders senders = service.openSenders(accounts, List.of(DeliveryChannel.PUSH))) {
            ChannelSender push = senders.byChannel().get(DeliveryChannel.PUSH);
            assertThat(push.send(message("1", IPHONE, "APNS_SANDBOX")).outcome()).isEqualTo(Outcome.ACCEPTED);
        }
        ConnectionCheck check = service.testConnection(accounts, DeliveryChannel.PUSH);

        assertThat(check.ok()).isTrue();
        assertThat(check.message().lines()).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("APNs: Connected"))
                .anySatisfy(line -> assertThat(line).startsWith("APNs sandbox: Connected"))
                .anySatisfy(line -> assertThat(line).startsWith("FCM: "));
    }

    @Test
    void anApnsOnlyAccountRefusesAndroidEndpointsInsteadOfSendingThemToApple() throws Exception {
        try (ChannelSenders senders = service.openSenders(push(apns(Secret.environment("APNS_KEY"), null)),
                List.of(DeliveryChannel.PUSH))) {
            SendResult android = senders.byChannel().get(DeliveryChannel.PUSH).send(message("1", ANDROID, "GCM"));

            assertThat(android.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
            assertThat(android.detail()).startsWith("No FCM account is configured");
        }
        assertThat(apple.received()).isEmpty();
    }

    @Test
    void aKeyFileThatIsNotThereIsNamedByItsPathWithinApns() throws Exception {
        ChannelAccounts accounts = push(new ApnsAndFcmAccount(apns(new Secret("file:" + folder.resolve("gone.p8")),
                ApnsEnvironment.PRODUCTION), fcm()));

        assertThat(service.validate(accounts)).isEmpty();
        assertThatThrownBy(() -> service.openSenders(accounts, List.of(DeliveryChannel.PUSH)))
                .isInstanceOfSatisfying(InvalidAccountsException.class, invalid -> assertThat(invalid.problems())
                        .containsExactly(new AccountProblem("push.apns.authKey",
                                "there is no file " + folder.resolve("gone.p8") + ".")));
        assertThat(service.testConnection(accounts, DeliveryChannel.PUSH))
                .isEqualTo(new ConnectionCheck(false, "push.apns.authKey: there is no file " + folder.resolve("gone.p8") + "."));
    }

    @Test
    void savedPushAccountsLoadAgainWithTheKeyKeptOutsideTheWorkspace() throws Exception {
        ChannelAccounts accounts = push(new ApnsAndFcmAccount(apns(Secret.environment("APNS_KEY"),
                ApnsEnvironment.DEVELOPMENT), fcm()));

        service.save(accounts);

        assertThat(service.load()).isEqualTo(accounts);
        String stored = database.read(connection -> new ChannelAccountRepository().rows(connection))
                .get(DeliveryChannel.PUSH);
        assertThat(stored).contains("env:APNS_KEY").doesNotContain("PRIVATE KEY");
    }
}
