package io.tidings.delivery;

import io.tidings.store.Database;
import java.util.ArrayList;
import java.util.List;

/** Reads the messages of a send job that failed or were suppressed, per endpoint, a page at a time. */
public final class UnsentMessages {

    private final Database database;

    public UnsentMessages(Database database) {
        this.database = database;
    }

    /** Up to {@code limit} unsent messages of the job after ledger id {@code afterMessageId}, in ledger order. */
    public List<UnsentMessage> page(long jobId, long afterMessageId, int limit) {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("""
                    SELECT m.id, e.id, coalesce(m.address, e.address), m.state, m.reason, m.attempts, m.detail
                    FROM outbox_message m
                    LEFT JOIN endpoint e ON e.key = m.endpoint_key
                    WHERE m.job_id = ? AND m.state IN ('FAILED', 'SUPPRESSED') AND m.id > ?
                    ORDER BY m.id
                    LIMIT ?""")) {
                query.setLong(1, jobId);
                query.setLong(2, afterMessageId);
                query.setInt(3, limit);
                List<UnsentMessage> messages = new ArrayList<>();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        String reason = rows.getString(5);
                        messages.add(new UnsentMessage(rows.getLong(1), rows.getString(2), rows.getString(3),
                                MessageState.valueOf(rows.getString(4)), reason == null ? null : ReasonCode.valueOf(reason),
                                rows.getInt(6), rows.getString(7)));
                    }
                }
                return messages;
            }
        });
    }
}
