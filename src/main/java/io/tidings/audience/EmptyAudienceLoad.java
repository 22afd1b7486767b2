package io.tidings.audience;

import io.tidings.store.AttributeColumns;
import io.tidings.store.IndexBuild;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * An import into an empty audience that is one transaction: it drops the endpoint table's
 * secondary indexes at the start and builds them once at the end, which SQLite does by sorting,
 * several times faster than keeping them up to date row by row. A cancel or a failure rolls the
 * drop back with everything else.
 *
 * <p>Without the user index, the 15-endpoints-per-user limit is checked once, at the end, and the
 * first endpoint over it is reported at the file line that created it.
 */
final class EmptyAudienceLoad {

    private static final String ADDRESS_INDEX = "CREATE INDEX endpoint_by_address ON endpoint (address)";

    /** Where key and file line stop moving together: key -> (line - key) from that key on. */
    private final TreeMap<Long, Long> lineOffsets = new TreeMap<>();
    private long lastOffset = Long.MIN_VALUE;

    private EmptyAudienceLoad() {
    }

    /** A user with more endpoints than Pinpoint allows, and the line of the first row past the limit. */
    record UserOverLimit(String userId, long line) {
    }

    static EmptyAudienceLoad begin(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS endpoint_by_address");
        }
        AttributeColumns.dropSegmentIndex(connection);
        return new EmptyAudienceLoad();
    }

    /** Notes the line that created the endpoint with this key; keys are given in increasing order. */
    void created(long key, long line) {
        long offset = line - key;
        if (offset != lastOffset) {
            lineOffsets.put(key, offset);
            lastOffset = offset;
        }
    }

    void buildIndexes(Connection connection) throws SQLException {
        IndexBuild.create(connection, ADDRESS_INDEX);
        AttributeColumns.rebuildSegmentIndex(connection);
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
