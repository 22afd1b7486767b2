package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.count;
import static io.tidings.delivery.DeliveryFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.audience.AudienceService;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.audience.UserErasure;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.Feedback;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.ProviderReport;
import io.tidings.channel.sandbox.SandboxCaptures;
import io.tidings.channel.sandbox.SandboxOutbox;
import io.tidings.channel.sandbox.SandboxSender;
import io.tidings.channel.sandbox.SandboxSettings;
import io.tidings.channel.sandbox.SimulatedOutcomes;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sending engine with the sandbox channel: capture, simulated reports, suppression from them, and erasure. */
class SandboxSendingTest {

    private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(SENT, ZoneOffset.UTC);
    private static final int EMAILS = 3_000;

    @TempDir
    Path folder;

    private Database database;
    private SendJobs jobs;
    private DeliveryEngine engine;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("sandbox.tidings"));
        Migrations.migrate(database);
        jobs = Wiring.sendJobs(database, CLOCK);
        engine = Wiring.deliveryEngine(database, Wiring.sandboxSenders(database, CLOCK),
                DeliverySettings.defaults().withWorkers(2), CLOCK);
        engine.start();
    }

    @AfterEach
    void close() {
        engine.close();
        database.close();
    }

    @Test
    void everySentEmailIsCapturedWithTheReportsItsIdDecides() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(EMAILS));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);

        assertThat(sendAll(job)).isEqualTo(JobState.DONE);

        assertThat(count(database, "SELECT count(*) FROM sandbox_message WHERE message_id IN "
                + "(SELECT id FROM outbox_message WHERE state = 'SENT')")).isEqualTo(EMAILS);
        Map<Feedback, Long> expected = expectedReports(DeliveryChannel.EMAIL);
        assertThat(eventCount("_email.send")).isEqualTo(EMAILS);
        assertThat(eventCount("_email.delivered")).isEqualTo(expected.get(Feedback.DELIVERED)).isGreaterThan(2_800);
        assertThat(eventCount("_email.hardbounce")).isEqualTo(expected.get(Feedback.HARD_BOUNCE)).isPositive();
        assertThat(eventCount("_email.softbounce")).isEqualTo(expected.get(Feedback.SOFT_BOUNCE)).isPositive();
        assertThat(eventCount("_email.complaint")).isEqualTo(expected.getOrDefault(Feedback.COMPLAINT, 0L));
        assertThat(eventCount("_email.open")).isEqualTo(expected.get(Feedback.OPEN));
        assertThat(eventCount("_email.click")).isEqualTo(expected.get(Feedback.CLICK));
        assertThat(count(database, "SELECT count(*) FROM event WHERE event_type <> '_email.send' AND timestamp <= '"
                + SENT + "'")).as("every report comes after the send").isZero();
    }

    @Test
    void hardBouncedAndComplainingAddressesAreSuppressedForTheNextJob() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(EMAILS));
        SendJob first = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        sendAll(first);
        List<String> bounced = addressesWith("_email.hardbounce", first);
        List<String> complained = addressesWith("_email.complaint", first);
        assertThat(bounced).isNotEmpty();

        assertThat(strings(database, "SELECT address FROM suppressed_address WHERE reason = 'Hard bounce'"))
                .containsExactlyInAnyOrderElementsOf(bounced);
        assertThat(strings(database, "SELECT address FROM suppressed_address WHERE reason = 'Complaint'"))
                .containsExactlyInAnyOrderElementsOf(complained);

        SendJob second = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        sendAll(second);
        List<String> skipped = strings(database, "SELECT address FROM outbox_message WHERE job_id = " + second.id()
                + " AND state = 'SUPPRESSED' AND reason = 'SUPPRESSED_ADDRESS'");
        List<String> expected = new ArrayList<>(bounced);
        expected.addAll(complained);
        assertThat(skipped).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(count(database, "SELECT count(*) FROM outbox_message WHERE job_id = " + second.id()
                + " AND state = 'SENT'")).isEqualTo(EMAILS - expected.size());
    }

    @Test
    void smsReportsUsePinpointsRecordStatus() throws Exception {
        List<Endpoint> phones = new ArrayList<>();
        for (int index = 0; index < 2_000; index++) {
            phones.add(DeliveryFixture.endpoint("sms-" + index, ChannelType.SMS, String.format("+1206555%04d", index),
                    EndpointStatus.ACTIVE, OptOut.NONE));
        }
        DeliveryFixture.workspace(database, phones);
        Wiring.templateService(database).create("Text", TemplateType.SMS, null, "{\"Body\":\"Hi\"}");
        SendJob job = jobs.create("Text", DeliveryFixture.SEGMENT, DeliveryChannel.SMS);

        sendAll(job);

        Map<Feedback, Long> expected = expectedReports(DeliveryChannel.SMS);
        assertThat(count(database, "SELECT count(*) FROM event WHERE event_type = '_SMS.SUCCESS' "
                + "AND attributes ->> 'record_status' = 'DELIVERED'")).isEqualTo(expected.get(Feedback.DELIVERED));
        assertThat(count(database, "SELECT count(*) FROM event WHERE event_type = '_SMS.FAILURE' "
                + "AND attributes ->> 'record_status' = 'UNREACHABLE'")).isEqualTo(expected.get(Feedback.FAILED)).isPositive();
        assertThat(count(database, "SELECT count(*) FROM suppressed_address")).as("SMS failures suppress nothing").isZero();
    }

    @Test
    void aMessageSentAgainWithTheSameIdIsCapturedAndReportedOnce() {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(3));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        long messageId = count(database, "SELECT min(id) FROM outbox_message WHERE job_id = " + job.id());
        SandboxSender sender = Wiring.sandboxSender(DeliveryChannel.EMAIL, database, CLOCK);
        OutboundMessage message = new OutboundMessage(Long.toString(messageId), DeliveryChannel.EMAIL, "ep-00000@example.com",
                null, "Hi", "<p>Hello</p>", "Hello", true, null, Map.of());

        String first = sender.send(message).providerMessageId();
        String again = sender.send(message).providerMessageId();

        assertThat(again).isEqualTo(first);
        assertThat(new SandboxOutbox(database).newest(10)).singleElement()
                .satisfies(captured -> assertThat(captured.messageId()).isEqualTo(messageId));
        long reports = SimulatedOutcomes.of(messageId, DeliveryChannel.EMAIL, SandboxSettings.defaults(), SENT).size();
        assertThat(count(database, "SELECT count(*) FROM event WHERE message_id = " + messageId)).isEqualTo(reports);
    }

    @Test
    void pushAndVoiceExtrasAreKeptForThePreview() {
        new AudienceService(database).addEndpoints(List.of(DeliveryFixture.endpoint("phone", ChannelType.VOICE,
                "+12065550100", EndpointStatus.ACTIVE, OptOut.NONE)));
        SandboxSender sender = Wiring.sandboxSender(DeliveryChannel.VOICE, database, CLOCK);

        sender.send(new OutboundMessage("77", DeliveryChannel.VOICE, "+12065550100", null, null, null,
                "<speak>Hello</speak>", false, null, Map.of("voice.voiceId", "Joanna", "voice.languageCode", "en-US")));

        assertThat(new SandboxOutbox(database).newest(1)).singleElement().satisfies(captured -> {
            assertThat(captured.body()).isEqualTo("<speak>Hello</speak>");
            assertThat(captured.attributes()).containsEntry("VoiceId", "Joanna").containsEntry("LanguageCode", "en-US");
            assertThat(captured.messageId()).isEqualTo(77L);
        });
        assertThat(count(database, "SELECT count(*) FROM event")).as("no ledger row, so nothing to report on").isZero();
    }

    private JobState sendAll(SendJob job) throws InterruptedException {
        engine.run(job.id());
        return engine.await(job.id(), Duration.ofMinutes(2), progress -> { });
    }

    private long eventCount(String type) {
        return count(database, "SELECT count(*) FROM event WHERE event_type = '" + type + "'");
    }

    private List<String> addressesWith(String type, SendJob job) {
        return strings(database, "SELECT m.address FROM event e JOIN outbox_message m ON m.id = e.message_id "
                + "WHERE e.event_type = '" + type + "' AND e.job_id = " + job.id());
    }

    /** What the simulation decides for every message the job sent, counted by kind. */
    private Map<Feedback, Long> expectedReports(DeliveryChannel channel) {
        return strings(database, "SELECT id FROM outbox_message WHERE state = 'SENT'").stream()
                .flatMap(id -> SimulatedOutcomes.of(Long.parseLong(id), channel, SandboxSettings.defaults(), SENT).stream())
                .collect(Collectors.groupingBy(ProviderReport::feedback, Collectors.counting()));
    }

    @Test
    void aUsersActivityExportHoldsEveryMessageAndEventOfTheirEndpointsAndNoOneElses() throws Exception {
        SendJob job = sendToUsersWithTwoEndpoints(5);
        long eventsOfU3 = count(database, "SELECT count(*) FROM event WHERE endpoint_key IN (SELECT key FROM endpoint"
                + " WHERE user_id = 'u3')");
        Path file = folder.resolve("u3-activity.ndjson.gz");

        long written = new UserActivityExport(database).export("u3", file);

        List<String> lines;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(written).isEqualTo(2 + eventsOfU3).isEqualTo(lines.size());
        assertThat(lines).filteredOn(line -> line.contains("\"Kind\":\"Message\"")).hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"Job\":\"" + job.name() + "\"", "\"State\":\"SENT\"",
                        "\"Address\":\"u3-"));
        assertThat(lines).filteredOn(line -> line.contains("\"Kind\":\"Event\"")).hasSize((int) eventsOfU3)
                .anySatisfy(line -> assertThat(line).contains("\"EventType\":\"_email.send\""));
        assertThat(lines).allSatisfy(line -> assertThat(line).containsPattern("\"EndpointId\":\"u3-(work|home)\""));
    }

    @Test
    void anOutcomeArrivingAfterItsUserWasErasedRecordsNoEvent() throws Exception {
        SendJob job = sendToUsersWithTwoEndpoints(2);
        long messageOfU1 = count(database, "SELECT min(m.id) FROM outbox_message m JOIN endpoint e ON e.key = m.endpoint_key"
                + " WHERE e.user_id = 'u1'");
        long keyOfU1 = count(database, "SELECT endpoint_key FROM outbox_message WHERE id = " + messageOfU1);
        new AudienceService(database, () -> "US", List.of(new SandboxCaptures(), new SentMessageRecords())).eraseUser("u1");

        // A worker that sent u1's message just before the erasure records its outcome just after.
        database.write(connection -> {
            try (LedgerSession ledger = new LedgerSession(connection)) {
                ledger.insertEvent("_email.send", keyOfU1, job.id(), messageOfU1, "{}", SENT);
            }
            return null;
        });

        assertThat(count(database, "SELECT count(*) FROM event WHERE endpoint_key = " + keyOfU1)).isZero();
        assertThat(count(database, "SELECT count(*) FROM event WHERE endpoint_key NOT IN (SELECT key FROM endpoint)"))
                .isZero();
    }

    @Test
    void erasingAUserDeletesTheirMessagesEventsAndCapturesAndLeavesEveryoneElses() throws Exception {
        sendToUsersWithTwoEndpoints(20);
        new SandboxOutbox(database).captureTest(null, DeliveryChannel.EMAIL, "u7-home@example.com", "A test send", "Hi", null);
        long ledgerBefore = count(database, "SELECT count(*) FROM outbox_message");
        long eventsOfU7 = count(database, "SELECT count(*) FROM event WHERE endpoint_key IN " + keysOf("u7"));
        long capturesOfU7 = count(database, "SELECT count(*) FROM sandbox_message WHERE address LIKE 'u7-%'");
        assertThat(eventsOfU7).isGreaterThanOrEqualTo(2);
        assertThat(capturesOfU7).isEqualTo(3);

        UserErasure erased = new AudienceService(database, () -> "US", List.of(new SandboxCaptures(), new SentMessageRecords())).eraseUser("u7");

        assertThat(erased.endpoints()).isEqualTo(2);
        assertThat(erased.records()).isEqualTo(eventsOfU7 + capturesOfU7 + 2);
        assertThat(count(database, "SELECT count(*) FROM endpoint WHERE user_id = 'u7'")).isZero();
        assertThat(count(database, "SELECT count(*) FROM outbox_message WHERE address LIKE 'u7-%'")).isZero();
        assertThat(count(database, "SELECT count(*) FROM sandbox_message WHERE address LIKE 'u7-%'")).isZero();
        assertThat(count(database, "SELECT count(*) FROM event WHERE endpoint_key NOT IN (SELECT key FROM endpoint)"))
                .isZero();
        assertThat(count(database, "SELECT count(*) FROM outbox_message")).isEqualTo(ledgerBefore - 2);
        assertThat(count(database, "SELECT count(*) FROM sandbox_message WHERE address LIKE 'u8-%'")).isEqualTo(2);
        Path u7 = folder.resolve("u7-activity.ndjson");
        assertThat(new UserActivityExport(database).export("u7", u7)).isZero();
        assertThat(Files.readAllLines(u7)).isEmpty();
        assertThat(count(database, "SELECT count(*) FROM event WHERE endpoint_key IN " + keysOf("u8"))).isPositive();
    }

    private String keysOf(String userId) {
        return "(SELECT key FROM endpoint WHERE user_id = '" + userId + "')";
    }

    /** Users u0, u1, ... each with a work and a home address, all sent the fixture's email. */
    private SendJob sendToUsersWithTwoEndpoints(int users) throws InterruptedException {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int user = 0; user < users; user++) {
            endpoints.add(emailOfUser("u" + user + "-work", "u" + user));
            endpoints.add(emailOfUser("u" + user + "-home", "u" + user));
        }
        DeliveryFixture.workspace(database, endpoints);
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        assertThat(sendAll(job)).isEqualTo(JobState.DONE);
        return job;
    }

    private static Endpoint emailOfUser(String id, String userId) {
        return new Endpoint(id, ChannelType.EMAIL, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                Instant.now(), Instant.now(), Endpoint.cohortOf(id), Map.of(), Map.of(), null,
                new EndpointLocation(null, "US", null, null, null, null), new EndpointUser(userId, Map.of()));
    }
}
