package io.tidings.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.channel.Feedback;
import io.tidings.channel.ProviderReport;
import io.tidings.channel.ProviderReports;
import io.tidings.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Records what a provider reports about a message after accepting it (a delivery receipt, a
 * bounce, a complaint, an open or a click), or what the sandbox simulates in its place.
 */
public final class MessageReports implements ProviderReports {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORD_STATUS = "record_status";

    private final Database database;
    private final OutboxRepository outbox = new OutboxRepository();
    private final MessageReportRepository repository = new MessageReportRepository();
    private final FeedbackRepository events = new FeedbackRepository();

    public MessageReports(Database database) {
        this.database = database;
    }

    /** Whether the ledger has a message with this id. */
    public boolean knows(long messageId) {
        return database.read(connection -> repository.sentMessage(connection, messageId)).isPresent();
    }

    /**
     * The engine's id of the message the provider accepted under {@code providerMessageId} (as its answer to the
     * send named it, such as Twilio's MessageSid), if the ledger has one.
     */
    public OptionalLong messageWithProviderId(String providerMessageId) {
        return database.read(connection -> repository.messageWithProviderId(connection, providerMessageId));
    }

    /**
     * Records the reports about one message of a send job in one transaction. Each becomes an event
     * at its own time; a hard bounce or a complaint also suppresses the address on its channel, the
     * same way a provider's rejection at sending time does. A report the message already has (same
     * event and record status) is skipped, so a repeated report, or a message sent again after a
     * crash, counts once. Returns how many events were written; none for a message not in the ledger.
     */
    @Override
    public int record(long messageId, List<ProviderReport> reports) {
        if (reports.isEmpty()) {
            return 0;
        }
        return database.write(connection -> {
            Optional<MessageReportRepository.SentMessage> found = repository.sentMessage(connection, messageId);
            if (found.isEmpty()) {
                return 0;
            }
            MessageReportRepository.SentMessage message = found.get();
            int written = 0;
            for (ProviderReport report : reports) {
                EventTypes.EventName name = EventTypes.feedback(message.channel(), report.feedback());
                ObjectNode attributes = JSON.createObjectNode();
                report.attributes().forEach(attributes::put);
                if (name.recordStatus() != null && !attributes.has(RECORD_STATUS)) {
                    attributes.put(RECORD_STATUS, name.recordStatus());
                }
                String recordStatus = attributes.has(RECORD_STATUS) ? attributes.get(RECORD_STATUS).asText() : null;
                if (repository.hasEvent(connection, messageId, name.type(), recordStatus)) {
                    continue;
                }
                events.insertEvent(connection, name.type(), message.endpointKey(), message.jobId(), messageId,
                        attributes.toString(), report.at());
                if (report.feedback().suppressesAddress() && message.address() != null) {
                    outbox.suppressAddress(connection, message.channel(), message.address(),
                            report.feedback() == Feedback.HARD_BOUNCE ? "Hard bounce" : "Complaint", report.at());
                }
                written++;
            }
            return written;
        });
    }
}
