package io.tidings.bench;

import io.tidings.audience.AudienceFilter;
import io.tidings.audience.AudienceService;
import io.tidings.segment.SegmentCount;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentService;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Times the segment count the builder and campaigns use, on the audience benchmark's workspace
 * (run the import benchmark first: it leaves {@code target/bench/bench.tidings}), against the best
 * of several hand-written SQLite queries for the same question on the same file, in the same run.
 * Also times what the audience table needs at that size: the count with the first page, and the
 * page index; and the same for the People view (the endpoint table grouped by user id).
 *
 * <p>Arguments: the workspace file (default target/bench/bench.tidings).
 */
public final class SegmentCountBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;

    /** Country in {US, CA} AND Attributes.Interests includes "running" AND Metrics.Purchases > 2. */
    private static final String SEGMENT = """
            {"SegmentGroups": {"Include": "ALL", "Groups": [{"Type": "ALL", "Dimensions": [{
              "Location": {"Country": {"DimensionType": "INCLUSIVE", "Values": ["US", "CA"]}},
              "Attributes": {"Interests": {"AttributeType": "INCLUSIVE", "Values": ["running"]}},
              "Metrics": {"Purchases": {"ComparisonOperator": "GREATER_THAN", "Value": 2}}}]}]}}""";

    /** Each value of an attribute sits between two U+001F separators in the attribute's column. */
    private static final List<String> HAND_WRITTEN = List.of(
            """
            SELECT count(*), count(DISTINCT e.user_id) FROM endpoint e
            WHERE e.country IN ('US', 'CA') AND instr(e.:interests, char(31) || 'running' || char(31)) > 0
              AND e.:purchases > 2""",
            """
            SELECT count(*), count(DISTINCT e.user_id) FROM endpoint e NOT INDEXED
            WHERE e.country IN ('US', 'CA') AND instr(e.:interests, char(31) || 'running' || char(31)) > 0
              AND e.:purchases > 2""",
            """
            SELECT count(*), count(DISTINCT e.user_id) FROM endpoint e
            WHERE e.:purchases > 2 AND e.:interests LIKE '%' || char(31) || 'running' || char(31) || '%'
              AND e.country IN ('US', 'CA')""");

    private SegmentCountBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "target/bench/bench.tidings");
        if (!Files.exists(file)) {
            System.err.println(file + " does not exist: run the audience import benchmark first (mvn -Pbench verify).");
            System.exit(1);
        }
        try (Workspace workspace = new WorkspaceService().open(file)) {
            SegmentService segments = new SegmentService(workspace.database());
            AudienceService audience = new AudienceService(workspace.database());
            SegmentDefinition definition = SegmentJson.read(SEGMENT);
            long endpoints = audience.summary().endpoints();

            SegmentCount counted = segments.count(definition);
            double tidings = median(() -> segments.count(definition).endpoints());

            double best = Double.MAX_VALUE;
            String bestQuery = null;
            for (String query : HAND_WRITTEN) {
                String sql = query.replace(":interests", column(workspace, "ATTRIBUTE", "Interests"))
                        .replace(":purchases", column(workspace, "METRIC", "Purchases"));
                long[] check = workspace.database().read(connection -> count(connection, sql));
                if (check[0] != counted.endpoints() || check[1] != counted.users()) {
                    throw new IllegalStateException("A hand-written query disagrees: " + Arrays.toString(check) + " vs " + counted);
                }
                double median = median(() -> workspace.database().read(connection -> count(connection, sql))[0]);
                if (median < best) {
                    best = median;
                    bestQuery = sql;
                }
            }

            double firstPage = median(() -> audience.count(AudienceFilter.ALL) + audience.page(AudienceFilter.ALL, Long.MIN_VALUE, 200).size());
            double pageIndex = median(() -> audience.pageIndex(AudienceFilter.ALL, 200).total());
            var index = audience.pageIndex(AudienceFilter.ALL, 200);
            double deepPage = median(() -> audience.page(AudienceFilter.ALL, index.startOf(index.pages() - 1), 200).size());
            AudienceFilter sms = new AudienceFilter("", io.tidings.audience.ChannelType.SMS, null);
            double peopleFirstPage = median(() -> audience.countPeople(AudienceFilter.ALL)
                    + audience.people(AudienceFilter.ALL, "", 200).size());
            double peopleIndex = median(() -> audience.peopleIndex(AudienceFilter.ALL, 200).total());
            var people = audience.peopleIndex(AudienceFilter.ALL, 200);
            double peopleDeepPage = median(() -> audience.people(AudienceFilter.ALL,
                    people.startOf(people.pages() - 1), 200).size());
            double smsPeopleFirstPage = median(() -> audience.countPeople(sms) + audience.people(sms, "", 200).size());

            System.out.printf(Locale.ROOT, "Workspace: %,d endpoints (%s)%n", endpoints, file);
            System.out.printf(Locale.ROOT, "Segment: Country in {US, CA} AND Interests includes running AND Purchases > 2: "
                    + "%,d endpoints, %,d users%n", counted.endpoints(), counted.users());
            System.out.printf(Locale.ROOT, "Tidings segment count, median of %d: %.1f ms%n", RUNS, tidings);
            System.out.printf(Locale.ROOT, "Best hand-written SQLite query, median of %d: %.1f ms (ratio %.2f)%n%s%n",
                    RUNS, best, tidings / best, bestQuery);
            System.out.printf(Locale.ROOT, "Audience table: count + first page %.1f ms; page index %.1f ms; last page %.1f ms%n",
                    firstPage, pageIndex, deepPage);
            System.out.printf(Locale.ROOT, "People view (%,d people): count + first page %.1f ms; page index %.1f ms; "
                    + "last page %.1f ms; SMS filter count + first page %.1f ms%n", people.total(), peopleFirstPage,
                    peopleIndex, peopleDeepPage, smsPeopleFirstPage);
        }
    }

    private static String column(Workspace workspace, String scope, String name) {
        return workspace.database().read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT column_name FROM attribute_name WHERE scope = ? AND name = ?")) {
                select.setString(1, scope);
                select.setString(2, name);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("The workspace has no " + scope + " " + name);
                    }
                    return rows.getString(1);
                }
            }
        });
    }

    private static long[] count(Connection connection, String sql) throws java.sql.SQLException {
        try (var statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    /** The median wall time in milliseconds of {@link #RUNS} runs after {@link #WARM_UP} warm-up runs. */
    private static double median(LongSupplier work) {
        for (int run = 0; run < WARM_UP; run++) {
            work.getAsLong();
        }
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            work.getAsLong();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(null);
        return times.get(times.size() / 2);
    }
}
