package io.tidings.channel.sms.smpp;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.sms.SmsFeedback;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.SubmitSmResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends SMS over SMPP 3.4 transceiver binds (see {@link SmppBinds}), one submit_sm per part, asking
 * for delivery receipts. The provider message id of a message is its first part's id; the ids of all
 * parts go to the {@link SmsFeedback} (and into the detail), since the SMSC sends a receipt per part.
 * Receipts and inbound messages arrive on the same binds and go to the same feedback. Safe for
 * concurrent sends, at most one per bind.
 */
public final class SmppSender implements ChannelSender {

    private static final Logger LOG = LoggerFactory.getLogger(SmppSender.class);
    private static final RegisteredDelivery RECEIPTS = new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE);
    private static final RegisteredDelivery NO_RECEIPTS = new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT);

    private final SmppSettings settings;
    private final SmsFeedback feedback;
    private final SmppConnections connections;
    private final SmppBinds binds;
    private final ExecutorService replies;
    /** Concatenation references; only their low 8 bits travel, so consecutive long messages differ. */
    private final AtomicInteger references = new AtomicInteger(ThreadLocalRandom.current().nextInt(256));

    public SmppSender(SmppSettings settings, SmsFeedback feedback) {
        this(settings, feedback, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** @param tls the TLS sockets to use when the settings ask for TLS (tests trust their own certificate) */
    SmppSender(SmppSettings settings, SmsFeedback feedback, SSLSocketFactory tls) {
        this.settings = settings;
        this.feedback = feedback;
        this.connections = new SmppConnections(settings.tls() ? tls : null, settings.responseTimeout());
        this.binds = new SmppBinds(settings, connections, new SmppInbox(feedback, settings, this::answer));
        this.replies = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tidings-smpp-replies");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.SMS;
    }

    @Override
    public int maxConcurrency() {
        return settings.binds();
    }

    /**
     * Binds every connection now rather than at the first send, so that receipts and inbound
     * messages the SMSC holds arrive while nothing is being sent; binds that fail are retried in
     * the background. Returns how many are bound.
     */
    public int listen() {
        return binds.bindAll();
    }

    @Override
    public SendResult send(OutboundMessage message) {
        SmppAddress to;
        try {
            to = SmppAddress.recipient(message.address());
        } catch (IllegalArgumentException invalid) {
            return SendResult.addressRejected(invalid.getMessage());
        }
        String declared = message.from() == null || message.from().isBlank() ? settings.defaultFrom() : message.from();
        SmppAddress from;
        List<MessageParts.Part> parts;
        try {
            from = SmppAddress.sender(declared);
        } catch (IllegalArgumentException invalid) {
            return SendResult.permanentFailure("Originating number or sender ID " + invalid.getMessage());
        }
        try {
            parts = MessageParts.of(message.textBody(), references.incrementAndGet());
        } catch (IllegalArgumentException invalid) {
            return SendResult.permanentFailure(invalid.getMessage());
        }
        List<String> partIds = new ArrayList<>();
        SendResult result = submit(from, to, parts, RECEIPTS, partIds);
        if (result.outcome() == SendResult.Outcome.ACCEPTED) {
            try {
                feedback.submitted(message.messageId(), partIds);
            } catch (RuntimeException notRecorded) {
                LOG.warn("Message {} went out, but its part ids were not recorded, so its receipts will not match: {}",
                        message.messageId(), notRecorded.toString());
            }
        }
        return result;
    }

    /** Submits the parts on one bind; {@code partIds} receives the id of each part the SMSC accepted. */
    private SendResult submit(SmppAddress from, SmppAddress to, List<MessageParts.Part> parts,
            RegisteredDelivery delivery, List<String> partIds) {
        SmppBinds.Bind bind;
        try {
            bind = binds.borrow();
        } catch (IOException failed) {
            return SendResult.transientFailure(BindFailures.describe(settings, failed), null);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return SendResult.transientFailure("Stopped while waiting for a bind to the SMSC.", null);
        }
        try {
            SMPPSession session = bind.session();
            for (MessageParts.Part part : parts) {
                SubmitSmResult answer = session.submitShortMessage(null,
                        from.typeOfNumber(), from.numberingPlan(), from.value(),
                        to.typeOfNumber(), to.numberingPlan(), to.value(),
                        part.esmClass(), (byte) 0, (byte) 0, null, null, delivery, (byte) 0,
                        part.dataCoding(), (byte) 0, part.shortMessage());
                partIds.add(answer.getMessageId());
            }
            return new SendResult(SendResult.Outcome.ACCEPTED, partIds.get(0),
                    partIds.size() > 1 ? partIds.size() + " parts: " + String.join(", ", partIds) : null, null);
        } catch (NegativeResponseException refused) {
            return afterParts(SmppStatus.submitRefused(refused.getCommandStatus()), partIds, parts.size());
        } catch (ResponseTimeoutException silent) {
            return afterParts(SendResult.unanswered("The SMSC did not answer within "
                    + settings.responseTimeout().toSeconds() + " s; the bind may have dropped."), partIds, parts.size());
        } catch (InvalidResponseException garbled) {
            return afterParts(SendResult.transientFailure("The SMSC gave an answer that is not a submit_sm_resp: "
                    + garbled.getMessage(), null), partIds, parts.size());
        } catch (PDUException invalid) {
            return afterParts(SendResult.permanentFailure("SMPP does not allow a field of this message: "
                    + invalid.getMessage()), partIds, parts.size());
        } catch (IOException dropped) {
            return afterParts(SendResult.transientFailure("The connection to the SMSC dropped: " + dropped.getMessage(),
                    null), partIds, parts.size());
        } finally {
            binds.release(bind);
        }
    }

    /** Says which parts had gone out when a later one failed; a retry sends them all again. */
    private static SendResult afterParts(SendResult failure, List<String> partIds, int parts) {
        if (partIds.isEmpty()) {
            return failure;
        }
        return new SendResult(failure.outcome(), null, failure.detail() + " Part " + (partIds.size() + 1) + " of "
                + parts + " failed after the SMSC accepted " + String.join(", ", partIds) + ".", failure.retryAfter(),
                failure.unanswered());
    }

    /** Answers an inbound HELP or START, in the background: the SMSC waits for its deliver_sm_resp meanwhile. */
    private void answer(SmppAddress from, SmppAddress to, String text) {
        try {
            replies.execute(() -> {
                SendResult result = submit(from, to, MessageParts.of(text, references.incrementAndGet()), NO_RECEIPTS,
                        new ArrayList<>());
                if (result.outcome() != SendResult.Outcome.ACCEPTED) {
                    LOG.warn("An answer to an inbound message did not go out: {}", result.detail());
                }
            });
        } catch (RejectedExecutionException closing) {
            LOG.warn("An answer to an inbound message was not sent: the SMPP channel is closing");
        }
    }

    @Override
    public ConnectionCheck testConnection() {
        SMPPSession session = new SMPPSession(connections);
        session.setTransactionTimer(settings.responseTimeout().toMillis());
        try {
            String smsc = session.connectAndBind(settings.host(), settings.port(), SmppBinds.transceiver(settings),
                    settings.responseTimeout().toMillis());
            session.unbindAndClose();
            return new ConnectionCheck(true, "Bound to the SMSC at " + settings.server() + " as " + settings.systemId()
                    + (smsc == null || smsc.isBlank() ? "" : " (the SMSC calls itself " + smsc + ")") + " and unbound again.");
        } catch (IOException failed) {
            return new ConnectionCheck(false, BindFailures.describe(settings, failed));
        } finally {
            session.close();
        }
    }

    @Override
    public void close() {
        replies.shutdownNow();
        binds.close();
    }
}
