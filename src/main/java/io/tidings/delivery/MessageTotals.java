package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import io.tidings.store.Database;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The ledger's totals for monitoring: messages sent, failed and suppressed by channel and reason, and those waiting. */
public final class MessageTotals {

    /**
     * @param state SENT, FAILED or SUPPRESSED
     * @param reason the reason code, or "" for a sent message
     */
    public record Total(String state, DeliveryChannel channel, String reason, long messages) {
    }

    private final Database database;

    public MessageTotals(Database database) {
        this.database = database;
    }

    public List<Total> outcomes() {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("""
                    SELECT m.state, j.channel, CASE WHEN m.state = 'SENT' THEN '' ELSE COALESCE(m.reason, '') END,
                           count(*)
                    FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                    WHERE m.state IN ('SENT', 'FAILED', 'SUPPRESSED') GROUP BY 1, 2, 3""");
                    var rows = query.executeQuery()) {
                List<Total> totals = new ArrayList<>();
                while (rows.next()) {
                    totals.add(new Total(rows.getString(1), DeliveryChannel.valueOf(rows.getString(2)),
                            rows.getString(3), rows.getLong(4)));
                }
                return totals;
            }
        });
    }

    /** The messages waiting to be sent or being sent, by channel. */
    public Map<DeliveryChannel, Long> waiting() {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("""
                    SELECT j.channel, count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                    WHERE m.state IN ('PENDING', 'SENDING') GROUP BY 1""");
                    var rows = query.executeQuery()) {
                Map<DeliveryChannel, Long> waiting = new EnumMap<>(DeliveryChannel.class);
                while (rows.next()) {
                    waiting.put(DeliveryChannel.valueOf(rows.getString(1)), rows.getLong(2));
                }
                return waiting;
            }
        });
    }
}
