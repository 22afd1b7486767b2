package io.tidings.delivery;

import io.tidings.store.Database;
import io.tidings.tracking.SentMessage;
import io.tidings.tracking.SentMessages;
import java.util.Optional;

/**
 * Finds a ledger message for the tracking server: the endpoint and address it went to, and the campaign, run and
 * treatment, or the journey and activity, it belongs to, attributed as migrations 015's and 024's triggers attribute
 * the engine's own events.
 */
public final class SentMessageOrigins implements SentMessages {

    private final Database database;

    public SentMessageOrigins(Database database) {
        this.database = database;
    }

    @Override
    public Optional<SentMessage> find(long messageId) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("""
                    SELECT e.id, e.user_id, m.address, j.channel, j.campaign_id, j.id, m.treatment, j.journey_id,
                           j.journey_activity_id
                    FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                    LEFT JOIN endpoint e ON e.key = m.endpoint_key WHERE m.id = ?""")) {
                query.setLong(1, messageId);
                try (var rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    String campaignId = rows.getString(5);
                    long journeyId = rows.getLong(8);
                    boolean ofJourney = !rows.wasNull();
                    return Optional.of(new SentMessage(messageId, rows.getString(1), rows.getString(2),
                            rows.getString(3), rows.getString(4), campaignId,
                            campaignId == null ? null : Long.toString(rows.getLong(6)),
                            Integer.toString(rows.getInt(7)), ofJourney ? Long.toString(journeyId) : null,
                            ofJourney ? rows.getString(9) : null));
                }
            }
        });
    }
}
