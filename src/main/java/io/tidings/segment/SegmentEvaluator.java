package io.tidings.segment;

import io.tidings.store.Database;
import io.tidings.work.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * Evaluates segment definitions inside SQLite: counts, per-criterion counts, members. The same
 * evaluator serves the builder's live count, campaigns and journeys.
 */
public final class SegmentEvaluator {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON_LIST =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** Below this many endpoints a count is one query: a second connection would cost more than it saves. */
    private static final int SPLIT_FROM_ENDPOINTS = 50_000;
    private static final long MIDDLE_REFRESH_NANOS = 60_000_000_000L;
    private static final ExecutorService HALVES = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "segment-count");
        thread.setDaemon(true);
        return thread;
    });

    private final Database database;
    private final SegmentSources sources;
    private final int splitFromEndpoints;
    private final int longListsFrom;
    private volatile Middle middle;

    /** The middle user id, and when it was found. */
    private record Middle(String userId, long foundAt) {
    }

    SegmentEvaluator(Database database, SegmentSources sources) {
        this(database, sources, SPLIT_FROM_ENDPOINTS);
    }

    /** @param splitFromEndpoints the audience size from which a count runs in two halves */
    SegmentEvaluator(Database database, SegmentSources sources, int splitFromEndpoints) {
        this(database, sources, splitFromEndpoints, ValueList.LONG_FROM);
    }

    /** @param longListsFrom lists of more values than this are matched as one JSON array */
    SegmentEvaluator(Database database, SegmentSources sources, int splitFromEndpoints, int longListsFrom) {
        this.database = database;
        this.sources = sources;
        this.splitFromEndpoints = splitFromEndpoints;
        this.longListsFrom = longListsFrom;
    }

    /**
     * Endpoints and users matching {@code definition}. A large audience is counted in two halves
     * split at the middle user id, on two connections at once: a user's endpoints all fall in one
     * half, so the halves' user counts add up. The halves read in two transactions, so a write
     * that lands between them can be counted in one half and not the other.
     */
    public SegmentCount count(SegmentDefinition definition) {
        SqlCondition condition = database.read(connection -> condition(connection, definition));
        String middle = middleUser();
        if (middle == null) {
            return database.read(connection -> count(connection,
                    "SELECT count(*), count(DISTINCT e.user_id) FROM endpoint e WHERE " + condition.sql(), condition));
        }
        SqlCondition upperHalf = SqlCondition.all(List.of(SqlCondition.of("e.user_id >= ?", middle), condition));
        CompletableFuture<SegmentCount> upper = CompletableFuture.supplyAsync(() -> database.read(connection ->
                count(connection, "SELECT count(*), count(DISTINCT e.user_id) FROM endpoint e WHERE " + upperHalf.sql(),
                        upperHalf)), HALVES);
        SqlCondition lowerHalf = SqlCondition.all(List.of(SqlCondition.of("e.user_id < ?", middle), condition));
        SqlCondition withoutUser = SqlCondition.all(List.of(SqlCondition.of("e.user_id IS NULL"), condition));
        List<Object> parameters = new ArrayList<>(lowerHalf.parameters());
        parameters.addAll(withoutUser.parameters());
        SegmentCount lower = database.read(connection -> count(connection, "SELECT sum(endpoints), sum(users) FROM ("
                + "SELECT count(*) AS endpoints, count(DISTINCT e.user_id) AS users FROM endpoint e WHERE " + lowerHalf.sql()
                + " UNION ALL SELECT count(*), 0 FROM endpoint e WHERE " + withoutUser.sql() + ")",
                new SqlCondition("", parameters)));
        try {
            SegmentCount other = upper.join();
            return new SegmentCount(lower.endpoints() + other.endpoints(), lower.users() + other.users());
        } catch (java.util.concurrent.CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
        }
    }

    private static SegmentCount count(Connection connection, String sql, SqlCondition condition) throws SQLException {
        try (PreparedStatement count = prepare(connection, sql, condition); ResultSet rows = count.executeQuery()) {
            rows.next();
            return new SegmentCount(rows.getLong(1), rows.getLong(2));
        }
    }

    /**
     * The user id in the middle of the segment index, or null when the audience is too small to
     * be worth two connections. Refreshed every minute: an old one only makes the halves uneven.
     */
    private String middleUser() {
        Middle known = middle;
        if (known != null && System.nanoTime() - known.foundAt() < MIDDLE_REFRESH_NANOS) {
            return known.userId();
        }
        String found = database.read(connection -> {
            try (var statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT user_id FROM endpoint WHERE user_id IS NOT NULL"
                            + " AND (SELECT count(*) FROM endpoint) >= " + splitFromEndpoints
                            + " ORDER BY user_id LIMIT 1 OFFSET (SELECT count(user_id) / 2 FROM endpoint)")) {
                return rows.next() ? rows.getString(1) : null;
            }
        });
        middle = new Middle(found, System.nanoTime());
        return found;
    }

    /** For each criterion of each group, how many endpoints it keeps on its own. */
    public List<CriterionCount> criterionCounts(SegmentDefinition definition, Progress progress) {
        SegmentLimits.check(definition);
        return database.read(connection -> {
            SegmentCompiler compiler = compiler(connection);
            List<SegmentCompiler.Criterion> criteria = new ArrayList<>();
            for (int group = 0; group < definition.groups().size(); group++) {
                var dimensions = definition.groups().get(group).dimensions();
                for (int index = 0; index < dimensions.size(); index++) {
                    criteria.addAll(compiler.criteria(dimensions.get(index), "Groups[" + group + "].Dimensions[" + index + "]"));
                }
            }
            List<CriterionCount> counts = new ArrayList<>();
            for (SegmentCompiler.Criterion criterion : criteria) {
                progress.checkCancelled();
                try (PreparedStatement count = prepare(connection,
                        "SELECT count(*) FROM endpoint e WHERE " + criterion.condition().sql(), criterion.condition());
                        ResultSet rows = count.executeQuery()) {
                    rows.next();
                    counts.add(new CriterionCount(criterion.path(), rows.getLong(1)));
                }
            }
            return counts;
        });
    }

    /** The first {@code limit} members, oldest endpoints first. */
    public List<SegmentMember> sample(SegmentDefinition definition, int limit) {
        return database.read(connection -> {
            SqlCondition condition = condition(connection, definition);
            try (PreparedStatement select = prepare(connection,
                    "SELECT e.id, e.channel_type, e.address, e.user_id, e.country FROM endpoint e WHERE "
                            + condition.sql() + " ORDER BY e.key LIMIT " + Math.max(0, limit), condition);
                    ResultSet rows = select.executeQuery()) {
                List<SegmentMember> members = new ArrayList<>();
                while (rows.next()) {
                    members.add(new SegmentMember(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5)));
                }
                return members;
            }
        });
    }

    /**
     * Hands every member's endpoint key to {@code member}, in key order, for sending and
     * exporting; returns how many there were.
     */
    public long forEachMember(SegmentDefinition definition, LongConsumer member) {
        return database.read(connection -> {
            SqlCondition condition = condition(connection, definition);
            long count = 0;
            try (PreparedStatement select = prepare(connection,
                    "SELECT e.key FROM endpoint e WHERE " + condition.sql() + " ORDER BY e.key", condition);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    member.accept(rows.getLong(1));
                    count++;
                }
            }
            return count;
        });
    }

    /**
     * Hands every member to {@code member} with the fields sending needs, in key order, in one streaming read of
     * only those columns; returns how many there were.
     */
    public long forEachMemberEndpoint(SegmentDefinition definition, java.util.function.Consumer<MemberEndpoint> member) {
        return database.read(connection -> {
            SqlCondition condition = condition(connection, definition);
            long count = 0;
            // Each column the driver hands over is a native call, the cost of this read: the two flags come as one
            // number, and the channel type (one of a few names) and the time zone as one text split at U+001F.
            try (PreparedStatement select = prepare(connection, "SELECT e.key, (e.endpoint_status = 'ACTIVE') "
                    + "| ((e.opt_out = 'ALL') << 1), e.id, e.address, e.channel_type || char(31) || "
                    + "coalesce(e.timezone, '') FROM endpoint e WHERE " + condition.sql() + " ORDER BY e.key", condition);
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int flags = rows.getInt(2);
                    String channelAndZone = rows.getString(5);
                    int separator = channelAndZone.indexOf('\u001F');
                    String timezone = channelAndZone.substring(separator + 1);
                    member.accept(new MemberEndpoint(rows.getLong(1), rows.getString(3),
                            channelAndZone.substring(0, separator), rows.getString(4), (flags & 1) != 0, (flags & 2) != 0,
                            timezone.isEmpty() ? null : timezone));
                    count++;
                }
            }
            return count;
        });
    }

    /**
     * The members among the endpoints with these ids, with the fields sending needs, in key order: the segment's
     * criteria evaluated for just those endpoints (found by their id), not for the whole audience.
     */
    public List<MemberEndpoint> membersAmong(SegmentDefinition definition, java.util.Collection<String> endpointIds) {
        if (endpointIds.isEmpty()) {
            return List.of();
        }
        return database.read(connection -> {
            SqlCondition condition = condition(connection, definition);
            List<MemberEndpoint> members = new ArrayList<>();
            try (PreparedStatement select = prepare(connection, "SELECT e.key, e.id, e.channel_type, e.address, "
                    + "e.endpoint_status = 'ACTIVE', e.opt_out = 'ALL', e.timezone FROM endpoint e "
                    + "WHERE (" + condition.sql() + ") AND e.id IN (SELECT value FROM json_each(?)) ORDER BY e.key",
                    condition)) {
                select.setString(condition.parameters().size() + 1, JSON_LIST.writeValueAsString(endpointIds));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        members.add(new MemberEndpoint(rows.getLong(1), rows.getString(2), rows.getString(3),
                                rows.getString(4), rows.getBoolean(5), rows.getBoolean(6), rows.getString(7)));
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("A list of texts is always JSON", e);
            }
            return members;
        });
    }

    /**
     * Throws {@link InvalidSegmentException} when the definition cannot be evaluated: past Pinpoint's limits,
     * criteria that make no sense, or SQL that SQLite would refuse (checked by preparing the count).
     */
    void check(SegmentDefinition definition) {
        database.read(connection -> {
            SqlCondition condition = condition(connection, definition);
            prepare(connection, "SELECT count(*) FROM endpoint e WHERE " + condition.sql(), condition).close();
            return null;
        });
    }

    /** SQLite's refusal of a segment's SQL in words, when it is about the segment's size; otherwise the refusal itself. */
    private static SQLException tooComplex(SQLException refused) {
        String message = String.valueOf(refused.getMessage());
        if (message.contains("too large") || message.contains("too long") || message.contains("too many")
                || message.contains("TOOBIG")) {
            throw new InvalidSegmentException("Tidings cannot evaluate this segment: with the segments it starts from, "
                    + "its criteria nest too deeply; start it from fewer segments, or give it fewer groups.", refused);
        }
        return refused;
    }

    /** The SQL condition of a definition; for tests and the benchmark's query plan. */
    String conditionSql(SegmentDefinition definition) {
        return database.read(connection -> compiler(connection).compile(definition).sql());
    }

    private SqlCondition condition(Connection connection, SegmentDefinition definition) throws SQLException {
        SegmentLimits.check(definition);
        return compiler(connection).compile(definition);
    }

    private SegmentCompiler compiler(Connection connection) throws SQLException {
        return new SegmentCompiler(CustomColumns.load(connection), sources, Instant.now(), longListsFrom);
    }

    private static PreparedStatement prepare(Connection connection, String sql, SqlCondition condition) throws SQLException {
        PreparedStatement statement;
        try {
            statement = connection.prepareStatement(sql);
        } catch (SQLException refused) {
            throw tooComplex(refused);
        }
        List<Object> parameters = condition.parameters();
        for (int index = 0; index < parameters.size(); index++) {
            statement.setObject(index + 1, parameters.get(index));
        }
        return statement;
    }
}
