package io.tidings.channel.sms.smpp;

import static io.tidings.channel.sms.smpp.SmppSenderTest.sms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.channel.sms.InboundKeyword;
import io.tidings.channel.sms.InboundSms;
import io.tidings.channel.sms.SmsReceipt;
import io.tidings.channel.sms.SmsReceipt.ReceiptState;
import io.tidings.channel.sms.smpp.TestSmsc.Submitted;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.OptionalParameter.Message_state.Message_state_enum;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Receipts and inbound messages the SMSC delivers, and the answers to HELP and START. */
class SmppInboxTest {

    private TestSmsc smsc;
    private final RecordingFeedback feedback = new RecordingFeedback();
    private SmppSender sender;

    @BeforeEach
    void bind() throws Exception {
        smsc = TestSmsc.start();
        sender = new SmppSender(SmppSettings.of("127.0.0.1", smsc.port(), TestSmsc.SYSTEM_ID, TestSmsc.PASSWORD,
                "Tidings").withReplies("Shop help: call 0800 123 456.", "Welcome back! Reply STOP to stop."), feedback);
        sender.listen();
    }

    @AfterEach
    void stop() throws Exception {
        sender.close();
        smsc.close();
    }

    @Test
    void aReceiptInSmppTextReachesTheFeedbackWithTheSentMessagesId() throws Exception {
        sender.send(sms("1", "+447700900123", null, "Hi"));
        String id = smsc.nextSubmit().messageId();

        smsc.sendReceipt(id, "DELIVRD", null);

        assertThat(feedback.receipts).containsExactly(new SmsReceipt(id, ReceiptState.DELIVERED, "000"));
    }

    @Test
    void theReceiptTlvsWinOverTheText() throws Exception {
        smsc.sendReceipt("m-77", "DELIVRD", Message_state_enum.UNDELIVERABLE);

        assertThat(feedback.receipts).containsExactly(new SmsReceipt("m-77", ReceiptState.UNDELIVERABLE, "000"));
    }

    @Test
    void anUnreadableReceiptIsAcknowledgedAndDropped() throws Exception {
        smsc.sendRawReceipt("delivered, probably");

        assertThat(feedback.receipts).isEmpty();
    }

    @Test
    void aReceiptTheWorkspaceCouldNotRecordIsRefusedSoTheSmscSendsItAgain() {
        feedback.failWith(new IllegalStateException("The workspace file is read-only."));

        assertThatThrownBy(() -> smsc.sendReceipt("m-5", "DELIVRD", null))
                .isInstanceOfSatisfying(NegativeResponseException.class,
                        refused -> assertThat(refused.getCommandStatus()).isEqualTo(SMPPConstant.STAT_ESME_RX_T_APPN));
    }

    @Test
    void inboundMessagesAreDecodedAndCarryTheSendersE164Number() throws Exception {
        smsc.sendInbound("447700900123", "14155550199", "Ça marche, à demain!");
        smsc.sendInbound("79001234567", "12345", "Спасибо 😀");

        assertThat(feedback.inbound).containsExactly(
                new InboundSms("+447700900123", "+14155550199", "Ça marche, à demain!"),
                new InboundSms("+79001234567", "12345", "Спасибо 😀"));
    }

    @Test
    void helpIsAnsweredFromTheNumberItWasSentTo() throws Exception {
        feedback.answerInbound(message -> InboundKeyword.HELP);

        smsc.sendInbound("447700900123", "14155550199", "help");

        Submitted answer = smsc.nextSubmit();
        assertThat(answer.text()).isEqualTo("Shop help: call 0800 123 456.");
        assertThat(answer.source()).isEqualTo("14155550199");
        assertThat(answer.sourceTon()).isEqualTo(SMPPConstant.TON_INTERNATIONAL);
        assertThat(answer.destination()).isEqualTo("447700900123");
        assertThat(answer.registeredDelivery()).isZero();
    }

    @Test
    void startIsConfirmedAndAnOptOutGetsNoAnswer() throws Exception {
        feedback.answerInbound(message -> message.text().equals("STOP") ? InboundKeyword.OPT_OUT : InboundKeyword.START);

        smsc.sendInbound("447700900123", "12345", "STOP");
        smsc.sendInbound("447700900123", "12345", "START");

        // Answers go out one at a time in arrival order, so an answer to STOP would come first.
        Submitted answer = smsc.nextSubmit();
        assertThat(answer.text()).isEqualTo("Welcome back! Reply STOP to stop.");
        assertThat(answer.source()).isEqualTo("12345");
        assertThat(answer.sourceTon()).isEqualTo(SMPPConstant.TON_NETWORK_SPECIFIC);
    }
}
