package io.tidings.channel.sms.smpp;

import io.tidings.channel.sms.InboundKeyword;
import io.tidings.channel.sms.InboundSms;
import io.tidings.channel.sms.SmsFeedback;
import io.tidings.channel.sms.SmsReceipt;
import java.util.Optional;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SMSC delivers on any bind: delivery receipts and inbound messages, handed to the
 * {@link SmsFeedback}. jSMPP acknowledges a deliver_sm only after this returns, so a receipt or
 * message the workspace could not record is answered with ESME_RX_T_APPN and the SMSC delivers it
 * again later. HELP and START are answered through {@link Replies}, off the SMSC's thread.
 */
final class SmppInbox implements MessageReceiverListener {

    private static final Logger LOG = LoggerFactory.getLogger(SmppInbox.class);

    /** Sends an answer to an inbound message. */
    interface Replies {
        void answer(SmppAddress from, SmppAddress to, String text);
    }

    private final SmsFeedback feedback;
    private final SmppSettings settings;
    private final Replies replies;

    SmppInbox(SmsFeedback feedback, SmppSettings settings, Replies replies) {
        this.feedback = feedback;
        this.settings = settings;
        this.replies = replies;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            if (MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                Optional<SmsReceipt> receipt = Receipts.read(deliverSm);
                if (receipt.isPresent()) {
                    feedback.receipt(receipt.get());
                } else {
                    // Acknowledged all the same: asking again would only bring the same unreadable receipt back.
                    // Its length only: a receipt's text quotes the start of the message.
                    LOG.warn("A delivery receipt names no message id or state ({} characters); it is left out",
                            text(deliverSm).length());
                }
            } else {
                received(deliverSm);
            }
        } catch (RuntimeException notRecorded) {
            LOG.warn("Could not record what the SMSC delivered; it will deliver it again: {}", notRecorded.toString());
            throw new ProcessRequestException("Not recorded: " + notRecorded.getMessage(), SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    private void received(DeliverSm deliverSm) {
        SmppAddress sender = SmppAddress.received(deliverSm.getSourceAddrTon(), deliverSm.getSourceAddrNpi(),
                deliverSm.getSourceAddr());
        SmppAddress number = SmppAddress.received(deliverSm.getDestAddrTon(), deliverSm.getDestAddrNpi(),
                deliverSm.getDestAddress());
        InboundKeyword keyword = feedback.inbound(new InboundSms(sender.readable(), number.readable(), text(deliverSm)));
        switch (keyword) {
            case HELP -> replies.answer(number, sender, settings.helpReply());
            case START -> replies.answer(number, sender, settings.startReply());
            case OPT_OUT, NONE -> {
            }
        }
    }

    /** The message's text; long texts may come in message_payload instead of short_message. */
    private static String text(DeliverSm deliverSm) {
        byte[] body = deliverSm.getShortMessage();
        if (body == null || body.length == 0) {
            OptionalParameter.Message_payload payload = deliverSm.getOptionalParameter(OptionalParameter.Message_payload.class);
            body = payload == null ? new byte[0] : payload.getValue();
        }
        return MessageParts.text(deliverSm.getDataCoding(), GSMSpecificFeature.UDHI.containedIn(deliverSm.getEsmClass()),
                body);
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // Alerts say a phone is reachable again; Tidings retries on its own schedule instead.
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("Tidings takes receipts and messages as deliver_sm only.",
                SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
