package io.tidings.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.audience.EndpointFeedback;
import io.tidings.audience.OptOut;
import io.tidings.channel.sms.InboundKeyword;
import io.tidings.channel.sms.InboundSms;
import io.tidings.channel.sms.SmsFeedback;
import io.tidings.channel.sms.SmsReceipt;
import io.tidings.channel.sms.SmsReceipt.ReceiptState;
import io.tidings.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what SMS providers report after a send, each report in one write transaction.
 *
 * <p>Receipts: the parts of a message and the receipt of each part are matched by provider id, in
 * whichever order they arrive (a receipt that comes before its part was recorded waits for it, up
 * to a week). A submission gets one event: {@code _SMS.FAILURE} at its first failed part, or
 * {@code _SMS.SUCCESS} when every part was delivered, with Pinpoint's {@code record_status}.
 *
 * <p>Inbound messages: an opt-out keyword (see {@link SmsKeywords}) opts out every SMS endpoint with
 * the sender's address and writes {@code _SMS.OPTOUT}; START opts them in again; every other message,
 * HELP and START included, is a {@code _SMS.RECEIVED} event. An event is written per endpoint, or once
 * without an endpoint when the number is not in the workspace.
 */
public final class ProviderFeedback implements SmsFeedback {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderFeedback.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LONGEST_WAIT = Duration.ofDays(7);

    private final Database database;
    private final Clock clock;
    private final FeedbackRepository repository = new FeedbackRepository();
    private final EndpointFeedback endpoints;

    /** @param endpoints where a STOP or START changes the sender's SMS endpoints, in the same transaction */
    public ProviderFeedback(Database database, EndpointFeedback endpoints, Clock clock) {
        this.database = database;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    @Override
    public void submitted(String messageId, List<String> partIds) {
        Optional<Long> ledgerId = ledgerId(messageId);
        if (ledgerId.isEmpty() || partIds.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        database.write(connection -> {
            Optional<FeedbackRepository.LedgerMessage> message = repository.ledgerMessage(connection, ledgerId.get());
            if (message.isEmpty()) {
                LOG.debug("Message {} is not in the ledger (a test send?); its receipts are not recorded", messageId);
                return null;
            }
            repository.insertParts(connection, ledgerId.get(), partIds);
            for (String partId : partIds) {
                Optional<SmsReceipt> early = repository.takeWaiting(connection, partId);
                if (early.isPresent()) {
                    apply(connection, early.get(), now);
                }
            }
            return null;
        });
    }

    @Override
    public void receipt(SmsReceipt receipt) {
        if (!receipt.state().isFinal()) {
            return;
        }
        Instant now = clock.instant();
        database.write(connection -> {
            if (repository.part(connection, receipt.providerMessageId()).isPresent()) {
                apply(connection, receipt, now);
            } else {
                repository.forgetWaitingBefore(connection, now.minus(LONGEST_WAIT));
                repository.keepWaiting(connection, receipt, now);
            }
            return null;
        });
    }

    /** Records a final receipt of a recorded part, and the submission's event when this receipt settles it. */
    private void apply(Connection connection, SmsReceipt receipt, Instant now) throws SQLException {
        FeedbackRepository.Part part = repository.part(connection, receipt.providerMessageId()).orElseThrow();
        if (part.receiptState() != null) {
            return; // the SMSC sent this receipt again
        }
        List<ReceiptState> before = repository.submissionStates(connection, part.firstPartId());
        boolean failedBefore = before.stream().anyMatch(state -> state != null && state.isFailure());
        long withoutReceipt = before.stream().filter(Objects::isNull).count();
        repository.recordReceipt(connection, receipt, now);
        String type;
        if (receipt.state().isFailure()) {
            type = failedBefore ? null : EventTypes.SMS_UNDELIVERED;
        } else {
            type = !failedBefore && withoutReceipt == 1 ? EventTypes.SMS_DELIVERED : null;
        }
        if (type == null) {
            return;
        }
        Optional<FeedbackRepository.LedgerMessage> message = repository.ledgerMessage(connection, part.messageId());
        if (message.isPresent()) {
            ObjectNode attributes = JSON.createObjectNode()
                    .put("record_status", recordStatus(receipt.state()))
                    .put("receipt_state", receipt.state().name())
                    .put("provider_message_id", part.firstPartId())
                    .put("number_of_message_parts", part.partCount());
            if (receipt.errorCode() != null) {
                attributes.put("error_code", receipt.errorCode());
            }
            repository.insertEvent(connection, type, message.get().endpointKey(), message.get().jobId(),
                    message.get().id(), attributes.toString(), now);
        }
    }

    /** Pinpoint's record_status for the receipt's state. */
    private static String recordStatus(ReceiptState state) {
        return switch (state) {
            case DELIVERED -> "DELIVERED";
            case ACCEPTED -> "SUCCESSFUL";
            case EXPIRED -> "TTL_EXPIRED";
            case UNDELIVERABLE -> "UNREACHABLE";
            case REJECTED -> "BLOCKED";
            case EN_ROUTE -> "PENDING";
            case DELETED, UNKNOWN -> "UNKNOWN";
        };
    }

    @Override
    public InboundKeyword inbound(InboundSms message) {
        InboundKeyword keyword = SmsKeywords.of(message.text());
        Instant now = clock.instant();
        ObjectNode attributes = JSON.createObjectNode()
                .put("origination_phone_number", message.from())
                .put("destination_phone_number", message.to())
                .put("message_body", message.text());
        SmsKeywords.firstWord(message.text()).filter(word -> keyword != InboundKeyword.NONE)
                .ifPresent(word -> attributes.put("message_keyword", word));
        database.write(connection -> {
            if (keyword == InboundKeyword.OPT_OUT || keyword == InboundKeyword.START) {
                repository.setSmsReplySuppression(connection, message.from(), keyword == InboundKeyword.OPT_OUT, now);
            }
            List<Long> senderEndpoints = switch (keyword) {
                case OPT_OUT -> endpoints.setSmsOptOut(connection, message.from(), OptOut.ALL, now);
                case START -> endpoints.setSmsOptOut(connection, message.from(), OptOut.NONE, now);
                case HELP, NONE -> repository.smsEndpoints(connection, message.from());
            };
            String type = keyword == InboundKeyword.OPT_OUT ? EventTypes.SMS_OPT_OUT : EventTypes.SMS_RECEIVED;
            if (senderEndpoints.isEmpty()) {
                repository.insertEvent(connection, type, null, null, null, attributes.toString(), now);
            }
            for (long endpoint : senderEndpoints) {
                repository.insertEvent(connection, type, endpoint, null, null, attributes.toString(), now);
            }
            return null;
        });
        if (keyword == InboundKeyword.OPT_OUT || keyword == InboundKeyword.START) {
            // Not the number: the log keeps no personal data.
            LOG.info("{} from an SMS sender: their SMS endpoints opted {}", keyword,
                    keyword == InboundKeyword.OPT_OUT ? "out" : "in again");
        }
        return keyword;
    }

    private static Optional<Long> ledgerId(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(messageId));
        } catch (NumberFormatException notLedger) {
            return Optional.empty();
        }
    }
}
