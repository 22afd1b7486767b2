package io.tidings.segment;

import io.tidings.store.Database;
import io.tidings.work.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Evaluates segment definitions inside SQLite: counts, per-criterion counts, members. The same
 * evaluator serves the builder's live count, campaigns and journeys.
 */
public final class SegmentEvaluator {

    private final Database database;
    private final SegmentSources sources;

    SegmentEvaluator(Database database, SegmentSources sources) {
        this.database = database;
        this.sources = sources;
    }

    /** Endpoints and users matching {@code definition}. */
    public SegmentCount count(SegmentDefinition definition) {
        return database.read(connection -> {
            SqlCondition condition = compiler(connection).compile(definition);
            try (PreparedStatement count = prepare(connection,
                    "SELECT count(*), count(DISTINCT e.user_id) FROM endpoint e WHERE " + condition.sql(), condition)) {
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return new SegmentCount(rows.getLong(1), rows.getLong(2));
                }
            }
        });
    }

    /** For each criterion of each group, how many endpoints it keeps on its own. */
    public List<CriterionCount> criterionCounts(SegmentDefinition definition, Progress progress) {
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
            SqlCondition condition = compiler(connection).compile(definition);
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
            SqlCondition condition = compiler(connection).compile(definition);
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

    /** Throws {@link InvalidSegmentException} when the definition cannot be evaluated. */
    void check(SegmentDefinition definition) {
        database.read(connection -> compiler(connection).compile(definition));
    }

    /** The SQL condition of a definition; for tests and the benchmark's query plan. */
    String conditionSql(SegmentDefinition definition) {
        return database.read(connection -> compiler(connection).compile(definition).sql());
    }

    private SegmentCompiler compiler(Connection connection) throws SQLException {
        Map<String, Map<String, Long>> byScope = new HashMap<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT scope, name, id FROM attribute_name")) {
            while (rows.next()) {
                byScope.computeIfAbsent(rows.getString(1), scope -> new HashMap<>()).put(rows.getString(2), rows.getLong(3));
            }
        }
        AttributeNameIds names = new AttributeNameIds(byScope.getOrDefault("ATTRIBUTE", Map.of()),
                byScope.getOrDefault("USER_ATTRIBUTE", Map.of()), byScope.getOrDefault("METRIC", Map.of()));
        return new SegmentCompiler(names, sources, Instant.now());
    }

    private static PreparedStatement prepare(Connection connection, String sql, SqlCondition condition) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        List<Object> parameters = condition.parameters();
        for (int index = 0; index < parameters.size(); index++) {
            statement.setObject(index + 1, parameters.get(index));
        }
        return statement;
    }
}
