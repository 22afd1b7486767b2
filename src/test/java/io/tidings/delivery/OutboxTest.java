package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.SendResult;
import io.tidings.channel.sandbox.SandboxSender;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Outbox screen's reads: counts as of a moment, messages not sent with their reasons, one message's events. */
class OutboxTest {

    private static final Instant SENT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(SENT, ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Database database;
    private SendJobs jobs;
    private DeliveryEngine engine;

    @BeforeEach
    void openWorkspace() {
        database = Database.open(folder.resolve("outbox.tidings"));
        Migrations.migrate(database);
        jobs = Wiring.sendJobs(database, CLOCK);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
        database.close();
    }

    @Test
    void deliveriesAndBouncesCountOnceTheirTimeHasCome() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(500));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        sendAll(job, Wiring.sandboxSenders(database, CLOCK));

        JobSummary atSending = outboxAt(SENT).jobs().get(0);
        assertThat(atSending.sent()).isEqualTo(500);
        assertThat(atSending.delivered()).isZero();
        assertThat(atSending.failed()).isZero();

        JobSummary aMinuteLater = outboxAt(SENT.plus(Duration.ofMinutes(1))).jobs().get(0);
        assertThat(aMinuteLater.delivered()).isEqualTo(reports("_email.delivered"));
        assertThat(aMinuteLater.failed()).isEqualTo(reports("_email.hardbounce"));

        JobSummary aDayLater = outboxAt(SENT.plus(Duration.ofDays(1))).jobs().get(0);
        assertThat(aDayLater.failed()).isEqualTo(reports("_email.hardbounce") + reports("_email.softbounce"));
        assertThat(aDayLater.delivered() + aDayLater.failed()).isBetween(480L, 500L);
        assertThat(aDayLater.queued()).isZero();
        assertThat(aDayLater.suppressed()).isZero();
    }

    @Test
    void opensAndClicksCountEachMessageOnceWithTheirShareOfDeliveredOnceTheirTimeHasCome() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(400));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        sendAll(job, Wiring.sandboxSenders(database, CLOCK));

        JobSummary atSending = outboxAt(SENT).jobs().get(0);
        assertThat(atSending.opened()).isZero();
        assertThat(atSending.openRate()).isEmpty();
        assertThat(JobSummary.withRate(atSending.opened(), atSending.openRate())).isEqualTo("0");

        JobSummary threeDaysLater = outboxAt(SENT.plus(Duration.ofDays(3))).jobs().get(0);
        long openedMessages = count(database, "SELECT count(DISTINCT message_id) FROM event WHERE event_type = '_email.open'");
        long clickedMessages = count(database, "SELECT count(DISTINCT message_id) FROM event WHERE event_type = '_email.click'");
        assertThat(openedMessages).as("the sandbox simulates opens").isPositive();
        assertThat(threeDaysLater.opened()).isEqualTo(openedMessages);
        assertThat(threeDaysLater.clicked()).isEqualTo(clickedMessages);
        assertThat(threeDaysLater.openRate().getAsDouble())
                .isEqualTo((double) openedMessages / threeDaysLater.delivered());
        assertThat(JobSummary.withRate(threeDaysLater.opened(), threeDaysLater.openRate()))
                .matches("[0-9,]+ · [0-9.]+%");
    }

    @Test
    void failuresWhenSendingCountOnceAndAreListedWithTheirReasonPerEndpoint() throws Exception {
        List<Endpoint> endpoints = new ArrayList<>(DeliveryFixture.emails(4));
        endpoints.add(DeliveryFixture.endpoint("opted-out", ChannelType.EMAIL, "out@example.com", EndpointStatus.ACTIVE,
                OptOut.ALL));
        endpoints.add(DeliveryFixture.endpoint("inactive", ChannelType.EMAIL, "gone@example.com", EndpointStatus.INACTIVE,
                OptOut.NONE));
        endpoints.add(DeliveryFixture.endpoint("phone", ChannelType.SMS, "+12065550100", EndpointStatus.ACTIVE,
                OptOut.NONE));
        DeliveryFixture.workspace(database, endpoints);
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        ScriptedSender sender = new ScriptedSender(DeliveryChannel.EMAIL, 1, message -> message.address()
                .startsWith("ep-00001") ? SendResult.permanentFailure("554 5.7.1 Message refused")
                : SendResult.accepted("p-" + message.messageId()));
        sendAll(job, Map.of(DeliveryChannel.EMAIL, sender));
        Outbox outbox = outboxAt(SENT);

        JobSummary summary = outbox.jobs().get(0);
        assertThat(summary.sent()).isEqualTo(3);
        assertThat(summary.failed()).as("the engine's own failure event is not counted again").isEqualTo(1);
        assertThat(summary.suppressed()).as("the SMS endpoint is not in an email job").isEqualTo(2);
        assertThat(outbox.unsentCount(job.id())).isEqualTo(3);
        assertThat(outbox.unsent(job.id(), 0, 10))
                .extracting(UnsentMessage::endpointId, UnsentMessage::state, UnsentMessage::reason, UnsentMessage::detail)
                .containsExactlyInAnyOrder(
                        tuple("ep-00001", MessageState.FAILED, ReasonCode.PERMANENT_FAILURE,
                                "554 5.7.1 Message refused"),
                        tuple("opted-out", MessageState.SUPPRESSED, ReasonCode.ENDPOINT_OPT_OUT, null),
                        tuple("inactive", MessageState.SUPPRESSED, ReasonCode.ENDPOINT_INACTIVE, null));
        assertThat(outbox.unsent(job.id(), 2, 10)).hasSize(1);
    }

    @Test
    void messagesStillQueuedWhenTheJobWasCancelledAreNotSent() {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(5));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        Outbox outbox = outboxAt(SENT);
        assertThat(outbox.unsentCount(job.id())).as("queued, not yet unsent").isZero();

        jobs.cancel(job.id());

        assertThat(outbox.jobs().get(0).queued()).isZero();
        assertThat(outbox.jobs().get(0).suppressed()).isEqualTo(5);
        assertThat(outbox.unsent(job.id(), 0, 10)).hasSize(5)
                .allSatisfy(message -> {
                    assertThat(message.state()).isEqualTo(MessageState.SUPPRESSED);
                    assertThat(message.reason()).isEqualTo(ReasonCode.JOB_CANCELLED);
                    assertThat(message.address()).endsWith("@example.com");
                });
    }

    @Test
    void jobsAreListedNewestFirst() {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(2));
        SendJob older = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        SendJob newer = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);

        assertThat(outboxAt(SENT).jobs()).extracting(summary -> summary.job().id())
                .containsExactly(newer.id(), older.id());
    }

    @Test
    void aMessagesHistoryListsItsEventsInTimeOrderWithTheJobAndEndpoint() throws Exception {
        DeliveryFixture.workspace(database, DeliveryFixture.emails(40));
        SendJob job = jobs.create(DeliveryFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        sendAll(job, Wiring.sandboxSenders(database, CLOCK));
        long opened = count(database, "SELECT min(message_id) FROM event WHERE event_type = '_email.open'");

        MessageHistory history = outboxAt(SENT).history(opened).orElseThrow();

        assertThat(history.jobName()).isEqualTo("Hello to Everyone");
        assertThat(history.endpointId()).startsWith("ep-");
        assertThat(history.events()).extracting(MessageEvent::type).startsWith("_email.send", "_email.delivered")
                .contains("_email.open");
        assertThat(history.events()).extracting(MessageEvent::at).isSorted();
        assertThat(history.events().get(1).simulated()).isTrue();
        assertThat(history.events().get(0).simulated()).isFalse();
        assertThat(outboxAt(SENT).history(999_999)).isEmpty();
    }

    private void sendAll(SendJob job, Map<DeliveryChannel, ChannelSender> senders) throws Exception {
        engine = Wiring.deliveryEngine(database, senders, DeliverySettings.defaults().withWorkers(2), CLOCK);
        engine.start();
        engine.run(job.id());
        assertThat(engine.await(job.id(), Duration.ofMinutes(1), progress -> { })).isEqualTo(JobState.DONE);
    }

    private Outbox outboxAt(Instant moment) {
        return new Outbox(database, Clock.fixed(moment, ZoneOffset.UTC));
    }

    private long reports(String type) {
        return count(database, "SELECT count(*) FROM event WHERE event_type = '" + type + "'");
    }
}
