package io.tidings.audience;

import io.tidings.store.AttributeColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * An import into an empty audience: it drops the endpoint table's address and segment indexes at
 * the start and builds them once at the end, which SQLite does by sorting, several times faster
 * than keeping them up to date row by row.
 *
 * <p>When the import is one transaction, a cancel or a failure rolls the drop back with everything
 * else, and the 15-endpoints-per-user limit is checked once, at the end: the first endpoint over it
 * is reported at the file line that created it. When the import commits as it goes (skip bad rows),
 * a narrow user index stands in meanwhile, so that the limit is checked batch by batch as usual; the
 * import builds the indexes whatever stops it, and a workspace opened after a crash mid-import gets
 * them then ({@link AttributeColumns#completeIndexes}). Searches by address and segment counts work
 * meanwhile, only without their indexes.
 */
final class EmptyAudienceLoad {

    /** Where key and file line stop moving together: key -> (line - key) from that key on. */
    private final TreeMap<Long, Long> lineOffsets = new TreeMap<>();
    private final boolean countsUsersAtEnd;
    private long lastOffset = Long.MIN_VALUE;
    private boolean userIndexBuilt;
    private boolean addressIndexBuilt;

    private EmptyAudienceLoad(boolean countsUsersAtEnd) {
        this.countsUsersAtEnd = countsUsersAtEnd;
    }

    /** A user with more endpoints than Pinpoint allows, and the line of the first row past the limit. */
    record UserOverLimit(String userId, long line) {
    }

    /** Begins a load that is one transaction: users' endpoints are counted once, at the end. */
    static EmptyAudienceLoad inOneTransaction(Connection connection) throws SQLException {
        dropIndexes(connection);
        return new EmptyAudienceLoad(true);
    }

    /** Begins a load that commits as it goes: a narrow user index serves the per-batch user limit. */
    static EmptyAudienceLoad committingAsItGoes(Connection connection) throws SQLException {
        dropIndexes(connection);
        createLoadingUserIndex(connection);
        return new EmptyAudienceLoad(false);
    }

    private static void dropIndexes(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS " + AttributeColumns.ADDRESS_INDEX);
        }
        AttributeColumns.dropSegmentIndex(connection);
    }

    /** Whether users' endpoints are left uncounted until {@link #firstUserOverLimit}. */
    boolean countsUsersAtEnd() {
        return countsUsersAtEnd;
    }

    /** Notes the line that created the endpoint with this key; keys are given in increasing order. */
    void created(long key, long line) {
        long offset = line - key;
        if (offset != lastOffset) {
            lineOffsets.put(key, offset);
            lastOffset = offset;
        }
    }

    /**
     * Builds a narrow user index (for rows that name a user) or the address index (for rows that do
     * not) before the end, for rows without an Id that may update an endpoint this import wrote
     * ({@link AddressMatches}); it is then kept up to date row by row. The user index goes at the end,
     * as the one a load that commits as it goes keeps.
     */
    void buildLookupIndexEarly(Connection connection, boolean byUser) throws SQLException {
        if (byUser && !userIndexBuilt) {
            createLoadingUserIndex(connection);
            userIndexBuilt = true;
        } else if (!byUser && !addressIndexBuilt) {
            AttributeColumns.buildAddressIndex(connection);
            addressIndexBuilt = true;
        }
    }

    private static void createLoadingUserIndex(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS " + AttributeColumns.LOADING_USER_INDEX
                    + " ON endpoint (user_id)");
        }
    }

    void buildIndexes(Connection connection) throws SQLException {
        AttributeColumns.buildAddressIndex(connection);
        AttributeColumns.rebuildSegmentIndex(connection);
        try (var statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS " + AttributeColumns.LOADING_USER_INDEX);
        }
    }

    /** The user whose 16th endpoint came first in the file, or null when every user is within the limit. */
    UserOverLimit firstUserOverLimit(Connection connection) throws SQLException {
        String firstUser = null;
        long firstKey = Long.MAX_VALUE;
        try (var statement = connection.createStatement();
                var users = statement.executeQuery("SELECT user_id FROM endpoint WHERE user_id IS NOT NULL"
                        + " GROUP BY user_id HAVING count(*) > " + EndpointRules.MAX_ENDPOINTS_PER_USER);
                PreparedStatement overLimit = connection.prepareStatement(
                        "SELECT key FROM endpoint WHERE user_id = ? ORDER BY key LIMIT 1 OFFSET "
                                + EndpointRules.MAX_ENDPOINTS_PER_USER)) {
            while (users.next()) {
                overLimit.setString(1, users.getString(1));
                try (var key = overLimit.executeQuery()) {
                    if (key.next() && key.getLong(1) < firstKey) {
                        firstKey = key.getLong(1);
                        firstUser = users.getString(1);
                    }
                }
            }
        }
        if (firstUser == null) {
            return null;
        }
        Map.Entry<Long, Long> offset = lineOffsets.floorEntry(firstKey);
        return new UserOverLimit(firstUser, offset == null ? 0 : firstKey + offset.getValue());
    }
}
