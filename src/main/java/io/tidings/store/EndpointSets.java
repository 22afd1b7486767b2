package io.tidings.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.buffer.ImmutableRoaringBitmap;

/**
 * The per-day endpoint sets of migration 030: for each group (day, event type, campaign, run, treatment, journey,
 * activity), the group's endpoints as a compressed bitmap of endpoint numbers, so that the distinct endpoints of a
 * range are the cardinality of a union of sets instead of a distinct count over a row for each endpoint of each group
 * and day (the table {@code event_endpoint_daily} that migration 030 built the sets from and 034 dropped).
 *
 * <p>An endpoint's number is its audience key ({@code 'k' || key}); an endpoint not in the audience ({@code 'i' ||
 * endpoint id}) is numbered in {@code event_endpoint_number}, from 2^31 on, as RoaringBitmap reads an int unsigned.
 * The engine's events are rolled up by migration 015's trigger, which cannot run Java: migration 030's trigger queues
 * their groups' endpoints in {@code event_endpoint_set_pending}, which {@link #foldPending} moves into the sets and
 * which readers add to what the sets hold until then.
 */
public final class EndpointSets {

    /** The columns of a set's group, in the table's key order; what {@link #add} reads gives these, then numbers. */
    public static final List<String> GROUP_COLUMNS = List.of("campaign_id", "event_type", "day",
            "campaign_activity_id", "treatment_id", "journey_id", "journey_activity_id");

    private static final String GROUP = String.join(", ", GROUP_COLUMNS);
    private static final String GROUP_MATCHES = String.join(" AND ",
            GROUP_COLUMNS.stream().map(column -> column + " = ?").toList());
    private static final long FIRST_OUTSIDE_NUMBER = 1L << 31;

    /**
     * SQL of the number of the endpoint {@code endpoint} (an SQL expression of its text, its columns named with
     * their table's), null for one outside the audience not numbered yet: an integer from 0 to 2^32, read back as an
     * unsigned int.
     */
    public static String number(String endpoint) {
        return "CASE WHEN substr(" + endpoint + ", 1, 1) = 'k' THEN CAST(substr(" + endpoint + ", 2) AS INTEGER)"
                + " ELSE (SELECT " + FIRST_OUTSIDE_NUMBER + " + n.number FROM event_endpoint_number n"
                + " WHERE n.endpoint = " + endpoint + ") END";
    }

    /** SQL of the numbers of a group's endpoints ({@code endpoint} as in {@link #number}), for {@link #add}. */
    public static String numbers(String endpoint) {
        return "group_concat(" + number(endpoint) + ")";
    }

    /** Migration 030's step: builds every set from the rows of {@code event_endpoint_daily}, which 034 drops. */
    public static void buildFromDailyRows(Connection connection) throws SQLException {
        new EndpointSets().add(connection,
                "SELECT DISTINCT endpoint FROM event_endpoint_daily WHERE endpoint GLOB 'i*'", "SELECT " + GROUP + ", "
                        + numbers("event_endpoint_daily.endpoint") + " FROM event_endpoint_daily GROUP BY " + GROUP);
    }

    /**
     * Adds endpoints to their groups' sets, in the caller's transaction: {@code outsideEndpoints} selects the texts
     * of those outside the audience, which are numbered first; {@code groups} selects each group's columns in
     * {@link #GROUP_COLUMNS}' order, then its endpoints' {@link #numbers}. Both take the same parameters.
     */
    public void add(Connection connection, String outsideEndpoints, String groups, Object... parameters)
            throws SQLException {
        try (PreparedStatement numbering = connection.prepareStatement(
                "INSERT OR IGNORE INTO event_endpoint_number (endpoint) " + outsideEndpoints)) {
            bind(numbering, parameters);
            numbering.executeUpdate();
        }
        Map<List<String>, RoaringBitmap> added = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(groups)) {
            bind(query, parameters);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    added.computeIfAbsent(group(row), key -> new RoaringBitmap())
                            .or(parse(row.getString(GROUP_COLUMNS.size() + 1)));
                }
            }
        }
        addToStored(connection, added);
    }

    /** Moves the endpoints the engine's trigger queued into their sets, in the caller's transaction. */
    public void foldPending(Connection connection) throws SQLException {
        add(connection, "SELECT endpoint FROM event_endpoint_set_pending WHERE endpoint GLOB 'i*'",
                "SELECT " + GROUP + ", " + numbers("event_endpoint_set_pending.endpoint")
                        + " FROM event_endpoint_set_pending GROUP BY " + GROUP);
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM event_endpoint_set_pending");
        }
    }

    /**
     * Takes endpoints (their numbers) out of every set that holds them, a set left empty with them, and out of the
     * queue, in the caller's transaction: for erasing a user. Every set is read, since the sets outlive the events
     * that would say which groups an endpoint was in; a set is a few bytes an endpoint, read without unpacking it.
     */
    public void removeEverywhere(Connection connection, RoaringBitmap numbers) throws SQLException {
        if (numbers.isEmpty()) {
            return;
        }
        foldPending(connection);
        ImmutableRoaringBitmap removed = numbers.toMutableRoaringBitmap();
        try (PreparedStatement sets = connection.prepareStatement("SELECT id, endpoints FROM event_endpoint_set");
                PreparedStatement write = connection.prepareStatement(
                        "UPDATE event_endpoint_set SET endpoints = ? WHERE id = ?");
                PreparedStatement delete = connection.prepareStatement("DELETE FROM event_endpoint_set WHERE id = ?");
                ResultSet set = sets.executeQuery()) {
            while (set.next()) {
                byte[] stored = set.getBytes(2);
                if (!ImmutableRoaringBitmap.intersects(new ImmutableRoaringBitmap(ByteBuffer.wrap(stored)), removed)) {
                    continue;
                }
                RoaringBitmap endpoints = read(stored);
                endpoints.andNot(numbers);
                if (endpoints.isEmpty()) {
                    delete.setLong(1, set.getLong(1));
                    delete.executeUpdate();
                } else {
                    endpoints.runOptimize();
                    write.setBytes(1, bytes(endpoints));
                    write.setLong(2, set.getLong(1));
                    write.executeUpdate();
                }
            }
        }
    }

    /**
     * The numbers of the endpoints outside the audience that {@code where} selects from {@code
     * event_endpoint_number} (its column {@code endpoint}, the text {@code 'i' || endpoint id}).
     */
    public static RoaringBitmap numbersOf(Connection connection, String where, Object... parameters)
            throws SQLException {
        RoaringBitmap numbers = new RoaringBitmap();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + FIRST_OUTSIDE_NUMBER + " + number FROM event_endpoint_number" + where)) {
            bind(query, parameters);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    numbers.add((int) row.getLong(1));
                }
            }
        }
        return numbers;
    }

    /** The set's bytes as stored, back into a bitmap. */
    public static RoaringBitmap read(byte[] stored) {
        RoaringBitmap endpoints = new RoaringBitmap();
        try {
            endpoints.deserialize(ByteBuffer.wrap(stored));
        } catch (IOException e) {
            throw new UncheckedIOException("An endpoint set of the workspace cannot be read", e);
        }
        return endpoints;
    }

    /** The number of the audience's endpoint with this key, or null for a key too large to be one (never seen). */
    public static Integer audienceNumber(long key) {
        return key >= 0 && key < FIRST_OUTSIDE_NUMBER ? (int) key : null;
    }

    /** The numbers {@link #numbers} wrote, comma-separated; none for null (no endpoint numbered). */
    static RoaringBitmap parse(String numbers) {
        RoaringBitmap endpoints = new RoaringBitmap();
        if (numbers == null) {
            return endpoints;
        }
        long number = 0;
        for (int i = 0; i < numbers.length(); i++) {
            char digit = numbers.charAt(i);
            if (digit == ',') {
                endpoints.add((int) number);
                number = 0;
            } else {
                number = number * 10 + (digit - '0');
            }
        }
        endpoints.add((int) number);
        return endpoints;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** Adds each group's endpoints to its stored set, or stores it as the group's first. */
    private static void addToStored(Connection connection, Map<List<String>, RoaringBitmap> added)
            throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        try (PreparedStatement load = connection.prepareStatement(
                "SELECT endpoints FROM event_endpoint_set WHERE " + GROUP_MATCHES);
                PreparedStatement write = writing(connection)) {
            for (Map.Entry<List<String>, RoaringBitmap> group : added.entrySet()) {
                bindGroup(load, group.getKey());
                RoaringBitmap endpoints = group.getValue();
                try (ResultSet row = load.executeQuery()) {
                    if (row.next()) {
                        endpoints.or(read(row.getBytes(1)));
                    }
                }
                write(write, group.getKey(), endpoints);
            }
        }
    }

    private static PreparedStatement writing(Connection connection) throws SQLException {
        return connection.prepareStatement("INSERT INTO event_endpoint_set (" + GROUP + ", endpoints) VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (" + GROUP + ") DO UPDATE SET endpoints = excluded.endpoints");
    }

    private static void write(PreparedStatement write, List<String> group, RoaringBitmap endpoints)
            throws SQLException {
        endpoints.runOptimize();
        bindGroup(write, group);
        write.setBytes(GROUP_COLUMNS.size() + 1, bytes(endpoints));
        write.executeUpdate();
    }

    private static byte[] bytes(RoaringBitmap endpoints) {
        ByteBuffer bytes = ByteBuffer.allocate(endpoints.serializedSizeInBytes());
        endpoints.serialize(bytes);
        return bytes.array();
    }

    private static void bindGroup(PreparedStatement statement, List<String> group) throws SQLException {
        for (int i = 0; i < group.size(); i++) {
            statement.setString(i + 1, group.get(i));
        }
    }

    private static List<String> group(ResultSet row) throws SQLException {
        String[] group = new String[GROUP_COLUMNS.size()];
        for (int i = 0; i < group.length; i++) {
            group[i] = row.getString(i + 1);
        }
        return List.of(group);
    }
}
