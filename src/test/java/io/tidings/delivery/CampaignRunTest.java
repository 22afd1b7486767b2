package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.count;
import static io.tidings.delivery.DeliveryFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.SettableClock;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaign runs through the real engine and a real workspace file, on a clock the test sets. */
class CampaignRunTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(at("2026-06-15T10:00Z"));
    private final ScriptedSender sender = ScriptedSender.accepting(DeliveryChannel.EMAIL);
    private Database database;
    private SendJobs jobs;
    private TemplateService templates;
    private DeliveryEngine engine;
    private long hello;
    private long welcome;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("runs.tidings"));
        Migrations.migrate(database);
        jobs = Wiring.sendJobs(database, clock);
        templates = Wiring.templateService(database, clock);
        engine = Wiring.deliveryEngine(database, Map.of(DeliveryChannel.EMAIL, sender),
                DeliverySettings.defaults().withWorkers(2), clock);
        engine.start();
    }

    @AfterEach
    void close() {
        engine.close();
        database.close();
    }

    private void audience(List<Endpoint> endpoints) {
        DeliveryFixture.workspace(database, endpoints);
        hello = templates.templateNamed(DeliveryFixture.TEMPLATE).orElseThrow().id();
        welcome = templates.create("Welcome", TemplateType.EMAIL, null,
                "{\"Subject\":\"Welcome\",\"HtmlPart\":\"<p>Welcome</p>\",\"TextPart\":\"Welcome\"}");
    }

    private long segment() {
        return new SegmentService(database).findByName(DeliveryFixture.SEGMENT).orElseThrow().id();
    }

    private static TemplateContent inline(String subject) {
        return TemplateContent.parse(TemplateType.EMAIL,
                "{\"Subject\":\"" + subject + "\",\"HtmlPart\":\"<p>x</p>\",\"TextPart\":\"x\"}");
    }

    private RunPlan plan(Long campaignId, List<RunTreatment> treatments, int holdout, LocalTimeStart localTime,
            Duration maximumDuration, JobOptions options) {
        return new RunPlan("Spring sale", campaignId, campaignId == null ? 1 : campaignId, DeliveryChannel.EMAIL,
                segment(), null, treatments, holdout, clock.instant(), localTime, maximumDuration, options,
                JobAccount.UNKNOWN);
    }

    private List<RunTreatment> threeTreatments() {
        return List.of(new RunTreatment("A", 40, hello, null, null), new RunTreatment("B", 30, welcome, null, null),
                new RunTreatment("C", 20, null, null, inline("Inline offer")));
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private JobState runToEnd(SendJob job) throws InterruptedException {
        engine.run(job.id());
        return engine.await(job.id(), WAIT, progress -> { });
    }

    private static Endpoint endpoint(String id, ChannelType type, String address, EndpointStatus status, OptOut optOut,
            String timezone) {
        return new Endpoint(id, type, address, status, optOut, Instant.now(), Instant.now(), Endpoint.cohortOf(id),
                Map.of(), Map.of(), new EndpointDemographic(null, null, null, null, null, null, null, timezone),
                new EndpointLocation(null, "US", null, null, null, null), null);
    }

    private Map<String, Integer> treatmentByEndpoint(long jobId) {
        return strings(database, "SELECT e.id || ' ' || m.treatment FROM outbox_message m JOIN endpoint e "
                + "ON e.key = m.endpoint_key WHERE m.job_id = " + jobId).stream().map(row -> row.split(" "))
                .collect(Collectors.toMap(row -> row[0], row -> Integer.parseInt(row[1])));
    }

    @Test
    void eachTreatmentSendsItsOwnMessageAndTheHoldoutIsRecordedAsSuch() throws Exception {
        audience(DeliveryFixture.emails(1_000));

        SendJob job = jobs.createRun(plan(7L, threeTreatments(), 10, null, null, JobOptions.DEFAULTS));

        assertThat(job.campaignId()).isEqualTo(7L);
        assertThat(runToEnd(job)).isEqualTo(JobState.DONE);
        Map<String, Integer> treatments = treatmentByEndpoint(job.id());
        assertThat(treatments).hasSize(1_000);
        TreatmentAssignment assignment = new TreatmentAssignment(7, 10, List.of(40, 30, 20));
        treatments.forEach((id, treatment) -> assertThat(treatment).isEqualTo(assignment.treatmentOf(id)));
        Map<String, String> subjectByAddress = sender.sent.stream()
                .collect(Collectors.toMap(OutboundMessage::address, OutboundMessage::subject));
        List<String> expected = List.of("Hi %s", "Welcome", "Inline offer");
        treatments.forEach((id, treatment) -> {
            String address = id + "@example.com";
            if (treatment == RunPlan.HOLDOUT) {
                assertThat(subjectByAddress).doesNotContainKey(address);
            } else {
                assertThat(subjectByAddress.get(address)).isEqualTo(expected.get(treatment).formatted(address));
            }
        });
        Map<Integer, JobProgress> progress = jobs.progressByTreatment(job.id());
        assertThat(progress).containsOnlyKeys(RunPlan.HOLDOUT, 0, 1, 2);
        long heldOut = treatments.values().stream().filter(treatment -> treatment == RunPlan.HOLDOUT).count();
        assertThat(progress.get(RunPlan.HOLDOUT).byReason()).containsOnly(Map.entry(ReasonCode.TREATMENT_HOLDOUT, heldOut));
        assertThat(progress.get(RunPlan.HOLDOUT).sent()).isZero();
        assertThat(progress.get(0).sent() + progress.get(1).sent() + progress.get(2).sent()).isEqualTo(1_000 - heldOut);
        assertThat(sender.sent).hasSize((int) (1_000 - heldOut));
        assertThat(jobs.jobsOfCampaign(7)).extracting(SendJob::id).containsExactly(job.id());
        assertThat(jobs.messages(job.id(), RunPlan.HOLDOUT, MessageState.SUPPRESSED, ReasonCode.TREATMENT_HOLDOUT, 0, 5))
                .hasSize(5).allSatisfy(message -> assertThat(treatments.get(message.endpointId())).isEqualTo(RunPlan.HOLDOUT));
    }

    @Test
    void expandingTheRunAgainAddsNothingAndKeepsEveryTreatment() {
        audience(DeliveryFixture.emails(500));
        SendJob job = jobs.createRun(plan(3L, threeTreatments(), 10, null, null, JobOptions.DEFAULTS));
        Map<String, Integer> before = treatmentByEndpoint(job.id());
        database.write(connection -> {
            try (var delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM outbox_message WHERE id % 3 = 0"); // as if the expansion stopped part-way
            }
            return null;
        });

        jobs.expand(job.id());
        jobs.expand(job.id());

        assertThat(treatmentByEndpoint(job.id())).isEqualTo(before);
    }

    @Test
    void localTimeDeliversAtTheWallClockTimeOnEachEndpointsOwnClock() throws Exception {
        // The run starts at 10:00 UTC; 09:00 local is 13:00Z in New York, 16:00Z in Los Angeles, 07:00Z in Berlin.
        audience(List.of(endpoint("new-york", ChannelType.EMAIL, "ny@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                        "America/New_York"),
                endpoint("los-angeles", ChannelType.EMAIL, "la@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                        "America/Los_Angeles"),
                endpoint("berlin", ChannelType.EMAIL, "be@example.com", EndpointStatus.ACTIVE, OptOut.NONE, "Europe/Berlin"),
                endpoint("nowhere", ChannelType.EMAIL, "no@example.com", EndpointStatus.ACTIVE, OptOut.NONE, null),
                endpoint("bad-zone", ChannelType.EMAIL, "bz@example.com", EndpointStatus.ACTIVE, OptOut.NONE, "Mars/Base")));
        LocalTimeStart nine = new LocalTimeStart(LocalDateTime.parse("2026-06-15T09:00"), ZoneId.of("Europe/Berlin"));

        SendJob job = jobs.createRun(plan(null, List.of(new RunTreatment(null, 100, hello, null, null)), 0, nine, null,
                JobOptions.DEFAULTS));
        engine.run(job.id());

        assertThat(strings(database, "SELECT e.id || ' ' || m.state || ' ' || coalesce(m.reason, m.next_attempt_at) "
                + "FROM outbox_message m JOIN endpoint e ON e.key = m.endpoint_key ORDER BY e.id")).containsExactly(
                "bad-zone SUPPRESSED ENDPOINT_MISSING_TIMEZONE", "berlin SUPPRESSED ENDPOINT_TIMEZONE_MISMATCH",
                "los-angeles PENDING " + at("2026-06-15T16:00Z").toEpochMilli(),
                "new-york PENDING " + at("2026-06-15T13:00Z").toEpochMilli(),
                "nowhere SUPPRESSED ENDPOINT_MISSING_TIMEZONE");
        clock.set(at("2026-06-15T13:00Z"));
        awaitSent(job, 1);
        assertThat(sender.sent).extracting(OutboundMessage::address).containsExactly("ny@example.com");
        clock.set(at("2026-06-15T16:00Z"));
        assertThat(engine.await(job.id(), WAIT, progress -> { })).isEqualTo(JobState.DONE);
        assertThat(sender.sent).extracting(OutboundMessage::address).containsExactly("ny@example.com", "la@example.com");
    }

    @Test
    void aMessageNotSentByTheRunsMaximumDurationExpires() throws Exception {
        audience(List.of(endpoint("new-york", ChannelType.EMAIL, "ny@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                        "America/New_York"),
                endpoint("los-angeles", ChannelType.EMAIL, "la@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                        "America/Los_Angeles")));
        LocalTimeStart nine = new LocalTimeStart(LocalDateTime.parse("2026-06-15T09:00"), ZoneId.of("America/New_York"));
        SendJob job = jobs.createRun(plan(null, List.of(new RunTreatment(null, 100, hello, null, null)), 0, nine,
                Duration.ofHours(4), JobOptions.DEFAULTS)); // until 14:00Z: New York's 13:00Z is in, Los Angeles' 16:00Z not
        engine.run(job.id());

        clock.set(at("2026-06-15T13:30Z"));
        awaitSent(job, 1);
        clock.set(at("2026-06-15T14:00Z"));

        assertThat(engine.await(job.id(), WAIT, progress -> { })).isEqualTo(JobState.DONE);
        assertThat(sender.sent).extracting(OutboundMessage::address).containsExactly("ny@example.com");
        JobProgress progress = jobs.progress(job.id());
        assertThat(progress.expired()).isEqualTo(1);
        assertThat(progress.suppressed()).isZero();
        assertThat(jobs.messages(job.id(), null, null, ReasonCode.EXPIRED, 0, 10)).extracting(RunMessage::endpointId)
                .containsExactly("los-angeles");
    }

    @Test
    void twoCampaignsAtOnceWithADailyCapOfOneSendEachEndpointExactlyOneMessage() throws Exception {
        audience(DeliveryFixture.emails(300));
        JobOptions capped = JobOptions.DEFAULTS.withDailyCapPerEndpoint(1);
        List<RunTreatment> one = List.of(new RunTreatment(null, 100, hello, null, null));
        SendJob first = jobs.createRun(plan(1L, one, 0, null, null, capped));
        SendJob second = jobs.createRun(plan(2L, List.of(new RunTreatment(null, 100, welcome, null, null)), 0, null,
                null, capped));

        engine.run(first.id());
        engine.run(second.id());
        assertThat(engine.await(first.id(), WAIT, progress -> { })).isEqualTo(JobState.DONE);
        assertThat(engine.await(second.id(), WAIT, progress -> { })).isEqualTo(JobState.DONE);

        assertThat(sender.sent).hasSize(300);
        assertThat(sender.sent.stream().map(OutboundMessage::address).distinct()).hasSize(300);
        assertThat(jobs.progress(first.id()).sent() + jobs.progress(second.id()).sent()).isEqualTo(300);
        assertThat(jobs.progress(first.id()).byReason().getOrDefault(ReasonCode.CAP_EXCEEDED, 0L)
                + jobs.progress(second.id()).byReason().getOrDefault(ReasonCode.CAP_EXCEEDED, 0L)).isEqualTo(300);
    }

    @Test
    void limitsTotalCountsEveryRunOfTheCampaign() throws Exception {
        audience(DeliveryFixture.emails(50));
        JobOptions once = JobOptions.DEFAULTS.withMessagesPerEndpoint(1);
        List<RunTreatment> one = List.of(new RunTreatment(null, 100, hello, null, null));
        SendJob firstRun = jobs.createRun(plan(5L, one, 0, null, null, once));
        assertThat(runToEnd(firstRun)).isEqualTo(JobState.DONE);

        SendJob secondRun = jobs.createRun(plan(5L, one, 0, null, null, once));
        SendJob otherCampaign = jobs.createRun(plan(6L, one, 0, null, null, once));
        assertThat(runToEnd(secondRun)).isEqualTo(JobState.DONE);
        assertThat(runToEnd(otherCampaign)).isEqualTo(JobState.DONE);

        assertThat(jobs.progress(secondRun.id()).byReason()).containsOnly(Map.entry(ReasonCode.CAP_EXCEEDED, 50L));
        assertThat(jobs.progress(otherCampaign.id()).sent()).isEqualTo(50);
        assertThat(jobs.jobsOfCampaign(5)).extracting(SendJob::id).containsExactly(firstRun.id(), secondRun.id());
    }

    @Test
    void aRunOfAnEarlierSegmentVersionTargetsThatVersionsMembers() {
        audience(DeliveryFixture.emails(20));
        SegmentService segments = new SegmentService(database);
        segments.save(segment(), SegmentDefinition.of(new SegmentDimensions(null, null, null, null,
                new SegmentDimensions.Location(new SegmentDimensions.SetDimension(
                        SegmentDimensions.DimensionType.INCLUSIVE, List.of("CA")), null), null)));
        List<RunTreatment> one = List.of(new RunTreatment(null, 100, hello, null, null));
        RunPlan latest = plan(null, one, 0, null, null, JobOptions.DEFAULTS);
        RunPlan first = new RunPlan(latest.name(), null, 1, DeliveryChannel.EMAIL, latest.segmentId(), 1, one, 0,
                clock.instant(), null, null, JobOptions.DEFAULTS, JobAccount.UNKNOWN);

        assertThat(jobs.progress(jobs.createRun(latest).id()).total()).isZero();
        assertThat(jobs.progress(jobs.createRun(first).id()).total()).isEqualTo(20);
        assertThatThrownBy(() -> jobs.createRun(new RunPlan(latest.name(), null, 1, DeliveryChannel.EMAIL,
                latest.segmentId(), 7, one, 0, clock.instant(), null, null, JobOptions.DEFAULTS, JobAccount.UNKNOWN)))
                .hasMessage("Segment \"Everyone\" has no version 7.");
    }

    @Test
    void aPlanThatDoesNotAddUpOrMixesChannelsIsRefusedNamingTheField() {
        audience(DeliveryFixture.emails(3));
        long sms = templates.create("Text", TemplateType.SMS, null, "{\"Body\":\"Hi\"}");

        assertThatThrownBy(() -> jobs.createRun(plan(1L, List.of(new RunTreatment(null, 50, hello, null, null),
                new RunTreatment(null, 30, welcome, null, null)), 10, null, null, JobOptions.DEFAULTS)))
                .hasMessage("The treatments' SizePercent (50 + 30) and HoldoutPercent (10) add up to 90, not 100.");
        assertThatThrownBy(() -> jobs.createRun(plan(1L, List.of(new RunTreatment(null, 50, hello, null, null),
                new RunTreatment(null, 25, welcome, null, null), new RunTreatment(null, 25, sms, null, null)), 0, null,
                null, JobOptions.DEFAULTS)))
                .hasMessage("AdditionalTreatments[1].TemplateConfiguration: \"Text\" is an SMS template; this campaign "
                        + "sends email.");
        assertThatThrownBy(() -> jobs.createRun(plan(1L, List.of(new RunTreatment(null, 50, hello, null, null),
                new RunTreatment(null, 50, welcome, null, inline("Both"))), 0, null, null, JobOptions.DEFAULTS)))
                .hasMessage("AdditionalTreatments[0].TemplateConfiguration: give a template or an inline message "
                        + "(MessageConfiguration), not both.");
        assertThatThrownBy(() -> jobs.createRun(plan(1L, List.of(new RunTreatment(null, 100, hello, null, null),
                new RunTreatment(null, 0, hello, null, null), new RunTreatment(null, 0, hello, null, null),
                new RunTreatment(null, 0, hello, null, null), new RunTreatment(null, 0, hello, null, null),
                new RunTreatment(null, 0, hello, null, null)), 0, null, null, JobOptions.DEFAULTS)))
                .hasMessageStartingWith("A campaign has 1 to 5 treatments");
        assertThat(count(database, "SELECT count(*) FROM send_job")).isZero();
    }

    private void awaitSent(SendJob job, long sent) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (jobs.progress(job.id()).sent() < sent && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(jobs.progress(job.id()).sent()).isEqualTo(sent);
    }
}
