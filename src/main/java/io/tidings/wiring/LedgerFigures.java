package io.tidings.wiring;

import io.tidings.delivery.MessageTotals;
import io.tidings.server.SendingFigures;
import java.util.LinkedHashMap;
import java.util.Map;

/** The server's {@code /metrics} figures, read from the sending ledger (the server does not depend on sending). */
record LedgerFigures(MessageTotals totals) implements SendingFigures {

    @Override
    public Snapshot now() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        totals.waiting().forEach((channel, messages) -> waiting.put(channel.name(), messages));
        return new Snapshot(totals.outcomes().stream()
                .map(total -> new Outcome(total.state(), total.channel().name(), total.reason(), total.messages()))
                .toList(), waiting);
    }
}
