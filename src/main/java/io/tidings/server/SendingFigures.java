package io.tidings.server;

import java.util.List;
import java.util.Map;

/**
 * The sending engine's figures as the workspace's ledger holds them, for {@code /metrics}; the composition root
 * implements it over the sending feature's queries (the server does not depend on sending, nor sending on it).
 */
@FunctionalInterface
public interface SendingFigures {

    /** No figures: a server without a workspace's ledger, in tests. */
    SendingFigures NONE = () -> new Snapshot(List.of(), Map.of());

    Snapshot now();

    /**
     * @param outcomes the messages sent, failed and suppressed, by channel and reason
     * @param waiting the messages waiting to be sent (pending or being sent), by channel
     */
    record Snapshot(List<Outcome> outcomes, Map<String, Long> waiting) {
    }

    /**
     * How many messages of a channel ended in one state for one reason.
     *
     * @param state SENT, FAILED or SUPPRESSED
     * @param reason Pinpoint's or Tidings' reason code, or "" for none (a sent message)
     */
    record Outcome(String state, String channel, String reason, long messages) {
    }
}
