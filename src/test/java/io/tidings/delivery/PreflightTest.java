package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.SettableClock;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointDemographic;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.channel.DeliveryChannel;
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
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-flight forecasts what the engine then does, treatment by treatment and reason by reason. */
class PreflightTest {

    private static final Duration WAIT = Duration.ofSeconds(120);
    /** 20:30 UTC: 16:30 in New York, 22:30 in Berlin (quiet time there). */
    private static final Instant START = OffsetDateTime.parse("2026-06-15T20:30Z").toInstant();
    private static final QuietTime NIGHT_DROPPED =
            QuietTime.of(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.DROP);

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(START);
    private Database database;
    private SendJobs jobs;
    private TemplateService templates;
    private Preflight preflight;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("preflight.tidings"));
        Migrations.migrate(database);
        jobs = Wiring.sendJobs(database, clock);
        templates = Wiring.templateService(database, clock);
        preflight = new Preflight(database, new SegmentService(database), templates);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Endpoint endpoint(String id, ChannelType type, String address, EndpointStatus status, OptOut optOut,
            String timezone) {
        return new Endpoint(id, type, address, status, optOut, Instant.now(), Instant.now(), Endpoint.cohortOf(id),
                Map.of(), Map.of(), new EndpointDemographic(null, null, null, null, null, null, null, timezone),
                new EndpointLocation(null, "US", null, null, null, null), null);
    }

    /** Ten kinds of endpoint, over and over: each kind meets a different rule. */
    private static List<Endpoint> mixedAudience(int size) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            String id = String.format("ep-%05d", index);
            String address = id + "@example.com";
            endpoints.add(switch (index % 10) {
                case 0 -> endpoint(id, ChannelType.EMAIL, address, EndpointStatus.ACTIVE, OptOut.ALL, "America/New_York");
                case 1 -> endpoint(id, ChannelType.EMAIL, address, EndpointStatus.INACTIVE, OptOut.NONE, "America/New_York");
                case 2 -> endpoint(id, ChannelType.EMAIL, null, EndpointStatus.ACTIVE, OptOut.NONE, "America/New_York");
                // the address of an earlier endpoint that is sent, unless it is held out
                case 3 -> endpoint(id, ChannelType.EMAIL, String.format("ep-%05d@example.com", index - 4),
                        EndpointStatus.ACTIVE, OptOut.NONE, "America/New_York");
                case 4 -> endpoint(id, ChannelType.EMAIL, "bounced-" + address, EndpointStatus.ACTIVE, OptOut.NONE,
                        "America/New_York");
                case 5 -> endpoint(id, ChannelType.SMS, "+1555" + index, EndpointStatus.ACTIVE, OptOut.NONE,
                        "America/New_York");
                case 6 -> endpoint(id, ChannelType.EMAIL, address, EndpointStatus.ACTIVE, OptOut.NONE, null);
                case 7 -> endpoint(id, ChannelType.EMAIL, address, EndpointStatus.ACTIVE, OptOut.NONE, "Europe/Berlin");
                default -> endpoint(id, ChannelType.EMAIL, address, EndpointStatus.ACTIVE, OptOut.NONE, "America/New_York");
            });
        }
        return endpoints;
    }

    private RunPlan plan(JobOptions options) {
        long hello = templates.templateNamed(DeliveryFixture.TEMPLATE).orElseThrow().id();
        long welcome = templates.create("Welcome", TemplateType.EMAIL, null,
                "{\"Subject\":\"Welcome\",\"HtmlPart\":\"<p>Welcome</p>\",\"TextPart\":\"Welcome\"}");
        long segment = new SegmentService(database).findByName(DeliveryFixture.SEGMENT).orElseThrow().id();
        return new RunPlan("Mixed", 11L, 11, DeliveryChannel.EMAIL, segment, null, List.of(
                new RunTreatment("A", 40, hello, null, null), new RunTreatment("B", 30, welcome, null, null),
                new RunTreatment("C", 20, null, null, TemplateContent.parse(TemplateType.EMAIL,
                        "{\"Subject\":\"Inline\",\"HtmlPart\":\"<p>x</p>\",\"TextPart\":\"x\"}"))),
                10, START, null, null, options, JobAccount.UNKNOWN);
    }

    private void suppressBouncedAddresses() {
        database.write(connection -> {
            try (var insert = connection.createStatement()) {
                insert.executeUpdate("INSERT INTO suppressed_address (channel, address, reason, created_at) "
                        + "SELECT 'EMAIL', address, 'hard bounce', '2026-06-01T00:00:00Z' FROM endpoint "
                        + "WHERE address LIKE 'bounced-%'");
            }
            return null;
        });
    }

    /** The ledger's rows by treatment and outcome ("SENT", or the reason of a suppressed row). */
    private Map<String, Long> ledger(long jobId) {
        Map<String, Long> outcomes = new HashMap<>();
        DeliveryFixture.strings(database, "SELECT treatment || ' ' || CASE state WHEN 'SENT' THEN 'SENT' ELSE "
                + "state || ' ' || coalesce(reason, '-') END || ' ' || count(*) FROM outbox_message WHERE job_id = "
                + jobId + " GROUP BY treatment, state, reason").forEach(row -> {
                    int last = row.lastIndexOf(' ');
                    outcomes.put(row.substring(0, last), Long.parseLong(row.substring(last + 1)));
                });
        return outcomes;
    }

    /** The forecast in the ledger's words: NOW is SENT, NOT_SENT is SUPPRESSED with its reason (mismatches aside). */
    private static Map<String, Long> forecast(PreflightReport report) {
        Map<String, Long> outcomes = new HashMap<>();
        for (PreflightReport.Line line : report.lines()) {
            if (line.reason() == ReasonCode.ENDPOINT_CHANNEL_MISMATCH) {
                continue; // not the run's audience: no ledger row
            }
            String outcome = switch (line.timing()) {
                case NOW -> "SENT";
                case NOT_SENT -> "SUPPRESSED " + line.reason();
                case LATER -> "LATER " + line.delay();
            };
            outcomes.merge(line.treatment() + " " + outcome, line.endpoints(), Long::sum);
        }
        return outcomes;
    }

    @Test
    void thePreflightAndTheRunAgreeOnEveryTreatmentAndReason() throws Exception {
        DeliveryFixture.workspace(database, mixedAudience(2_000));
        suppressBouncedAddresses();
        RunPlan plan = plan(JobOptions.DEFAULTS.withQuietTime(NIGHT_DROPPED));

        PreflightReport report = preflight.check(plan, START, 3);

        Map<String, Long> forecast = forecast(report);
        assertThat(report.segmentMembers()).isEqualTo(2_000);
        assertThat(sum(report, ReasonCode.ENDPOINT_CHANNEL_MISMATCH)).isEqualTo(200);
        assertThat(report.lines()).allSatisfy(line -> assertThat(line.sampleEndpointIds()).hasSizeBetween(1, 3));
        for (ReasonCode reason : List.of(ReasonCode.ENDPOINT_OPT_OUT, ReasonCode.ENDPOINT_INACTIVE,
                ReasonCode.ENDPOINT_MISSING_ADDRESS, ReasonCode.DUPLICATE_ENDPOINT, ReasonCode.SUPPRESSED_ADDRESS,
                ReasonCode.ENDPOINT_MISSING_TIMEZONE, ReasonCode.QUIET_TIME, ReasonCode.TREATMENT_HOLDOUT)) {
            assertThat(sum(report, reason)).as("%s", reason).isPositive();
        }

        try (DeliveryEngine engine = Wiring.deliveryEngine(database,
                Map.of(DeliveryChannel.EMAIL, Wiring.sandboxSender(DeliveryChannel.EMAIL, database, clock)),
                DeliverySettings.defaults().withWorkers(2), clock)) {
            engine.start();
            SendJob job = jobs.createRun(plan);
            engine.run(job.id());
            assertThat(engine.await(job.id(), WAIT, progress -> { })).isEqualTo(JobState.DONE);
            assertThat(ledger(job.id())).isEqualTo(forecast);
        }
    }

    @Test
    void heldQuietTimeLocalTimeAndTheRateAreForecastAsLaterAndTheDeadlineAsExpired() {
        DeliveryFixture.workspace(database, mixedAudience(1_000));
        RunPlan base = plan(JobOptions.DEFAULTS.withQuietTime(
                QuietTime.of(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.HOLD)));
        RunPlan plan = new RunPlan(base.name(), base.campaignId(), base.assignmentSeed(), base.channel(),
                base.segmentId(), null, base.treatments(), base.holdoutPercent(), START, null, Duration.ofSeconds(10),
                base.options(), new JobAccount(null, 10.0));

        PreflightReport report = preflight.check(plan, START, 0);

        long now = lines(report, PreflightReport.Timing.NOW, null);
        long rate = lines(report, PreflightReport.Timing.LATER, PreflightReport.Wait.RATE);
        assertThat(now).isEqualTo(10);
        assertThat(rate).isEqualTo(90); // ten seconds at ten a second, the first second's ten now
        assertThat(sum(report, ReasonCode.EXPIRED)).as("the rest, and those held past the deadline").isPositive();
        assertThat(lines(report, PreflightReport.Timing.LATER, PreflightReport.Wait.QUIET_TIME)).isZero();
        assertThat(report.sendingTime()).isEqualTo(Duration.ofSeconds(10));

        PreflightReport unlimited = preflight.check(new RunPlan(base.name(), base.campaignId(), base.assignmentSeed(),
                base.channel(), base.segmentId(), null, base.treatments(), base.holdoutPercent(), START, null, null,
                base.options(), JobAccount.UNKNOWN), START, 0);
        assertThat(lines(unlimited, PreflightReport.Timing.LATER, PreflightReport.Wait.QUIET_TIME))
                .as("Berlin's 100, held until morning, less the held-out ones").isEqualTo(90);
        assertThat(sum(unlimited, ReasonCode.EXPIRED)).isZero();
    }

    private static long sum(PreflightReport report, ReasonCode reason) {
        return report.lines().stream().filter(line -> line.reason() == reason)
                .mapToLong(PreflightReport.Line::endpoints).sum();
    }

    private static long lines(PreflightReport report, PreflightReport.Timing timing, PreflightReport.Wait delay) {
        return report.lines().stream().filter(line -> line.timing() == timing && line.delay() == delay)
                .mapToLong(PreflightReport.Line::endpoints).sum();
    }
}
