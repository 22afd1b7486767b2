package io.tidings.server.ingest;

import io.tidings.channel.Feedback;
import io.tidings.channel.ProviderReport;
import io.tidings.delivery.MessageReports;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A provider's report about a message, recorded the way the sending engine records every provider's: as the
 * message's event ({@code _SMS.SUCCESS}, {@code _email.hardbounce}...), suppressing the address after a hard bounce
 * or complaint, once however often the provider repeats it.
 */
final class DeliveryReceipts {

    /** What became of a report. */
    enum Outcome {
        RECORDED,
        /** The message already had this report. */
        REPEATED,
        /** No message of the workspace has that id. */
        UNKNOWN_MESSAGE
    }

    private final MessageReports reports;
    private final Clock clock;

    DeliveryReceipts(MessageReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * Records the report about the message with Tidings' id {@code messageId} or the provider's
     * {@code providerMessageId} (either may be null).
     *
     * @throws IllegalArgumentException when the message's channel has no such report (an SMS opened, say)
     */
    Outcome record(String messageId, String providerMessageId, Feedback feedback, Map<String, String> attributes) {
        OptionalLong id = ledgerId(messageId).stream().filter(reports::knows).findFirst();
        if (id.isEmpty() && providerMessageId != null && !providerMessageId.isBlank()) {
            id = reports.messageWithProviderId(providerMessageId);
        }
        if (id.isEmpty()) {
            return Outcome.UNKNOWN_MESSAGE;
        }
        int written = reports.record(id.getAsLong(), List.of(new ProviderReport(feedback, clock.instant(), attributes)));
        return written > 0 ? Outcome.RECORDED : Outcome.REPEATED;
    }

    private static OptionalLong ledgerId(String messageId) {
        if (messageId == null || messageId.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(messageId.strip()));
        } catch (NumberFormatException notOurs) {
            return OptionalLong.empty();
        }
    }
}
