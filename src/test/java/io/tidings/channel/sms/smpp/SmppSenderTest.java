package io.tidings.channel.sms.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.SendResult.Outcome;
import io.tidings.channel.sms.SmsEncoding;
import io.tidings.channel.sms.smpp.TestSmsc.Submitted;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmppSenderTest {

    private static final String OUR_NUMBER = "+14155550199";

    private TestSmsc smsc;
    private final RecordingFeedback feedback = new RecordingFeedback();
    private SmppSender sender;

    @BeforeEach
    void startSmsc() throws Exception {
        smsc = TestSmsc.start();
        sender = new SmppSender(settings(), feedback);
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        smsc.close();
    }

    private SmppSettings settings() {
        return SmppSettings.of("127.0.0.1", smsc.port(), TestSmsc.SYSTEM_ID, TestSmsc.PASSWORD, OUR_NUMBER);
    }

    static OutboundMessage sms(String messageId, String to, String from, String text) {
        return new OutboundMessage(messageId, DeliveryChannel.SMS, to, from, null, null, text, false, null, Map.of());
    }

    @Test
    void aShortMessageGoesOutAsOneSubmitAskingForAReceipt() throws Exception {
        SendResult result = sender.send(sms("7", "+447700900123", null, "Hello Ada, your order has shipped."));

        Submitted submit = smsc.nextSubmit();
        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.providerMessageId()).isEqualTo(submit.messageId());
        assertThat(result.detail()).isNull();
        assertThat(submit.destinationTon()).isEqualTo(SMPPConstant.TON_INTERNATIONAL);
        assertThat(submit.destinationNpi()).isEqualTo(SMPPConstant.NPI_ISDN);
        assertThat(submit.destination()).isEqualTo("447700900123");
        assertThat(submit.source()).isEqualTo("14155550199");
        assertThat(submit.registeredDelivery()).isEqualTo((byte) 0x01);
        assertThat(submit.dataCoding()).isEqualTo((byte) 0x00);
        assertThat(submit.hasHeader()).isFalse();
        assertThat(submit.text()).isEqualTo("Hello Ada, your order has shipped.");
        assertThat(feedback.partIds).containsEntry("7", List.of(submit.messageId()));
    }

    @Test
    void aLongGsmMessageArrivesAsNumberedPartsThatJoinBackToTheText() throws Exception {
        String text = "Dear Ada, your {bonus} of €5 is waiting [today only]. ".repeat(7);
        int expectedParts = SmsEncoding.analyse(text).parts();

        SendResult result = sender.send(sms("8", "+447700900123", null, text));

        List<Submitted> parts = smsc.nextSubmits(expectedParts);
        assertThat(expectedParts).isEqualTo(3);
        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        for (int index = 0; index < parts.size(); index++) {
            Submitted part = parts.get(index);
            byte[] message = part.shortMessage();
            assertThat(part.hasHeader()).isTrue();
            assertThat(part.dataCoding()).isEqualTo((byte) 0x00);
            assertThat(message).startsWith(0x05, 0x00, 0x03, parts.get(0).shortMessage()[3], expectedParts, index + 1);
            assertThat(message.length - 6).as("septets in part %d", index + 1).isLessThanOrEqualTo(153);
        }
        assertThat(parts.stream().map(Submitted::text).collect(Collectors.joining())).isEqualTo(text);
        List<String> ids = parts.stream().map(Submitted::messageId).toList();
        assertThat(result.providerMessageId()).isEqualTo(ids.get(0));
        assertThat(result.detail()).isEqualTo("3 parts: " + String.join(", ", ids));
        assertThat(feedback.partIds).containsEntry("8", ids);
    }

    @Test
    void aLongUcs2MessageArrivesIn67UnitPartsThatNeverSplitAnEmoji() throws Exception {
        String text = "Привет, Ада! Скидка 20% 😀 ".repeat(6);
        int expectedParts = SmsEncoding.analyse(text).parts();

        SendResult result = sender.send(sms("9", "+79001234567", null, text));

        List<Submitted> parts = smsc.nextSubmits(expectedParts);
        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(expectedParts).isGreaterThan(1);
        for (int index = 0; index < parts.size(); index++) {
            Submitted part = parts.get(index);
            assertThat(part.dataCoding()).isEqualTo((byte) 0x08);
            assertThat(part.shortMessage()[5]).isEqualTo((byte) (index + 1));
            assertThat((part.shortMessage().length - 6) / 2).isLessThanOrEqualTo(67);
            assertThat(Character.isLowSurrogate(part.text().charAt(0))).isFalse();
        }
        assertThat(parts.stream().map(Submitted::text).collect(Collectors.joining())).isEqualTo(text);
    }

    @Test
    void consecutiveLongMessagesCarryDifferentReferences() throws Exception {
        String text = "x".repeat(200);
        sender.send(sms("10", "+447700900123", null, text));
        sender.send(sms("11", "+447700900123", null, text));

        List<Submitted> parts = smsc.nextSubmits(4);

        assertThat(parts.get(0).shortMessage()[3]).isEqualTo(parts.get(1).shortMessage()[3]);
        assertThat(parts.get(2).shortMessage()[3]).isNotEqualTo(parts.get(0).shortMessage()[3]);
    }

    @ParameterizedTest
    @CsvSource({
            "Tidings, 5, 0, Tidings",
            "+14155550100, 1, 1, 14155550100",
            "447700900555, 1, 1, 447700900555",
            "12345, 3, 0, 12345"})
    void senderIdsNumbersAndShortCodesGetTheirTypeOfNumber(String from, byte ton, byte npi, String source)
            throws Exception {
        assertThat(sender.send(sms("12", "+447700900123", from, "Hi")).outcome()).isEqualTo(Outcome.ACCEPTED);

        Submitted submit = smsc.nextSubmit();
        assertThat(submit.sourceTon()).isEqualTo(ton);
        assertThat(submit.sourceNpi()).isEqualTo(npi);
        assertThat(submit.source()).isEqualTo(source);
    }

    @Test
    void aSenderIdThatIsTooLongFailsWithoutReachingTheSmsc() {
        SendResult result = sender.send(sms("13", "+447700900123", "Tidings Newsletter", "Hi"));

        assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(result.detail()).isEqualTo("Originating number or sender ID \"Tidings Newsletter\" is neither a phone "
                + "number nor a sender ID: a sender ID has at most 11 characters.");
        assertThat(smsc.allSubmitted()).isEmpty();
    }

    @Test
    void aNumberThatIsNotE164IsRejectedWithoutReachingTheSmsc() {
        SendResult result = sender.send(sms("14", "07700 900123", null, "Hi"));

        assertThat(result.outcome()).isEqualTo(Outcome.ADDRESS_REJECTED);
        assertThat(result.detail()).contains("07700 900123", "E.164");
        assertThat(smsc.allSubmitted()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "88, TRANSIENT_FAILURE, ESME_RTHROTTLED (0x58)",
            "20, TRANSIENT_FAILURE, ESME_RMSGQFUL (0x14)",
            "8, TRANSIENT_FAILURE, ESME_RSYSERR (0x08)",
            "11, ADDRESS_REJECTED, ESME_RINVDSTADR (0x0B)",
            "10, PERMANENT_FAILURE, ESME_RINVSRCADR (0x0A)",
            "69, PERMANENT_FAILURE, ESME_RSUBMITFAIL (0x45)"})
    void eachRefusalIsClassifiedAndNamed(int status, Outcome outcome, String name) throws Exception {
        smsc.answerNext(status);

        SendResult result = sender.send(sms("15", "+447700900123", null, "Hi"));

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.detail()).startsWith("The SMSC refused the message: " + name);
        assertThat(result.providerMessageId()).isNull();
        assertThat(feedback.partIds).doesNotContainKey("15");
    }

    @Test
    void aRefusedLaterPartSaysWhichPartsHadGoneOut() throws Exception {
        smsc.answerNext(SMPPConstant.STAT_ESME_ROK, SMPPConstant.STAT_ESME_RTHROTTLED);

        SendResult result = sender.send(sms("16", "+447700900123", null, "y".repeat(400)));

        String firstId = smsc.nextSubmit().messageId();
        assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
        assertThat(result.detail()).endsWith("Part 2 of 3 failed after the SMSC accepted " + firstId + ".");
        assertThat(smsc.allSubmitted()).hasSize(2);
        assertThat(feedback.partIds).doesNotContainKey("16");
    }

    @Test
    void aSubmitTheSmscNeverAnswersIsTransient() {
        sender.close();
        sender = new SmppSender(settings().withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(1)), feedback);
        smsc.answerNext(TestSmsc.SILENCE);

        SendResult result = sender.send(sms("17", "+447700900123", null, "Hi"));

        assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
        assertThat(result.detail()).startsWith("The SMSC did not answer within 1 s");
        assertThat(result.unanswered()).as("counted towards pausing a job that gets no answers").isTrue();
    }
}
