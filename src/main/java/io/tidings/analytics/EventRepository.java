package io.tidings.analytics;

import io.tidings.store.EndpointSets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roaringbitmap.RoaringBitmap;

/** The event table: inserts (the triggers of migration 015 keep the rollups current), the purge and erasure. */
final class EventRepository {

    private static final String INSERT = """
            INSERT INTO event (event_type, endpoint_key, timestamp, attributes, endpoint_id, user_id, session_id,
                               metrics, campaign_id, campaign_activity_id, treatment_id, journey_id,
                               journey_activity_id, channel, message_key, message_id, job_id, bulk)
            VALUES (?, (SELECT key FROM endpoint WHERE id = ?2), ?, ?, ?2, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    COALESCE(?14, ?2 || '|' || COALESCE(?9, '') || '|' || COALESCE(?12, '')), ?15,
                    CASE WHEN ?15 IS NOT NULL THEN (SELECT job_id FROM outbox_message WHERE id = ?15) END, 1)""";
    private static final String DAY = "substr(timestamp, 1, 10)";
    private static final String CHANNEL = """
            COALESCE(channel, CASE WHEN event_type LIKE '\\_email.%' ESCAPE '\\' THEN 'EMAIL'
                WHEN event_type LIKE '\\_SMS.%' ESCAPE '\\' THEN 'SMS' WHEN event_type LIKE '\\_push.%' ESCAPE '\\' THEN 'PUSH'
                WHEN event_type LIKE '\\_voice.%' ESCAPE '\\' THEN 'VOICE'
                WHEN event_type LIKE '\\_custom.%' ESCAPE '\\' THEN 'CUSTOM' END, '')""";
    private static final String ORIGIN = """
            COALESCE(campaign_id, ''), COALESCE(campaign_activity_id, ''), COALESCE(treatment_id, ''),
            COALESCE(journey_id, ''), COALESCE(journey_activity_id, '')""";
    // The same hourly rows as migration 015's trigger event_rollup writes for one event, for a range of imported ones;
    // BatchDailyCounts writes the daily counts (first: the hourly rows' trigger adds to them). In the table's key order,
    // the first event of a key first as the trigger has it, so that the inserts go through a large table once instead
    // of to a random place each.
    private static final String HOURLY_ROLL_UP = """
            INSERT OR IGNORE INTO event_hourly_message (message_key, event_type, hour, day, channel, campaign_id,
                    campaign_activity_id, treatment_id, journey_id, journey_activity_id)
            SELECT COALESCE(message_key, CAST(message_id AS TEXT)), event_type, substr(timestamp, 1, 13),\s"""
            + DAY + ", " + CHANNEL + ", " + ORIGIN + """

            FROM event WHERE id >= ? AND event_type IN (""" + quoted(CountedTypes.HOURLY) + """
            ) AND COALESCE(message_key, message_id) IS NOT NULL ORDER BY 1, 2, 3, id""";

    // The imported events' endpoints for the per-day endpoint sets (migration 030): those outside the audience, to be
    // numbered, then the numbers of each group's, as migration 030's trigger queues the engine's.
    private static final String IMPORTED_ENDPOINT = "CASE WHEN endpoint_key IS NOT NULL THEN 'k' || endpoint_key"
            + " ELSE 'i' || endpoint_id END";
    private static final String IMPORTED_UNIQUE = " FROM event WHERE id >= ? AND event_type IN ("
            + quoted(CountedTypes.UNIQUE) + ")";
    private static final String IMPORTED_OUTSIDE_ENDPOINTS = "SELECT DISTINCT 'i' || endpoint_id" + IMPORTED_UNIQUE
            + " AND endpoint_key IS NULL AND endpoint_id IS NOT NULL";
    private static final String IMPORTED_ENDPOINT_SETS = "SELECT COALESCE(campaign_id, ''), event_type, " + DAY + ","
            + " COALESCE(campaign_activity_id, ''), COALESCE(treatment_id, ''), COALESCE(journey_id, ''),"
            + " COALESCE(journey_activity_id, ''), " + EndpointSets.numbers(IMPORTED_ENDPOINT) + IMPORTED_UNIQUE
            + " AND COALESCE(endpoint_key, endpoint_id) IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7";

    /**
     * The event's indexes that an import adds to in no order, a random place in a large index for each event: the
     * user and the audience endpoint (erasure's), and the day (the purge's; an event goes to the end of its day's
     * entries, so that one is nearly in order). Built at a large import's end, each is one sort. As migrations 018 and
     * 035 left them.
     */
    private static final List<String> UNORDERED_INDEXES = List.of("event_day ON event (substr(timestamp, 1, 10))",
            "event_user ON event (user_id) WHERE user_id IS NOT NULL",
            "event_endpoint ON event (endpoint_key) WHERE endpoint_key IS NOT NULL");

    /** Drops the indexes a large import builds at its end ({@link #createUnorderedIndexes}), in the caller's transaction. */
    void dropUnorderedIndexes(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String index : UNORDERED_INDEXES) {
                statement.execute("DROP INDEX IF EXISTS " + index.substring(0, index.indexOf(' ')));
            }
        }
    }

    void createUnorderedIndexes(Connection connection) throws SQLException {
        io.tidings.store.IndexBuild.create(connection, UNORDERED_INDEXES.stream()
                .map(index -> "CREATE INDEX IF NOT EXISTS " + index).toArray(String[]::new));
    }

    /** The statement that inserts events on {@code connection}; the caller closes it. */
    PreparedStatement inserting(Connection connection) throws SQLException {
        return connection.prepareStatement(INSERT);
    }

    /** Adds the event to the statement's batch and to the batch's daily counts; {@link #rollUp} inserts the batch first. */
    void add(PreparedStatement insert, BatchDailyCounts daily, Event event) throws SQLException {
        add(insert, daily, event, null);
    }

    /**
     * Adds the event of a message of the send ledger (an open or click the tracking server saw): it names the
     * message and its job, as the engine's own events do, so that the Outbox shows it with the message.
     */
    void add(PreparedStatement insert, BatchDailyCounts daily, Event event, Long ledgerMessageId) throws SQLException {
        Attribution attribution = event.attribution();
        String timestamp = event.timestamp().toString();
        daily.add(event, timestamp.substring(0, 10));
        insert.setString(1, event.eventType());
        setText(insert, 2, event.endpointId());
        insert.setString(3, timestamp);
        insert.setString(4, json(event.attributes()));
        setText(insert, 5, event.userId());
        setText(insert, 6, event.sessionId());
        insert.setString(7, json(event.metrics()));
        setText(insert, 8, attribution.campaignId());
        setText(insert, 9, attribution.campaignRunId());
        setText(insert, 10, attribution.treatmentId());
        setText(insert, 11, attribution.journeyId());
        setText(insert, 12, attribution.journeyActivityId());
        setText(insert, 13, attribution.channel());
        // The message key, what tells one message from another for "opened in the same hour": the message id, or
        // else the endpoint and the campaign run or journey activity that sent it, put together by the statement.
        setText(insert, 14, attribution.messageId());
        if (ledgerMessageId == null) {
            insert.setNull(15, Types.INTEGER);
        } else {
            insert.setLong(15, ledgerMessageId);
        }
        insert.addBatch();
    }

    /** The id the next event inserted will have. */
    long nextId(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT COALESCE(max(id), 0) + 1 FROM event");
                var rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Inserts the batch, then writes the rollups of the imported events from {@code firstId} on, in the caller's
     * transaction: the daily counts from the batch's own copy, the others read back from the event table, their
     * endpoints' sets among them; the engine's endpoints queued for the sets go in too.
     */
    void rollUp(Connection connection, PreparedStatement insert, BatchDailyCounts daily, long firstId)
            throws SQLException {
        insert.executeBatch();
        daily.write(connection);
        try (var statement = connection.prepareStatement(HOURLY_ROLL_UP)) {
            statement.setLong(1, firstId);
            statement.executeUpdate();
        }
        EndpointSets sets = new EndpointSets();
        sets.add(connection, IMPORTED_OUTSIDE_ENDPOINTS, IMPORTED_ENDPOINT_SETS, firstId);
        sets.foldPending(connection);
    }

    boolean anyQueuedEndpoints(Connection connection) throws SQLException {
        try (var query = connection.prepareStatement("SELECT 1 FROM event_endpoint_set_pending LIMIT 1");
                var rows = query.executeQuery()) {
            return rows.next();
        }
    }

    /** Moves the engine's endpoints queued for the per-day endpoint sets into them, in the caller's transaction. */
    void foldQueuedEndpoints(Connection connection) throws SQLException {
        new EndpointSets().foldPending(connection);
    }

    private static String quoted(List<String> types) {
        return String.join(", ", types.stream().map(type -> "'" + type + "'").toList());
    }

    /** The app's own event types the workspace has seen (not Pinpoint's, which begin with an underscore). */
    Set<String> customEventTypes(Connection connection) throws SQLException {
        Set<String> types = new HashSet<>();
        try (var query = connection.prepareStatement(
                "SELECT event_type FROM event_type_seen WHERE event_type NOT LIKE '\\_%' ESCAPE '\\'");
                var rows = query.executeQuery()) {
            while (rows.next()) {
                types.add(rows.getString(1));
            }
        }
        return types;
    }

    /** Deletes up to {@code limit} events of days before {@code firstKeptDay} (yyyy-MM-dd); returns how many. */
    int deleteBefore(Connection connection, String firstKeptDay, int limit) throws SQLException {
        int deleted;
        try (var delete = connection.prepareStatement(
                "DELETE FROM event WHERE id IN (SELECT id FROM event WHERE " + DAY + " < ? LIMIT ?)")) {
            delete.setString(1, firstKeptDay);
            delete.setInt(2, limit);
            deleted = delete.executeUpdate();
        }
        try (var delete = connection.prepareStatement("DELETE FROM event_hourly_message WHERE day < ?")) {
            delete.setString(1, firstKeptDay);
            delete.executeUpdate();
        }
        return deleted;
    }

    /**
     * Deletes the events of these endpoints and of this user, and takes the endpoints out of the per-day endpoint sets
     * (those outside the audience are found by the user's events); returns how many events went.
     */
    int erase(Connection connection, String userId, List<Long> endpointKeys) throws SQLException {
        RoaringBitmap numbers = new RoaringBitmap();
        for (long key : endpointKeys) {
            Integer number = EndpointSets.audienceNumber(key);
            if (number != null) {
                numbers.add(number);
            }
        }
        String endpointsOutside = " WHERE endpoint IN (SELECT 'i' || endpoint_id FROM event WHERE user_id = ?"
                + " AND endpoint_key IS NULL AND endpoint_id IS NOT NULL)";
        if (userId != null) {
            numbers.or(EndpointSets.numbersOf(connection, endpointsOutside, userId));
        }
        new EndpointSets().removeEverywhere(connection, numbers);
        int erased = 0;
        for (long key : endpointKeys) {
            erased += delete(connection, "DELETE FROM event WHERE endpoint_key = ?", key);
        }
        if (userId != null) {
            delete(connection, "DELETE FROM event_endpoint_number" + endpointsOutside, userId);
            erased += delete(connection, "DELETE FROM event WHERE user_id = ?", userId);
        }
        return erased;
    }

    private static int delete(Connection connection, String sql, Object value) throws SQLException {
        try (var delete = connection.prepareStatement(sql)) {
            delete.setObject(1, value);
            return delete.executeUpdate();
        }
    }

    private static String json(Map<String, ?> values) {
        return JsonObjectText.of(values);
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
