package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.strings;
import static io.tidings.delivery.SmsFixture.ledgerId;
import static io.tidings.delivery.SmsFixture.optOut;
import static io.tidings.delivery.SmsFixture.reportedEvents;
import static io.tidings.delivery.SmsFixture.sms;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sms.smpp.SmppSender;
import io.tidings.channel.sms.smpp.SmppSettings;
import io.tidings.channel.sms.smpp.TestSmsc;
import io.tidings.channel.sms.smpp.TestSmsc.Submitted;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A job sent through the engine over SMPP, and what the SMSC reports back landing in the workspace. */
class SmppDeliveryTest {

    private static final String LONG_BODY = "Flash sale today only: every plant in the shop is 30 percent off, "
            + "delivery is free above 40 pounds, and members get a second discount at the till. Bring a friend "
            + "and both of you get a free seed packet. See you soon!";

    @TempDir
    Path folder;

    private Database database;
    private TestSmsc smsc;
    private SmppSender sender;
    private DeliveryEngine engine;

    @BeforeEach
    void start() throws Exception {
        database = Database.open(folder.resolve("sms.tidings"));
        Migrations.migrate(database);
        SmsFixture.workspace(database, List.of(sms("ada", "+447700900001"), sms("bob", "+447700900002"),
                sms("cat", "+447700900003")), LONG_BODY);
        smsc = TestSmsc.start();
        sender = new SmppSender(SmppSettings.of("127.0.0.1", smsc.port(), TestSmsc.SYSTEM_ID, TestSmsc.PASSWORD,
                "+14155550199").withBinds(2).withReplies("Plant shop: call 0800 123 456.", "Welcome back!"),
                Wiring.providerFeedback(database, Clock.systemUTC()));
        sender.listen();
        engine = Wiring.deliveryEngine(database, Map.of(DeliveryChannel.SMS, sender),
                DeliverySettings.defaults().withWorkers(2));
        engine.start();
    }

    @AfterEach
    void stop() throws Exception {
        engine.close();
        sender.close();
        smsc.close();
        database.close();
    }

    private SendJob send() throws InterruptedException {
        SendJob job = Wiring.sendJobs(database).create(SmsFixture.TEMPLATE, DeliveryFixture.SEGMENT, null);
        engine.run(job.id());
        assertThat(engine.await(job.id(), Duration.ofMinutes(1), progress -> { })).isEqualTo(JobState.DONE);
        return job;
    }

    @Test
    void receiptsBecomeEventsOnTheRightLedgerMessages() throws Exception {
        SendJob job = send();

        Map<String, List<Submitted>> parts = smsc.allSubmitted().stream()
                .collect(Collectors.groupingBy(Submitted::destination));
        assertThat(parts).hasSize(3).allSatisfy((number, submits) -> {
            assertThat(submits).hasSize(2);
            assertThat(submits.get(0).source()).isEqualTo("Tidings");
        });
        List<Submitted> ada = parts.get("447700900001");
        List<Submitted> bob = parts.get("447700900002");
        smsc.sendReceipt(ada.get(1).messageId(), "DELIVRD", null);
        smsc.sendReceipt(ada.get(0).messageId(), "DELIVRD", null);
        smsc.sendReceipt(bob.get(0).messageId(), "DELIVRD", null);
        smsc.sendReceipt(bob.get(1).messageId(), "UNDELIV", null);

        assertThat(reportedEvents(database, ledgerId(database, job.id(), "ada"))).containsExactly("_SMS.SUCCESS DELIVERED");
        assertThat(reportedEvents(database, ledgerId(database, job.id(), "bob"))).containsExactly("_SMS.FAILURE UNREACHABLE");
        assertThat(reportedEvents(database, ledgerId(database, job.id(), "cat"))).isEmpty();
        assertThat(strings(database, "SELECT provider_message_id FROM outbox_message WHERE id = "
                + ledgerId(database, job.id(), "ada"))).containsExactly(ada.get(0).messageId());
    }

    @Test
    void aStopReplyOptsTheEndpointOutOfTheNextJob() throws Exception {
        smsc.sendInbound("447700900003", "14155550199", "STOP");

        assertThat(optOut(database, "cat")).isEqualTo("ALL");
        assertThat(strings(database, "SELECT event_type FROM event")).containsExactly("_SMS.OPTOUT");

        SendJob job = send();

        assertThat(smsc.allSubmitted()).extracting(Submitted::destination).doesNotContain("447700900003");
        assertThat(strings(database, "SELECT reason FROM outbox_message WHERE id = " + ledgerId(database, job.id(), "cat")))
                .containsExactly(ReasonCode.ENDPOINT_OPT_OUT.name());
    }

    @Test
    void helpIsAnsweredWithTheConfiguredText() throws Exception {
        smsc.sendInbound("447700900001", "14155550199", "HELP");

        Submitted answer = smsc.nextSubmit();
        assertThat(answer.destination()).isEqualTo("447700900001");
        assertThat(answer.text()).isEqualTo("Plant shop: call 0800 123 456.");
        assertThat(strings(database, "SELECT event_type || ' ' || json_extract(attributes, '$.message_keyword') FROM event"))
                .containsExactly("_SMS.RECEIVED HELP");
    }
}
