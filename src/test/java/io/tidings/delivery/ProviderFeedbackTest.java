package io.tidings.delivery;

import static io.tidings.delivery.DeliveryFixture.count;
import static io.tidings.delivery.DeliveryFixture.strings;
import static io.tidings.delivery.SmsFixture.endpointKey;
import static io.tidings.delivery.SmsFixture.ledgerId;
import static io.tidings.delivery.SmsFixture.optOut;
import static io.tidings.delivery.SmsFixture.reportedEvents;
import static io.tidings.delivery.SmsFixture.sms;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.CapturedLog;

import io.tidings.audience.ChannelType;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.channel.sms.InboundKeyword;
import io.tidings.channel.sms.InboundSms;
import io.tidings.channel.sms.SmsReceipt;
import io.tidings.channel.sms.SmsReceipt.ReceiptState;
import io.tidings.store.Database;
import io.tidings.store.Migrations;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProviderFeedbackTest {

    private static final String BOB = "+447700900002";
    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

    @TempDir
    Path folder;

    private Database database;
    private ProviderFeedback feedback;
    private long jobId;

    @BeforeEach
    void workspace() {
        database = Database.open(folder.resolve("feedback.tidings"));
        Migrations.migrate(database);
        SmsFixture.workspace(database, List.of(
                sms("ada", "+447700900001"),
                sms("bob", BOB),
                sms("bob-work", BOB),
                DeliveryFixture.endpoint("bob-voice", ChannelType.VOICE, BOB, EndpointStatus.ACTIVE, OptOut.NONE)),
                "Flash sale today");
        jobId = Wiring.sendJobs(database).create(SmsFixture.TEMPLATE, DeliveryFixture.SEGMENT, null).id();
        feedback = Wiring.providerFeedback(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private String ledger(String endpointId) {
        return Long.toString(ledgerId(database, jobId, endpointId));
    }

    @Test
    void aDeliveredReceiptBecomesOneSuccessEventOnItsLedgerMessage() {
        feedback.submitted(ledger("ada"), List.of("m1"));

        feedback.receipt(new SmsReceipt("m1", ReceiptState.DELIVERED, "000"));
        feedback.receipt(new SmsReceipt("m1", ReceiptState.DELIVERED, "000"));

        long message = ledgerId(database, jobId, "ada");
        assertThat(reportedEvents(database, message)).containsExactly("_SMS.SUCCESS DELIVERED");
        assertThat(strings(database, "SELECT endpoint_key || ' ' || job_id || ' ' || timestamp || ' ' || attributes "
                + "FROM event WHERE message_id = " + message)).containsExactly(endpointKey(database, "ada") + " " + jobId
                + " 2025-03-01T10:15:30Z {\"record_status\":\"DELIVERED\",\"receipt_state\":\"DELIVERED\","
                + "\"provider_message_id\":\"m1\",\"number_of_message_parts\":1,\"error_code\":\"000\"}");
    }

    @Test
    void anUndeliveredReceiptBecomesAFailureWithPinpointsRecordStatus() {
        feedback.submitted(ledger("ada"), List.of("m1"));
        feedback.submitted(ledger("bob"), List.of("m2"));
        feedback.submitted(ledger("bob-work"), List.of("m3"));

        feedback.receipt(new SmsReceipt("m1", ReceiptState.UNDELIVERABLE, "034"));
        feedback.receipt(new SmsReceipt("m2", ReceiptState.EXPIRED, null));
        feedback.receipt(new SmsReceipt("m3", ReceiptState.REJECTED, null));

        assertThat(reportedEvents(database, ledgerId(database, jobId, "ada"))).containsExactly("_SMS.FAILURE UNREACHABLE");
        assertThat(reportedEvents(database, ledgerId(database, jobId, "bob"))).containsExactly("_SMS.FAILURE TTL_EXPIRED");
        assertThat(reportedEvents(database, ledgerId(database, jobId, "bob-work"))).containsExactly("_SMS.FAILURE BLOCKED");
    }

    @Test
    void aLongMessageSucceedsOnceEveryPartIsDelivered() {
        feedback.submitted(ledger("ada"), List.of("p1", "p2", "p3"));
        long message = ledgerId(database, jobId, "ada");

        feedback.receipt(new SmsReceipt("p3", ReceiptState.DELIVERED, null));
        feedback.receipt(new SmsReceipt("p1", ReceiptState.DELIVERED, null));
        assertThat(reportedEvents(database, message)).isEmpty();

        feedback.receipt(new SmsReceipt("p2", ReceiptState.DELIVERED, null));
        assertThat(reportedEvents(database, message)).containsExactly("_SMS.SUCCESS DELIVERED");
        assertThat(strings(database, "SELECT json_extract(attributes, '$.number_of_message_parts') || ' ' "
                + "|| json_extract(attributes, '$.provider_message_id') FROM event")).containsExactly("3 p1");
    }

    @Test
    void aLongMessageFailsOnceAtItsFirstFailedPart() {
        feedback.submitted(ledger("ada"), List.of("p1", "p2", "p3"));

        feedback.receipt(new SmsReceipt("p2", ReceiptState.UNDELIVERABLE, null));
        feedback.receipt(new SmsReceipt("p1", ReceiptState.DELIVERED, null));
        feedback.receipt(new SmsReceipt("p3", ReceiptState.EXPIRED, null));

        assertThat(reportedEvents(database, ledgerId(database, jobId, "ada"))).containsExactly("_SMS.FAILURE UNREACHABLE");
    }

    @Test
    void aReceiptThatComesBeforeItsPartWaitsForIt() {
        feedback.receipt(new SmsReceipt("m9", ReceiptState.DELIVERED, null));
        assertThat(count(database, "SELECT count(*) FROM event")).isZero();
        assertThat(count(database, "SELECT count(*) FROM sms_receipt_waiting")).isEqualTo(1);

        feedback.submitted(ledger("bob"), List.of("m9"));

        assertThat(reportedEvents(database, ledgerId(database, jobId, "bob"))).containsExactly("_SMS.SUCCESS DELIVERED");
        assertThat(count(database, "SELECT count(*) FROM sms_receipt_waiting")).isZero();
    }

    @Test
    void aMessageSentAgainAfterACrashIsReportedForEachCopy() {
        feedback.submitted(ledger("ada"), List.of("first-copy"));
        feedback.submitted(ledger("ada"), List.of("second-copy"));

        feedback.receipt(new SmsReceipt("first-copy", ReceiptState.DELIVERED, null));
        feedback.receipt(new SmsReceipt("second-copy", ReceiptState.DELIVERED, null));

        assertThat(reportedEvents(database, ledgerId(database, jobId, "ada")))
                .containsExactly("_SMS.SUCCESS DELIVERED", "_SMS.SUCCESS DELIVERED");
    }

    @Test
    void intermediateReceiptsAndMessagesOutsideTheLedgerRecordNothing() {
        feedback.submitted(ledger("ada"), List.of("m1"));
        feedback.submitted("test-send", List.of("t1"));
        feedback.submitted("999999", List.of("t2"));

        feedback.receipt(new SmsReceipt("m1", ReceiptState.EN_ROUTE, null));

        assertThat(count(database, "SELECT count(*) FROM event")).isZero();
        assertThat(strings(database, "SELECT provider_message_id || ' ' || coalesce(receipt_state, '-') FROM sms_part"))
                .containsExactly("m1 -");
    }

    @Test
    void stopOptsOutEverySmsEndpointWithTheNumberAndNothingElse() {
        InboundKeyword keyword;
        try (CapturedLog log = new CapturedLog()) {
            keyword = feedback.inbound(new InboundSms(BOB, "+14155550199", "Stop."));

            assertThat(log.entries()).containsExactly("INFO OPT_OUT from an SMS sender: their SMS endpoints opted out");
        }

        assertThat(keyword).isEqualTo(InboundKeyword.OPT_OUT);
        assertThat(optOut(database, "bob")).isEqualTo("ALL");
        assertThat(optOut(database, "bob-work")).isEqualTo("ALL");
        assertThat(optOut(database, "bob-voice")).isEqualTo("NONE");
        assertThat(optOut(database, "ada")).isEqualTo("NONE");
        assertThat(strings(database, "SELECT event_type || ' ' || endpoint_key || ' ' || coalesce(job_id, '-') "
                + "FROM event ORDER BY endpoint_key")).containsExactlyInAnyOrder(
                "_SMS.OPTOUT " + endpointKey(database, "bob") + " -",
                "_SMS.OPTOUT " + endpointKey(database, "bob-work") + " -");
        assertThat(strings(database, "SELECT channel || ' ' || address FROM suppressed_address"))
                .as("the number stays suppressed even if it is imported again with OptOut NONE")
                .containsExactly("SMS " + BOB);
        assertThat(strings(database, "SELECT DISTINCT attributes FROM event")).containsExactly(
                "{\"origination_phone_number\":\"+447700900002\",\"destination_phone_number\":\"+14155550199\","
                        + "\"message_body\":\"Stop.\",\"message_keyword\":\"STOP\"}");
    }

    @Test
    void startOptsTheNumberInAgain() {
        feedback.inbound(new InboundSms(BOB, "+14155550199", "STOP"));

        InboundKeyword keyword = feedback.inbound(new InboundSms(BOB, "+14155550199", "start"));

        assertThat(keyword).isEqualTo(InboundKeyword.START);
        assertThat(optOut(database, "bob")).isEqualTo("NONE");
        assertThat(optOut(database, "bob-work")).isEqualTo("NONE");
        assertThat(strings(database, "SELECT address FROM suppressed_address")).isEmpty();
        assertThat(strings(database, "SELECT event_type || ' ' || json_extract(attributes, '$.message_keyword') "
                + "FROM event WHERE endpoint_key = " + endpointKey(database, "bob") + " ORDER BY id"))
                .containsExactly("_SMS.OPTOUT STOP", "_SMS.RECEIVED START");
    }

    @Test
    void helpAndOtherTextsAreReceivedMessages() {
        assertThat(feedback.inbound(new InboundSms("+447700900001", "12345", "Help"))).isEqualTo(InboundKeyword.HELP);
        assertThat(feedback.inbound(new InboundSms("+447700900001", "12345", "When do you open?")))
                .isEqualTo(InboundKeyword.NONE);

        assertThat(strings(database, "SELECT event_type || ' ' || coalesce(json_extract(attributes, '$.message_keyword'), "
                + "'-') || ' ' || json_extract(attributes, '$.message_body') FROM event ORDER BY id"))
                .containsExactly("_SMS.RECEIVED HELP Help", "_SMS.RECEIVED - When do you open?");
        assertThat(optOut(database, "ada")).isEqualTo("NONE");
    }

    @Test
    void aStopFromANumberNotInTheWorkspaceIsStillRecorded() {
        feedback.inbound(new InboundSms("+33612345678", "+14155550199", "ARRÊT"));

        assertThat(strings(database, "SELECT event_type || ' ' || coalesce(endpoint_key, '-') FROM event"))
                .containsExactly("_SMS.OPTOUT -");
    }
}
