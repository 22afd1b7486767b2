package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.count;
import static io.tidings.delivery.DeliveryFixture.emailIn;
import static io.tidings.delivery.DeliveryFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.SettableClock;
import io.tidings.channel.DeliveryChannel;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.template.TemplateService;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quiet time and frequency caps, through the real engine and a real workspace file, on a clock the test sets. */
class DeliveryPoliciesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final QuietTime NIGHT = QuietTime.of(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.HOLD);

    @TempDir
    Path folder;

    private final SettableClock clock = new SettableClock(at("2026-06-15T20:30Z"));
    private final ScriptedSender sender = ScriptedSender.accepting(DeliveryChannel.EMAIL);
    private Database database;
    private SendJobs jobs;
    private DeliveryEngine engine;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("policies.tidings"));
        Migrations.migrate(database);
        jobs = Wiring.sendJobs(database, clock);
        engine = Wiring.deliveryEngine(database, Map.of(DeliveryChannel.EMAIL, sender),
                DeliverySettings.defaults().withWorkers(2), clock);
        engine.start();
    }

    @AfterEach
    void close() {
        engine.close();
        database.close();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private SendJob send(JobOptions options) {
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, DeliveryChannel.EMAIL, options);
        engine.run(job.id());
        return job;
    }

    /** Waits (without a time limit on the outcome itself) until the job's progress satisfies the condition. */
    private JobProgress waitFor(SendJob job, Predicate<JobProgress> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JobProgress progress = engine.progress(job.id());
        while (!condition.test(progress) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            progress = engine.progress(job.id());
        }
        return progress;
    }

    private JobState sendAll(SendJob job) throws InterruptedException {
        return engine.await(job.id(), WAIT, progress -> { });
    }

    private List<String> sentTo() {
        return sender.sent.stream().map(message -> message.address().replace("@example.com", "")).toList();
    }

    private String heldUntil(String endpointId) {
        return strings(database, "SELECT m.state || ' ' || m.reason || ' ' || m.next_attempt_at FROM outbox_message m "
                + "JOIN endpoint e ON e.key = m.endpoint_key WHERE e.id = '" + endpointId + "'").get(0);
    }

    @Test
    void quietTimeHoldsEachMessageUntilMorningOnItsEndpointsOwnClock() throws Exception {
        // 20:30 UTC on 15 June 2026: 16:30 in New York, 22:30 in Berlin, 02:00 in Kolkata, 08:30 in Auckland,
        // 07:00 on Lord Howe Island.
        DeliveryFixture.workspace(database, List.of(emailIn("new-york", "America/New_York"),
                emailIn("berlin", "Europe/Berlin"), emailIn("kolkata", "Asia/Kolkata"),
                emailIn("auckland", "Pacific/Auckland"), emailIn("lord-howe", "Australia/Lord_Howe")));

        SendJob job = send(JobOptions.DEFAULTS.withQuietTime(NIGHT));

        JobProgress held = waitFor(job, progress -> progress.sent() == 2 && progress.throttled() == 3);
        assertThat(sentTo()).containsExactlyInAnyOrder("new-york", "auckland");
        assertThat(held.job().state()).isEqualTo(JobState.RUNNING);
        assertThat(held.queued() + held.sending()).isZero();
        assertThat(heldUntil("berlin")).isEqualTo("PENDING QUIET_TIME " + at("2026-06-16T08:00+02:00").toEpochMilli());
        assertThat(heldUntil("kolkata")).isEqualTo("PENDING QUIET_TIME " + at("2026-06-16T08:00+05:30").toEpochMilli());
        assertThat(heldUntil("lord-howe")).isEqualTo("PENDING QUIET_TIME " + at("2026-06-16T08:00+10:30").toEpochMilli());

        clock.set(at("2026-06-15T21:30Z"));
        waitFor(job, progress -> progress.sent() == 3);
        assertThat(sentTo()).containsExactlyInAnyOrder("new-york", "auckland", "lord-howe");

        clock.set(at("2026-06-16T06:00Z"));
        assertThat(sendAll(job)).isEqualTo(JobState.DONE);
        assertThat(sentTo()).containsExactlyInAnyOrder("new-york", "auckland", "lord-howe", "kolkata", "berlin");
        assertThat(strings(database, "SELECT DISTINCT state || ' ' || coalesce(reason, '-') FROM outbox_message"))
                .containsExactly("SENT -");
    }

    @Test
    void quietTimeCanDropMessagesAndEndpointsWithoutATimeZoneAreNotSent() throws Exception {
        DeliveryFixture.workspace(database, List.of(emailIn("new-york", "America/New_York"),
                emailIn("berlin", "Europe/Berlin"), emailIn("nowhere", null), emailIn("typo", "Europe/Berlim")));

        SendJob job = send(JobOptions.DEFAULTS.withQuietTime(
                QuietTime.of(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.DROP)));

        assertThat(sendAll(job)).isEqualTo(JobState.DONE);
        assertThat(sentTo()).containsExactly("new-york");
        JobProgress progress = engine.progress(job.id());
        assertThat(progress.byReason()).containsOnly(Map.entry(ReasonCode.QUIET_TIME, 1L),
                Map.entry(ReasonCode.ENDPOINT_MISSING_TIMEZONE, 2L));
        assertThat(progress.suppressed()).isEqualTo(3);
    }

    @Test
    void aFallbackZoneStandsInForEndpointsWithoutOne() throws Exception {
        DeliveryFixture.workspace(database, List.of(emailIn("nowhere", null), emailIn("berlin", "Europe/Berlin")));

        // 20:30 UTC is 16:30 in New York: not quiet there.
        SendJob job = send(JobOptions.DEFAULTS.withQuietTime(NIGHT).withFallbackTimezone(ZoneId.of("America/New_York")));

        JobProgress progress = waitFor(job, p -> p.sent() == 1 && p.throttled() == 1);
        assertThat(sentTo()).containsExactly("nowhere");
        assertThat(progress.byReason()).isEmpty();
    }

    @Test
    void transactionalMessagesAreSentInQuietTimeMeantForPromotionalOnes() throws Exception {
        DeliveryFixture.workspace(database, List.of(emailIn("berlin", "Europe/Berlin")));
        Wiring.templateService(database).create("Receipt", TemplateType.EMAIL, null,
                "{\"Subject\":\"Your order\",\"TextPart\":\"Thanks\",\"MessageType\":\"TRANSACTIONAL\"}");

        SendJob job = jobs.create("Receipt", DeliveryFixture.SEGMENT, DeliveryChannel.EMAIL,
                JobOptions.DEFAULTS.withQuietTime(NIGHT));
        engine.run(job.id());

        assertThat(sendAll(job)).isEqualTo(JobState.DONE);
        assertThat(sentTo()).containsExactly("berlin");
        assertThat(sender.sent.get(0).promotional()).isFalse();
    }

    @Test
    void theDailyCapCountsEveryJobWithinTheEndpointsOwnCalendarDay() throws Exception {
        DeliveryFixture.workspace(database, List.of(emailIn("berlin", "Europe/Berlin"),
                emailIn("los-angeles", "America/Los_Angeles"), emailIn("utc", null)));
        JobOptions onePerDay = JobOptions.DEFAULTS.withDailyCapPerEndpoint(1);

        // 03:00 UTC on 15 June: 05:00 on the 15th in Berlin, 20:00 on the 14th in Los Angeles.
        clock.set(at("2026-06-15T03:00Z"));
        assertThat(sendAll(send(onePerDay))).isEqualTo(JobState.DONE);
        assertThat(sender.sent).hasSize(3);

        // 08:00 UTC: still the 15th in Berlin and in UTC, but a new day (01:00 on the 15th) in Los Angeles.
        clock.set(at("2026-06-15T08:00Z"));
        SendJob second = send(onePerDay);
        assertThat(sendAll(second)).isEqualTo(JobState.DONE);

        assertThat(sentTo()).containsExactlyInAnyOrder("berlin", "los-angeles", "utc", "los-angeles");
        assertThat(engine.progress(second.id()).byReason()).containsOnly(Map.entry(ReasonCode.CAP_EXCEEDED, 2L));

        SendJob uncapped = send(JobOptions.DEFAULTS);
        assertThat(sendAll(uncapped)).isEqualTo(JobState.DONE);
        assertThat(engine.progress(uncapped.id()).sent()).as("a job without a cap is not held back").isEqualTo(3);
    }

    @Test
    void theJobCapLimitsMessagesPerEndpointAcrossTheJobsTreatments() throws Exception {
        DeliveryFixture.workspace(database, List.of(emailIn("a", null), emailIn("b", null)));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, DeliveryChannel.EMAIL,
                JobOptions.DEFAULTS.withMessagesPerEndpoint(2));
        // A second and a third treatment for every endpoint, as an A/B split would add.
        database.write(connection -> {
            try (var insert = connection.prepareStatement("""
                    INSERT INTO outbox_message (job_id, endpoint_key, treatment, updated_at)
                    SELECT job_id, endpoint_key, t.n, updated_at FROM outbox_message, (SELECT 1 AS n UNION SELECT 2) t
                    WHERE job_id = ?""")) {
                insert.setLong(1, job.id());
                return insert.executeUpdate();
            }
        });
        engine.run(job.id());

        assertThat(sendAll(job)).isEqualTo(JobState.DONE);

        assertThat(sentTo()).containsExactlyInAnyOrder("a", "a", "b", "b");
        JobProgress progress = engine.progress(job.id());
        assertThat(progress.byReason()).as("the same endpoint's treatments are no duplicates")
                .containsOnly(Map.entry(ReasonCode.CAP_EXCEEDED, 2L));
    }

    @Test
    void progressAddsUpAndCountsDeliveriesTheChannelReported() throws Exception {
        DeliveryFixture.workspace(database, List.of(emailIn("a", null), emailIn("b", null), emailIn("c", null)));
        SendJob job = send(JobOptions.DEFAULTS);
        assertThat(sendAll(job)).isEqualTo(JobState.DONE);
        database.write(connection -> {
            try (var insert = connection.prepareStatement("""
                    INSERT INTO event (event_type, endpoint_key, job_id, message_id, timestamp)
                    SELECT '_email.delivered', endpoint_key, job_id, id, '2026-06-15T20:31:00Z' FROM outbox_message
                    WHERE id IN (SELECT min(id) FROM outbox_message UNION ALL SELECT min(id) FROM outbox_message
                                 UNION ALL SELECT max(id) FROM outbox_message)""")) {
                return insert.executeUpdate();
            }
        });

        JobProgress progress = engine.progress(job.id());

        assertThat(progress.delivered()).hasValue(2);
        assertThat(progress.queued() + progress.throttled() + progress.sending() + progress.sent() + progress.failed()
                + progress.suppressed() + progress.cancelled()).isEqualTo(progress.total()).isEqualTo(3);
        assertThat(count(database, "SELECT count(*) FROM outbox_message WHERE sent_at IS NOT NULL")).isEqualTo(3);
    }
}
