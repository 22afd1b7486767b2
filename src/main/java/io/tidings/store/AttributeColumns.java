package io.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The endpoint table's columns for custom attributes, user attributes and metrics, one per name
 * in {@code attribute_name}, and the segment index that covers them.
 *
 * <p>An attribute's values share one TEXT cell, each value between two {@link #SEPARATOR}s
 * ({@code "\u001Frunning\u001Fcycling\u001F"}), so that "has the value v" is a substring test for
 * {@code "\u001Fv\u001F"}; a metric is a REAL cell. The segment index holds the columns segments
 * filter on, user id first: a segment count reads it instead of the wider table, the same index
 * finds a user's endpoints, and a count split by user id range can run on two connections.
 */
public final class AttributeColumns {

    /** Stands between an attribute's values in its cell, and before the first and after the last. */
    public static final char SEPARATOR = '\u001F';

    public static final String SEGMENT_INDEX = "endpoint_segment";

    public static final String ADDRESS_INDEX = "endpoint_by_address";

    /**
     * A narrow index on user id that an import into an empty audience which commits as it goes
     * keeps in place of the address and segment indexes, which it builds at its end: the limit of
     * 15 endpoints per user is checked batch by batch, which needs a user's endpoints found fast.
     */
    public static final String LOADING_USER_INDEX = "endpoint_by_user_while_loading";

    /** The standard columns that segments filter on, after user_id. */
    private static final String SEGMENT_STANDARD_COLUMNS = "user_id, channel_type, country, platform, make, model, "
            + "app_version, latitude, longitude, effective_date";

    private AttributeColumns() {
    }

    /** The column of the name with this id and scope (ATTRIBUTE, USER_ATTRIBUTE or METRIC). */
    public static String columnName(String scope, long id) {
        return scope.toLowerCase(java.util.Locale.ROOT) + "_" + id;
    }

    /** Adds the endpoint column for a new name and records it; the segment index needs a rebuild after. */
    public static String add(Connection connection, String scope, long id) throws SQLException {
        String column = columnName(scope, id);
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE endpoint ADD COLUMN " + column + ("METRIC".equals(scope) ? " REAL" : " TEXT"));
        }
        try (var record = connection.prepareStatement("UPDATE attribute_name SET column_name = ? WHERE id = ?")) {
            record.setString(1, column);
            record.setLong(2, id);
            record.executeUpdate();
        }
        return column;
    }

    /** (Re)creates the segment index over the standard segment columns and every custom column. */
    public static void rebuildSegmentIndex(Connection connection) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT column_name FROM attribute_name ORDER BY id")) {
            while (rows.next()) {
                columns.add(rows.getString(1));
            }
        }
        dropSegmentIndex(connection);
        IndexBuild.create(connection, "CREATE INDEX " + SEGMENT_INDEX + " ON endpoint (" + SEGMENT_STANDARD_COLUMNS
                + columns.stream().map(column -> ", " + column).reduce("", String::concat) + ")");
    }

    /** Builds the address index (after a load that went without it). */
    public static void buildAddressIndex(Connection connection) throws SQLException {
        IndexBuild.create(connection, "CREATE INDEX IF NOT EXISTS " + ADDRESS_INDEX + " ON endpoint (address)");
    }

    /**
     * Whether the endpoint table lacks an index it should have, or keeps a loading one: an import that
     * committed as it went and was stopped before its end (the process killed, the machine off).
     */
    public static boolean indexesIncomplete(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT"
                + " (SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN (?, ?)),"
                + " (SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?)")) {
            statement.setString(1, SEGMENT_INDEX);
            statement.setString(2, ADDRESS_INDEX);
            statement.setString(3, LOADING_USER_INDEX);
            try (var counts = statement.executeQuery()) {
                counts.next();
                return counts.getInt(1) < 2 || counts.getInt(2) > 0;
            }
        }
    }

    /** Builds the address and segment indexes when missing and drops the loading index. */
    public static void completeIndexes(Connection connection) throws SQLException {
        buildAddressIndex(connection);
        boolean segmentIndexMissing;
        try (var statement = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?")) {
            statement.setString(1, SEGMENT_INDEX);
            try (var count = statement.executeQuery()) {
                segmentIndexMissing = count.next() && count.getInt(1) == 0;
            }
        }
        if (segmentIndexMissing) {
            rebuildSegmentIndex(connection);
        }
        try (var statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS " + LOADING_USER_INDEX);
        }
    }

    public static void dropSegmentIndex(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("DROP INDEX IF EXISTS " + SEGMENT_INDEX);
        }
    }

    /** Migration 11: one column per name, the values copied in order, the per-value tables dropped. */
    static void moveValuesIntoColumns(Connection connection) throws SQLException {
        record Name(long id, String scope) {
        }
        List<Name> names = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT id, scope FROM attribute_name ORDER BY id")) {
            while (rows.next()) {
                names.add(new Name(rows.getLong(1), rows.getString(2)));
            }
        }
        for (Name name : names) {
            String column = add(connection, name.scope(), name.id());
            // Only the endpoints that have the name are rewritten: the work follows the data, not names x rows.
            String table = "METRIC".equals(name.scope()) ? "endpoint_metric" : "endpoint_attribute";
            String value = "METRIC".equals(name.scope()) ? "(SELECT value"
                    : "(SELECT char(31) || group_concat(value, char(31) ORDER BY position) || char(31)";
            String copy = "UPDATE endpoint SET " + column + " = " + value + " FROM " + table
                    + " WHERE endpoint_key = endpoint.key AND name_id = ?1)"
                    + " WHERE key IN (SELECT endpoint_key FROM " + table + " WHERE name_id = ?1)";
            try (var update = connection.prepareStatement(copy)) {
                update.setLong(1, name.id());
                update.executeUpdate();
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("DROP TABLE endpoint_attribute");
            statement.execute("DROP TABLE endpoint_metric");
        }
        rebuildSegmentIndex(connection);
    }
}
