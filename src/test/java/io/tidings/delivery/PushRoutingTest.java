package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.endpoint;
import static io.tidings.delivery.DeliveryFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.pushy.apns.server.UnregisteredDeviceTokenException;
import io.tidings.audience.ChannelType;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.push.PushAttributes;
import io.tidings.channel.push.PushPlatform;
import io.tidings.channel.push.PushRouter;
import io.tidings.channel.push.apns.MockApns;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A push job through the engine, the router and Pushy's mock APNs: each endpoint reaches its own service. */
class PushRoutingTest {

    private static final String IPHONE = "a1".repeat(32);
    private static final String UNINSTALLED = "dead".repeat(16);

    @TempDir
    Path folder;

    private Database database;
    private MockApns apns;
    private DeliveryEngine engine;

    @BeforeEach
    void open() throws Exception {
        database = Database.open(folder.resolve("push.tidings"));
        Migrations.migrate(database);
        apns = new MockApns();
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
        apns.close();
        database.close();
    }

    @Test
    void eachEndpointReachesTheServiceOfItsChannelTypeAndADeadTokenDeactivatesItsEndpoint() throws Exception {
        DeliveryFixture.workspace(database, List.of(
                endpoint("iphone", ChannelType.APNS, IPHONE, EndpointStatus.ACTIVE, OptOut.NONE),
                endpoint("old-iphone", ChannelType.APNS, UNINSTALLED, EndpointStatus.ACTIVE, OptOut.NONE),
                endpoint("pixel", ChannelType.GCM, "fcm-token", EndpointStatus.ACTIVE, OptOut.NONE),
                endpoint("kindle", ChannelType.ADM, "amzn1.adm", EndpointStatus.ACTIVE, OptOut.NONE)));
        Wiring.templateService(database).create("Sale", TemplateType.PUSH, null,
                "{\"Default\":{\"Title\":\"Spring sale\",\"Body\":\"20% off\",\"Sound\":\"chime.caf\"}}");
        apns.answer(push -> {
            if (push.deviceToken().equals(UNINSTALLED)) {
                throw new UnregisteredDeviceTokenException(Instant.parse("2026-03-01T00:00:00Z"));
            }
        });
        ScriptedSender fcm = ScriptedSender.accepting(DeliveryChannel.PUSH);
        PushRouter router = new PushRouter(Map.of(PushPlatform.APNS, apns.sender(), PushPlatform.GCM, fcm));
        engine = Wiring.deliveryEngine(database, Map.of(DeliveryChannel.PUSH, router), DeliverySettings.defaults()
                .withWorkers(2).withRetries(2, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMinutes(1)));
        engine.start();

        SendJob job = Wiring.sendJobs(database).create("Sale", DeliveryFixture.SEGMENT, DeliveryChannel.PUSH);
        engine.run(job.id());

        assertThat(engine.await(job.id(), Duration.ofSeconds(60), progress -> { })).isEqualTo(JobState.DONE);
        assertThat(apns.received()).extracting(MockApns.Received::deviceToken)
                .containsExactlyInAnyOrder(IPHONE, UNINSTALLED);
        assertThat(apns.received().get(0).json().path("aps").path("sound").asText()).isEqualTo("chime.caf");
        assertThat(fcm.sent).singleElement().satisfies(message -> {
            assertThat(message.address()).isEqualTo("fcm-token");
            assertThat(message.attributes()).containsEntry(PushAttributes.SOUND, "chime.caf")
                    .doesNotContainKey(PushAttributes.PLATFORM);
        });
        assertThat(strings(database, "SELECT e.id || ' ' || o.state || ' ' || coalesce(o.reason, '') "
                + "FROM outbox_message o JOIN endpoint e ON e.key = o.endpoint_key ORDER BY e.id")).containsExactly(
                "iphone SENT ", "kindle FAILED PERMANENT_FAILURE", "old-iphone FAILED ADDRESS_REJECTED",
                "pixel SENT ");
        assertThat(strings(database, "SELECT o.detail FROM outbox_message o JOIN endpoint e "
                + "ON e.key = o.endpoint_key WHERE e.id = 'kindle'")).containsExactly(
                "Amazon Device Messaging is not supported: endpoints of channel type ADM cannot be sent to.");
        assertThat(strings(database, "SELECT id FROM endpoint WHERE endpoint_status = 'INACTIVE'"))
                .containsExactly("old-iphone");
    }
}
