package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.audience.UserErasure;
import io.tidings.delivery.sandbox.SandboxSender;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.template.SandboxOutbox;
import io.tidings.template.TemplateType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The right to erasure after a real send through the sandbox channel: nothing of the user stays. */
class UserErasureTest {

    @TempDir
    Path folder;

    private Database database;
    private DeliveryEngine engine;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("erasure.tidings"));
        Migrations.migrate(database);
        engine = new DeliveryEngine(database, SandboxSender.forEveryChannel(database),
                DeliverySettings.defaults().withWorkers(2));
        engine.start();
    }

    @AfterEach
    void close() {
        engine.close();
        database.close();
    }

    @Test
    void erasingAUserDeletesTheirMessagesEventsAndCapturesAndLeavesEveryoneElses() throws Exception {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int user = 0; user < 20; user++) {
            endpoints.add(email("u" + user + "-work", "u" + user));
            endpoints.add(email("u" + user + "-home", "u" + user));
        }
        DeliveryFixture.workspace(database, endpoints);
        SendJob job = new SendJobs(database).create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        engine.run(job.id());
        assertThat(engine.await(job.id(), Duration.ofMinutes(1), progress -> { })).isEqualTo(JobState.DONE);
        new SandboxOutbox(database).captureTest(null, TemplateType.EMAIL, "u7-home@example.com", "A test send", "Hi", null);
        long ledgerBefore = count(database, "SELECT count(*) FROM outbox_message");
        long eventsOfU7 = count(database, "SELECT count(*) FROM event WHERE endpoint_key IN " + keysOf("u7"));
        long capturesOfU7 = count(database, "SELECT count(*) FROM sandbox_message WHERE address LIKE 'u7-%'");
        assertThat(eventsOfU7).isGreaterThanOrEqualTo(2);
        assertThat(capturesOfU7).isEqualTo(3);

        UserErasure erased = new AudienceService(database, () -> "US", List.of(new SentMessageRecords())).eraseUser("u7");

        assertThat(erased.endpoints()).isEqualTo(2);
        assertThat(erased.records()).isEqualTo(eventsOfU7 + capturesOfU7 + 2);
        assertThat(count(database, "SELECT count(*) FROM endpoint WHERE user_id = 'u7'")).isZero();
        assertThat(count(database, "SELECT count(*) FROM outbox_message WHERE address LIKE 'u7-%'")).isZero();
        assertThat(count(database, "SELECT count(*) FROM sandbox_message WHERE address LIKE 'u7-%'")).isZero();
        assertThat(count(database, "SELECT count(*) FROM event WHERE endpoint_key NOT IN (SELECT key FROM endpoint)"))
                .isZero();
        assertThat(count(database, "SELECT count(*) FROM outbox_message")).isEqualTo(ledgerBefore - 2);
        assertThat(count(database, "SELECT count(*) FROM sandbox_message WHERE address LIKE 'u8-%'")).isEqualTo(2);
        assertThat(count(database, "SELECT count(*) FROM event WHERE endpoint_key IN " + keysOf("u8"))).isPositive();
    }

    private String keysOf(String userId) {
        return "(SELECT key FROM endpoint WHERE user_id = '" + userId + "')";
    }

    private static Endpoint email(String id, String userId) {
        return new Endpoint(id, ChannelType.EMAIL, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                Instant.now(), Instant.now(), Endpoint.cohortOf(id), Map.of(), Map.of(), null,
                new EndpointLocation(null, "US", null, null, null, null), new EndpointUser(userId, Map.of()));
    }
}
