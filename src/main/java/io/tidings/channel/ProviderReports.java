package io.tidings.channel;

import java.util.List;

/**
 * Where a channel hands what its provider reported about a message it sent (delivered, bounced, opened, ...).
 * The sending engine implements it: it records each report as an event of the message and suppresses the
 * address after a hard bounce or a complaint.
 */
public interface ProviderReports {

    /**
     * Records the reports about one message, identified by the engine's message id; returns how many were new.
     * A report the message already has counts once; a message the engine does not know gets none.
     */
    int record(long messageId, List<ProviderReport> reports);
}
