package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.store.Database;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The purge keeps the rollups; erasing a user erases their events; the engine's events are attributed by the ledger. */
class EventRetentionTest {

    private static final Instant NOW = Instant.parse("2024-09-30T12:00:00Z");

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private Database database;

    @BeforeEach
    void open() {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("events.tidings"), "Events");
        database = workspace.workspace().database();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void importLines(String... lines) throws Exception {
        Path file = Files.writeString(folder.resolve("events.ndjson"), String.join("\n", lines));
        assertThat(workspace.eventImport().run(file, false).imported()).isEqualTo(lines.length);
    }

    private static String open(String endpoint, String user, String time) {
        return """
                {"EventType":"_email.open","Timestamp":"%s","EndpointId":"%s","UserId":"%s",\
                "Attributes":{"campaign_id":"c1","campaign_activity_id":"r1"}}""".formatted(time, endpoint, user);
    }

    private long rawEvents() {
        return database.read(connection -> {
            try (var rows = connection.prepareStatement("SELECT count(*) FROM event").executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private MessageKpis kpis(String from, String to) {
        return workspace.kpis().report(new KpiQuery("c1", LocalDate.parse(from), LocalDate.parse(to))).total();
    }

    @Test
    void thePurgeDeletesOldEventsAndKeepsTheRollups() throws Exception {
        importLines(open("e1", "u1", "2024-03-01T10:00:00Z"), open("e2", "u2", "2024-03-01T10:00:00Z"),
                open("e1", "u1", "2024-09-29T10:00:00Z"));
        EventRetention retention = new EventRetention(database, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(retention.retention()).isEqualTo(RetentionPeriod.DEFAULT);

        assertThat(retention.purge()).isEqualTo(2);

        assertThat(rawEvents()).isEqualTo(1);
        MessageKpis march = kpis("2024-03-01", "2024-03-31");
        assertThat(march.everyEmailOpen()).isEqualTo(2);
        assertThat(march.emailOpens()).isEqualTo(2);
        assertThat(march.uniqueEmailOpens()).isEqualTo(2);
        assertThat(kpis("2024-03-01", "2024-09-30").uniqueEmailOpens()).isEqualTo(2);
    }

    @Test
    void unlimitedRetentionPurgesNothing() throws Exception {
        importLines(open("e1", "u1", "2020-01-01T10:00:00Z"));
        EventRetention retention = new EventRetention(database, Clock.fixed(NOW, ZoneOffset.UTC));
        retention.setRetention(RetentionPeriod.UNLIMITED);

        assertThat(retention.retention().unlimited()).isTrue();
        assertThat(retention.purge()).isZero();
        assertThat(rawEvents()).isEqualTo(1);
    }

    @Test
    void erasingAUserErasesTheirEventsAndTheirPlaceInUniqueCounts() throws Exception {
        workspace.audience().addEndpoints(List.of(endpoint("e1", "u1"), endpoint("e2", "u2")));
        importLines(open("e1", "u1", "2024-09-01T10:00:00Z"), open("e2", "u2", "2024-09-01T10:00:00Z"),
                open("other", "u1", "2024-09-01T10:00:00Z"));

        workspace.audience().eraseUser("u1");

        assertThat(rawEvents()).isEqualTo(1);
        MessageKpis september = kpis("2024-09-01", "2024-09-30");
        assertThat(september.uniqueEmailOpens()).isEqualTo(1);
        assertThat(september.everyEmailOpen()).isEqualTo(3);
    }

    @Test
    void theEnginesEventsCountForTheirCampaignRunAndTreatment() {
        database.write(connection -> {
            connection.createStatement().executeUpdate("""
                    INSERT INTO send_job (id, name, channel, template_version, created_at, campaign_id)
                    VALUES (41, 'Spring run', 'EMAIL', 1, '2024-09-01T00:00:00Z', 7)""");
            connection.createStatement().executeUpdate("""
                    INSERT INTO outbox_message (id, job_id, endpoint_key, treatment) VALUES (500, 41, 1, 1)""");
            // As LedgerSession.insertEvent writes it.
            return connection.createStatement().executeUpdate("""
                    INSERT INTO event (event_type, endpoint_key, job_id, message_id, timestamp, attributes)
                    VALUES ('_email.send', 1, 41, 500, '2024-09-01T10:00:00Z', '{}')""");
        });
        String row = database.read(connection -> {
            try (var rows = connection.prepareStatement("""
                    SELECT campaign_id || '/' || campaign_activity_id || '/' || treatment_id || '/' || channel || '/'
                        || events FROM event_daily WHERE day = '2024-09-01'""").executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertThat(row).isEqualTo("7/41/1/EMAIL/1");
    }

    private static Endpoint endpoint(String id, String user) {
        return new Endpoint(id, ChannelType.EMAIL, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                Instant.now(), Instant.now(), Endpoint.cohortOf(id), Map.of(), Map.of(), null,
                new EndpointLocation(null, "US", null, null, null, null), new EndpointUser(user, Map.of()));
    }
}
