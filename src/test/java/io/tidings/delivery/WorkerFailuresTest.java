package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.count;
import static io.tidings.delivery.DeliveryFixture.strings;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.tidings.CapturedLog;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.SendResult;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.template.TemplateType;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Whatever a channel or the renderer throws, Errors included, the workers record the message and carry on, and a
 * job's wait ends. Each wait below is bounded; before, a worker died and the job waited for ever.
 */
class WorkerFailuresTest {

    /** Far longer than any of these jobs takes; reaching it means the job hung. */
    private static final Duration BOUND = Duration.ofSeconds(30);

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
        DeliveryFixture.workspace(database, DeliveryFixture.emails(20));
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
        database.close();
    }

    private void start(ScriptedSender sender) {
        engine = Wiring.deliveryEngine(database, Map.of(sender.channel(), sender), DeliverySettings.defaults()
                .withWorkers(2).withRetries(2, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMinutes(1)));
        engine.start();
    }

    private JobState sendAll(String template) throws InterruptedException {
        SendJob job = jobs.create(template, DeliveryFixture.SEGMENT, DeliveryChannel.EMAIL);
        engine.run(job.id());
        return engine.await(job.id(), BOUND, progress -> { });
    }

    @Test
    void aChannelThatThrowsFailsThoseMessagesWithTheReasonAndTheWorkersCarryOn() throws Exception {
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 2, message -> {
            if (message.address().startsWith("ep-00003")) {
                throw new StackOverflowError();
            }
            if (message.address().startsWith("ep-00007")) {
                throw new IllegalStateException("a bug in the adapter for " + message.address());
            }
            return SendResult.accepted("p-" + message.messageId());
        });
        start(sender);

        try (CapturedLog log = new CapturedLog()) {
            assertThat(sendAll(DeliveryFixture.TEMPLATE)).isEqualTo(JobState.DONE);

            assertThat(log.entries()).anySatisfy(entry -> assertThat(entry).startsWith(
                            "ERROR Job 1: the email channel failed unexpectedly on message ")
                            .contains("java.lang.StackOverflowError"))
                    .anySatisfy(entry -> assertThat(entry).contains("java.lang.IllegalStateException"))
                    .allSatisfy(entry -> assertThat(entry).doesNotContain("@example.com"));
        }
        assertThat(count(database, "SELECT count(*) FROM outbox_message WHERE state = 'SENT'")).isEqualTo(18);
        assertThat(strings(database, "SELECT detail FROM outbox_message WHERE state = 'FAILED' ORDER BY id"))
                .containsExactly(
                        "The email channel failed unexpectedly (StackOverflowError); the log has the details.",
                        "The email channel failed unexpectedly (IllegalStateException); the log has the details.");
        sender.answer(message -> SendResult.accepted("p-" + message.messageId()));
        assertThat(sendAll(DeliveryFixture.TEMPLATE)).as("a second job on the same workers").isEqualTo(JobState.DONE);
        assertThat(count(database, "SELECT count(*) FROM outbox_message WHERE state = 'SENT'")).isEqualTo(38);
    }

    @Test
    void aTemplateThatNeverFinishesRenderingFailsEachMessageWithTemplateError() throws Exception {
        Wiring.templateService(database).create("Loop", TemplateType.EMAIL, null,
                "{\"Subject\":\"Hi\",\"HtmlPart\":\"{{#*inline \\\"r\\\"}}x{{> r}}{{/inline}}{{> r}}\"}");
        ScriptedSender sender = ScriptedSender.accepting(DeliveryChannel.EMAIL);
        start(sender);

        assertThat(sendAll("Loop")).isEqualTo(JobState.DONE);

        assertThat(sender.sent).isEmpty();
        assertThat(strings(database, "SELECT DISTINCT reason FROM outbox_message")).containsExactly("TEMPLATE_ERROR");
        assertThat(strings(database, "SELECT DISTINCT detail FROM outbox_message")).singleElement().asString()
                .contains("the partial \"r\" includes itself");
    }

    @Test
    void aWorkerWhoseFailureCannotEvenBeRecordedIsStartedAgainAndTheJobEnds() throws Exception {
        // The log itself fails twice on a delivery thread: first while the worker reports the channel's failure,
        // then while it reports its own. The worker's thread must not end with that.
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        FailingTwice failing = new FailingTwice();
        failing.start();
        root.addAppender(failing);
        try {
            AtomicInteger calls = new AtomicInteger();
            ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 2, message -> {
                if (calls.getAndIncrement() == 0) {
                    throw new IllegalStateException("the first send fails");
                }
                return SendResult.accepted("p-" + message.messageId());
            });
            start(sender);

            assertThat(sendAll(DeliveryFixture.TEMPLATE)).isEqualTo(JobState.DONE);

            assertThat(failing.thrown.get()).isEqualTo(2);
            assertThat(count(database, "SELECT count(*) FROM outbox_message WHERE state = 'SENT'")).isEqualTo(20);
        } finally {
            root.detachAppender(failing);
        }
    }

    /** An appender that throws an Error for the first two errors logged on a delivery worker's thread. */
    private static final class FailingTwice extends AppenderBase<ILoggingEvent> {
        final AtomicInteger thrown = new AtomicInteger();

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel() == Level.ERROR && event.getThreadName().equals("tidings-delivery")
                    && thrown.get() < 2) {
                thrown.incrementAndGet();
                throw new AssertionError("the log failed");
            }
        }
    }
}
