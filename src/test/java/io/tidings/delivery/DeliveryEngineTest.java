package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.count;
import static io.tidings.delivery.DeliveryFixture.email;
import static io.tidings.delivery.DeliveryFixture.endpoint;
import static io.tidings.delivery.DeliveryFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.tidings.audience.ChannelType;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.SendResult;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryEngineTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private Database database;
    private SendJobs jobs;
    private DeliveryEngine engine;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("send.tidings"));
        Migrations.migrate(database);
        jobs = Wiring.sendJobs(database);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
        database.close();
    }

    private DeliveryEngine start(ScriptedSender sender, DeliverySettings settings) {
        engine = Wiring.deliveryEngine(database, Map.of(sender.channel(), sender), settings);
        engine.start();
        return engine;
    }

    private static DeliverySettings fast() {
        return DeliverySettings.defaults().withWorkers(2)
                .withRetries(5, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMinutes(1));
    }

    private JobState sendAll(SendJob job) throws InterruptedException {
        engine.run(job.id());
        return engine.await(job.id(), WAIT, progress -> { });
    }

    @Test
    void expansionAddsOneRowPerMemberAndReExpansionAddsNone() {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(30));

        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);

        assertThat(job.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(job.state()).isEqualTo(JobState.QUEUED);
        assertThat(count(database, "SELECT count(*) FROM outbox_message")).isEqualTo(30);
        assertThat(count(database, "SELECT count(DISTINCT endpoint_key) FROM outbox_message")).isEqualTo(30);
        assertThat(jobs.expand(job.id())).isZero();
        assertThat(count(database, "SELECT count(*) FROM outbox_message")).isEqualTo(30);
    }

    @Test
    void everyMemberIsSentOnceWithItsLedgerIdAndASendEvent() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(40));
        ScriptedSender sender = ScriptedSender.accepting(DeliveryChannel.EMAIL);
        start(sender, fast());
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, DeliveryChannel.EMAIL);

        assertThat(sendAll(job)).isEqualTo(JobState.DONE);

        assertThat(sender.sent).hasSize(40);
        assertThat(sender.sent).extracting(message -> message.messageId()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(strings(database, "SELECT id FROM outbox_message"));
        assertThat(sender.sent.get(0).subject()).startsWith("Hi ep-");
        assertThat(engine.progress(job.id()).count(MessageState.SENT)).isEqualTo(40);
        assertThat(strings(database, "SELECT DISTINCT event_type FROM event")).containsExactly("_email.send");
        assertThat(count(database, "SELECT count(*) FROM event WHERE event_type = '_email.send'")).isEqualTo(40);
    }

    @Test
    void eachSuppressionReasonIsRecordedAndNothingIsSentToThoseEndpoints() throws Exception {
        DeliveryFixture.workspace(database, List.of(
                email("fine"),
                endpoint("opted-out", ChannelType.EMAIL, "out@example.com", EndpointStatus.ACTIVE, OptOut.ALL),
                endpoint("inactive", ChannelType.EMAIL, "gone@example.com", EndpointStatus.INACTIVE, OptOut.NONE),
                endpoint("no-address", ChannelType.EMAIL, null, EndpointStatus.ACTIVE, OptOut.NONE),
                endpoint("phone", ChannelType.EMAIL, "became-a-phone@example.com", EndpointStatus.ACTIVE, OptOut.NONE),
                endpoint("sms-only", ChannelType.SMS, "+12065550101", EndpointStatus.ACTIVE, OptOut.NONE),
                endpoint("twin-a", ChannelType.EMAIL, "twin@example.com", EndpointStatus.ACTIVE, OptOut.NONE),
                endpoint("twin-b", ChannelType.EMAIL, "twin@example.com", EndpointStatus.ACTIVE, OptOut.NONE),
                endpoint("blocked", ChannelType.EMAIL, "blocked@example.com", EndpointStatus.ACTIVE, OptOut.NONE)));
        database.write(connection -> {
            new OutboxRepository().suppressAddress(connection, DeliveryChannel.EMAIL, "blocked@example.com", "test",
                    java.time.Instant.now());
            return null;
        });
        ScriptedSender sender = ScriptedSender.accepting(DeliveryChannel.EMAIL);
        start(sender, fast());
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        database.write(connection -> connection.createStatement().executeUpdate(
                "UPDATE endpoint SET channel_type = 'SMS', address = '+12065550100' WHERE id = 'phone'"));

        assertThat(sendAll(job)).isEqualTo(JobState.DONE);

        JobProgress progress = engine.progress(job.id());
        assertThat(progress.total()).as("the SMS member is not in an email job's audience").isEqualTo(8);
        assertThat(progress.count(MessageState.SENT)).isEqualTo(2);
        assertThat(progress.byReason()).containsOnly(
                Map.entry(ReasonCode.ENDPOINT_OPT_OUT, 1L),
                Map.entry(ReasonCode.ENDPOINT_INACTIVE, 1L),
                Map.entry(ReasonCode.ENDPOINT_MISSING_ADDRESS, 1L),
                Map.entry(ReasonCode.ENDPOINT_CHANNEL_MISMATCH, 1L),
                Map.entry(ReasonCode.DUPLICATE_ENDPOINT, 1L),
                Map.entry(ReasonCode.SUPPRESSED_ADDRESS, 1L));
        assertThat(sender.sent).extracting(message -> message.address())
                .containsExactlyInAnyOrder("fine@example.com", "twin@example.com");
    }

    @Test
    void transientFailuresAreRetriedWithGrowingDelaysThenSucceed() throws Exception {
        DeliveryFixture.workspace(database, List.of(email("flaky")));
        AtomicInteger calls = new AtomicInteger();
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 1, message -> calls.incrementAndGet() <= 3
                ? SendResult.transientFailure("421 try later", null) : SendResult.accepted("ok"));
        start(sender, fast().withRetries(10, Duration.ofMillis(40), Duration.ofSeconds(5), Duration.ofMinutes(1)));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);

        assertThat(sendAll(job)).isEqualTo(JobState.DONE);

        assertThat(sender.sent).hasSize(4).extracting(message -> message.messageId()).containsOnly(
                sender.sent.get(0).messageId());
        assertThat(count(database, "SELECT attempts FROM outbox_message")).isEqualTo(4);
        assertThat(strings(database, "SELECT state FROM outbox_message")).containsExactly("SENT");
        // Backoff with jitter is at least half the doubled delay: 20, 40, 80 ms at the least.
        List<Long> times = sender.sentAtNanos;
        for (int index = 1; index < times.size(); index++) {
            long minimum = Duration.ofMillis(20L << (index - 1)).toNanos();
            assertThat(times.get(index) - times.get(index - 1)).isGreaterThanOrEqualTo(minimum);
        }
    }

    @Test
    void retriesStopAtTheAttemptCapWithRetryDeadlineExceeded() throws Exception {
        DeliveryFixture.workspace(database, List.of(email("down")));
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 1,
                message -> SendResult.transientFailure("throttled", Duration.ofMillis(5)));
        start(sender, fast().withRetries(3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMinutes(1)));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);

        assertThat(sendAll(job)).isEqualTo(JobState.DONE);

        assertThat(sender.sent).hasSize(3);
        assertThat(engine.progress(job.id()).byReason()).containsOnly(Map.entry(ReasonCode.RETRY_DEADLINE_EXCEEDED, 1L));
        assertThat(strings(database, "SELECT event_type FROM event")).containsExactly("_email.rejected");
    }

    @Test
    void aPermanentFailureIsRecordedOnceAndNeverRetried() throws Exception {
        DeliveryFixture.workspace(database, List.of(email("bad")));
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 1,
                message -> SendResult.permanentFailure("554 rejected"));
        start(sender, fast());
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);

        assertThat(sendAll(job)).isEqualTo(JobState.DONE);

        // The job is DONE only once no message of it is PENDING or SENDING, and only PENDING messages are
        // claimed: the FAILED row, with its one attempt, is final. A retry scheduled instead would have kept
        // the job running until the attempts ran out.
        assertThat(strings(database,
                "SELECT state || ' ' || reason || ' ' || detail || ' ' || attempts FROM outbox_message"))
                .containsExactly("FAILED PERMANENT_FAILURE 554 rejected 1");
        assertThat(sender.sent).hasSize(1);
    }

    @Test
    void aRejectedAddressIsSuppressedAndLaterJobsSkipIt() throws Exception {
        DeliveryFixture.workspace(database, List.of(email("bounced"), email("fine")));
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 1, message -> message.address()
                .startsWith("bounced") ? SendResult.addressRejected("550 5.1.1 user unknown") : SendResult.accepted("ok"));
        start(sender, fast());

        assertThat(sendAll(jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null))).isEqualTo(JobState.DONE);
        assertThat(strings(database, "SELECT address FROM suppressed_address")).containsExactly("bounced@example.com");
        assertThat(strings(database, "SELECT event_type FROM event ORDER BY event_type"))
                .containsExactly("_email.hardbounce", "_email.send");

        SendJob second = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        assertThat(sendAll(second)).isEqualTo(JobState.DONE);

        assertThat(sender.attemptsFor("bounced@example.com")).isEqualTo(1);
        assertThat(engine.progress(second.id()).byReason()).containsOnly(Map.entry(ReasonCode.SUPPRESSED_ADDRESS, 1L));
    }

    @Test
    void aRejectedPushTokenMakesTheEndpointInactive() throws Exception {
        DeliveryFixture.workspace(database, List.of(
                endpoint("phone", ChannelType.GCM, "token-1", EndpointStatus.ACTIVE, OptOut.NONE)));
        Wiring.templateService(database).create("Push", io.tidings.template.TemplateType.PUSH, null,
                "{\"Default\":{\"Title\":\"Sale\",\"Body\":\"Now\"}}");
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.PUSH, 1, message -> SendResult.addressRejected("UNREGISTERED"));
        start(sender, fast());

        assertThat(sendAll(jobs.create("Push", DeliveryFixture.SEGMENT, DeliveryChannel.PUSH))).isEqualTo(JobState.DONE);

        assertThat(sender.sent.get(0).subject()).isEqualTo("Sale");
        assertThat(strings(database, "SELECT endpoint_status FROM endpoint")).containsExactly("INACTIVE");
        assertThat(strings(database, "SELECT event_type FROM event")).containsExactly("_push.failure");
    }

    @Test
    void aJobCanBePausedResumedAndCancelled() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(60));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        SendJob other = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        Set<String> ofTheJob = Set.copyOf(
                strings(database, "SELECT id FROM outbox_message WHERE job_id = " + job.id()));
        // The channel holds each of the job's messages until the test lets it through, so the test knows which
        // message is in the channel's hands when it pauses or cancels, and a message handed over after that stays
        // SENDING in the ledger: no wait can miss it. The other job's messages pass at once.
        Turnstile channel = new Turnstile();
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 1, message -> {
            if (ofTheJob.contains(message.messageId())) {
                channel.hold();
            }
            return SendResult.accepted("ok");
        });
        // Claims of four, so that the message held when the job stops has others of its claim behind it.
        start(sender, fast().withWorkers(1).withClaimBatch(4));

        channel.letThrough(5);
        engine.run(job.id());
        channel.awaitArrivals(6);
        engine.pause(job.id());
        channel.letThrough(1);

        JobProgress paused = awaitProgress(job, progress -> {
            assertThat(handedOver(sender, ofTheJob)).as("messages handed to the channel after the pause").hasSize(6);
            return progress.sent() == 6 && progress.sending() == 0;
        }, "the held message saved as sent and the rest of its claim given back");
        assertThat(paused.job().state()).isEqualTo(JobState.PAUSED);
        assertThat(paused.job().pauseReason()).isEqualTo("Paused by the user.");
        assertThat(paused.queued()).isEqualTo(54);
        assertThat(handedOver(sender, ofTheJob)).as("what the channel got is what the ledger says was sent")
                .containsExactlyInAnyOrderElementsOf(sentIn(job));
        // Sending another job, a claim of four after another, has the one worker claim again and again after the
        // pause, taking turns between the running jobs: had a claim taken the paused job's messages, the worker
        // would have handed one to the channel and been held there, and the other job could not have finished.
        engine.run(other.id());
        assertThat(engine.await(other.id(), WAIT, progress -> { })).isEqualTo(JobState.DONE);
        assertThat(handedOver(sender, ofTheJob)).as("nothing of the paused job sent meanwhile").hasSize(6);
        JobProgress stillPaused = engine.progress(job.id());
        assertThat(stillPaused.sent()).isEqualTo(6);
        assertThat(stillPaused.queued()).isEqualTo(54);

        channel.letThrough(5);
        engine.resume(job.id());
        channel.awaitArrivals(6);
        engine.cancel(job.id());
        channel.letThrough(1);

        JobProgress progress = awaitProgress(job, p -> {
            assertThat(handedOver(sender, ofTheJob)).as("messages handed to the channel after the cancel").hasSize(12);
            return p.sending() == 0 && p.sent() == 12;
        }, "the held message saved as sent and the rest of its claim cancelled");
        assertThat(progress.job().state()).isEqualTo(JobState.CANCELLED);
        assertThat(handedOver(sender, ofTheJob)).hasSize(12).containsExactlyInAnyOrderElementsOf(sentIn(job));
        assertThat(progress.cancelled()).as("never sent: cancelled").isEqualTo(48);
        assertThat(progress.queued() + progress.throttled() + progress.sending()).isZero();
        assertThat(progress.byReason()).containsOnly(Map.entry(ReasonCode.JOB_CANCELLED, 48L));
    }

    @Test
    void aCleanStopSavesEveryOutcomeAndGivesBackWhatWasNotSent() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(300));
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 2, message -> {
            sleep(2);
            return SendResult.accepted("ok");
        });
        start(sender, fast().withClaimBatch(50));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        engine.run(job.id());
        while (sender.sent.size() < 30) {
            Thread.sleep(5);
        }

        engine.close();

        int sentBeforeStop = sender.sent.size();
        JobProgress stopped = engine.progress(job.id());
        assertThat(stopped.sending()).as("nothing is left in flight").isZero();
        assertThat(stopped.sent()).isEqualTo(sentBeforeStop);
        assertThat(stopped.queued()).isEqualTo(300 - sentBeforeStop);
        assertThat(count(database, "SELECT count(*) FROM event")).isEqualTo(sentBeforeStop);

        engine = Wiring.deliveryEngine(database, Map.of(DeliveryChannel.EMAIL, sender), fast());
        assertThat(engine.start()).as("no message needs sending again").isZero();
        assertThat(engine.await(job.id(), WAIT, progress -> { })).isEqualTo(JobState.DONE);
        assertThat(sender.sent).hasSize(300).extracting(message -> message.address()).doesNotHaveDuplicates();
    }

    @Test
    void aMessageThatFailsForNowAfterItsJobWasCancelledIsNotRetried() throws Exception {
        DeliveryFixture.workspace(database, List.of(email("slow")));
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 1, message -> {
            inFlight.countDown();
            await(cancelled);
            return SendResult.transientFailure("421 try later", null);
        });
        start(sender, fast());
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        engine.run(job.id());
        inFlight.await();

        engine.cancel(job.id());
        cancelled.countDown();

        assertThat(engine.await(job.id(), WAIT, progress -> { })).isEqualTo(JobState.CANCELLED);
        while (engine.progress(job.id()).sending() > 0) {
            Thread.sleep(5);
        }
        assertThat(strings(database, "SELECT state || ' ' || reason || ' ' || attempts FROM outbox_message"))
                .containsExactly("SUPPRESSED JOB_CANCELLED 1");
        assertThat(sender.sent).hasSize(1);
    }

    @Test
    void aJobPausesItselfWhenTooManyMessagesFail() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(50));
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 1,
                message -> SendResult.permanentFailure("554 blocked"));
        start(sender, fast().withWorkers(1).withErrorCeiling(10, 0.5));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);

        assertThat(sendAll(job)).isEqualTo(JobState.PAUSED);

        JobProgress progress = engine.progress(job.id());
        assertThat(progress.job().pauseReason()).isEqualTo("Paused: 100% of the last 10 messages failed (the ceiling is 50%).");
        assertThat(progress.count(MessageState.FAILED)).isBetween(10L, 12L);
    }

    @Test
    void aJobPausesWhenItsProviderDoesNotAnswerThreeMessagesInARowLongBeforeTheErrorShareWould() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(50));
        AtomicInteger calls = new AtomicInteger();
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 1, message -> switch (calls.incrementAndGet()) {
            // Two without an answer, then an answer: the count starts again.
            case 1, 2, 4, 5 -> SendResult.unanswered("The server smtp.shop.example:587 did not answer within 30 s.");
            case 3 -> SendResult.accepted("p-" + message.messageId());
            default -> SendResult.unanswered("The server smtp.shop.example:587 did not answer within 30 s (again).");
        });
        start(sender, fast().withWorkers(1));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);

        assertThat(sendAll(job)).isEqualTo(JobState.PAUSED);

        assertThat(engine.progress(job.id()).job().pauseReason()).isEqualTo("Paused: no answer to 3 messages in a row. "
                + "The server smtp.shop.example:587 did not answer within 30 s (again).");
        assertThat(calls.get()).isEqualTo(6);
    }

    @Test
    void theRateLimitSpacesMessages() {
        long[] now = {0};
        TokenBucket bucket = new TokenBucket(100, () -> now[0]);

        long waited = 0;
        for (int message = 0; message < 50; message++) {
            waited = bucket.reserve();
        }

        // The 50th message at 100 a second waits for the 49 before it: 0.49 s.
        assertThat(waited).isEqualTo(Duration.ofMillis(490).toNanos());
        now[0] = Duration.ofSeconds(2).toNanos();
        assertThat(bucket.reserve()).as("an idle bucket does not save up a burst").isZero();
        assertThat(bucket.reserve()).isEqualTo(Duration.ofMillis(10).toNanos());
    }

    @Test
    void aRateLimitedChannelClaimsATenthOfASecondsWorthAtOnce() {
        DeliverySettings settings = DeliverySettings.defaults().withClaimBatch(64)
                .withRate(DeliveryChannel.SMS, 5).withRate(DeliveryChannel.PUSH, 300);

        assertThat(settings.claimBatch(DeliveryChannel.SMS)).isEqualTo(1);
        assertThat(settings.claimBatch(DeliveryChannel.PUSH)).isEqualTo(30);
        assertThat(settings.claimBatch(DeliveryChannel.EMAIL)).as("not limited").isEqualTo(64);
    }

    @Test
    void backoffDoublesWithJitterAndHonoursRetryAfter() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), new java.util.Random(7));

        for (int attempts = 1; attempts <= 5; attempts++) {
            long full = 2000L << (attempts - 1);
            assertThat(backoff.delay(attempts, null).toMillis()).isBetween(full / 2, full);
        }
        assertThat(backoff.delay(20, null).toMillis()).isBetween(150_000L, 300_000L);
        assertThat(backoff.delay(1, Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(30));
    }

    /** Waits until the job's progress, as the engine reports it, satisfies the condition; fails after {@link #WAIT}. */
    private JobProgress awaitProgress(SendJob job, Predicate<JobProgress> condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JobProgress progress = engine.progress(job.id());
        while (!condition.test(progress)) {
            if (System.nanoTime() > deadline) {
                fail("Waited " + WAIT + " for " + what + "; the job stands at " + progress);
            }
            Thread.sleep(5);
            progress = engine.progress(job.id());
        }
        return progress;
    }

    /** The ledger ids of the messages the channel was handed, of those in {@code ids}. */
    private static List<String> handedOver(ScriptedSender sender, Set<String> ids) {
        return sender.sent.stream().map(message -> message.messageId()).filter(ids::contains).toList();
    }

    private List<String> sentIn(SendJob job) {
        return strings(database, "SELECT id FROM outbox_message WHERE state = 'SENT' AND job_id = " + job.id());
    }

    /**
     * A channel that holds each message it is handed until the test lets it through, and tells the test
     * when messages arrive. A message held past {@link #WAIT} goes through, so that a failing test ends.
     */
    private static final class Turnstile {

        private final Semaphore arrived = new Semaphore(0);
        private final Semaphore passes = new Semaphore(0);

        /** Called by the channel with each message. */
        void hold() {
            arrived.release();
            try {
                passes.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void letThrough(int messages) {
            passes.release(messages);
        }

        /** Waits until {@code messages} more messages have reached the channel since the last call. */
        void awaitArrivals(int messages) throws InterruptedException {
            assertThat(arrived.tryAcquire(messages, WAIT.toMillis(), TimeUnit.MILLISECONDS))
                    .as("%d messages reached the channel within %s", messages, WAIT).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
