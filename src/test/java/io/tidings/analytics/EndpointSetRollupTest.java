package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointLocation;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.EndpointUser;
import io.tidings.audience.OptOut;
import io.tidings.store.Database;
import io.tidings.store.EndpointSets;
import io.tidings.store.Migrations;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roaringbitmap.RoaringBitmap;

/**
 * The per-day endpoint sets (migration 030) count what exact distinct counts over the events count, on a generated
 * workspace whose endpoints come back across days, runs, treatments and campaigns, through
 * every way events arrive (recorded, imported, the engine's trigger), after erasing users, and when the migration
 * builds the sets of an existing workspace.
 */
class EndpointSetRollupTest {

    private static final LocalDate FIRST_DAY = LocalDate.parse("2024-05-01");
    private static final String[] TYPES = {"_email.delivered", "_email.open", "_email.click", "_email.unsubscribe",
        "_monetization.purchase", "_session.start", "_SMS.SUCCESS", "_email.send"};
    private static final List<String> SCOPES = List.of("1 = 1", "campaign_id <> ''", "campaign_id = ''",
            "campaign_id = '' AND journey_id = ''", "campaign_id = 'c1'", "campaign_id = 'c2'", "journey_id = 'j1'");
    private static final List<String> GROUPINGS = List.of("''", "day", "campaign_id", "campaign_activity_id",
            "treatment_id", "journey_activity_id");
    private static final List<List<String>> RANGES = List.of(List.of("2024-05-01", "2024-05-10"),
            List.of("2024-05-03", "2024-05-05"), List.of("2024-05-07", "2024-05-07"),
            List.of("2024-06-01", "2024-06-30"));

    /**
     * The rows {@code event_endpoint_daily} held before migration 034 dropped it, from the events as migration 015's
     * trigger derived them: each endpoint of each group and day. The exact counts below read it.
     */
    private static final String FROM_EVENTS = """
            WITH event_endpoint_daily AS (
                SELECT COALESCE(e.campaign_id, CAST(j.campaign_id AS TEXT), '') AS campaign_id, e.event_type,
                       substr(e.timestamp, 1, 10) AS day,
                       COALESCE(e.campaign_activity_id, CASE WHEN j.campaign_id IS NOT NULL THEN CAST(j.id AS TEXT) END,
                                '') AS campaign_activity_id,
                       COALESCE(e.treatment_id, CAST(m.treatment AS TEXT), '') AS treatment_id,
                       COALESCE(e.journey_id, '') AS journey_id, COALESCE(e.journey_activity_id, '') AS journey_activity_id,
                       CASE WHEN e.endpoint_key IS NOT NULL THEN 'k' || e.endpoint_key ELSE 'i' || e.endpoint_id END
                           AS endpoint
                FROM event e LEFT JOIN send_job j ON j.id = e.job_id LEFT JOIN outbox_message m ON m.id = e.message_id
                WHERE e.event_type IN (""" + String.join(", ", CountedTypes.UNIQUE.stream().map(type -> "'" + type + "'")
                    .toList()) + """
            ) AND COALESCE(e.endpoint_key, e.endpoint_id) IS NOT NULL)
            """;

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private Database database;

    @BeforeEach
    void open() {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("sets.tidings"), "Sets");
        database = workspace.workspace().database();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theSetsCountWhatTheExactDistinctCountsCountedWhicheverWayEventsArrived() throws Exception {
        generate();
        insertEngineEvents();
        assertThat(rows("SELECT count(*) FROM event_endpoint_set_pending")).isPositive();

        assertSetsMatchTheExactCounts();
        assertBreakdownsMatchTheExactJoin();
        assertHoldoutBuyersMatchTheExactQuery();

        // The retention schedule's minutely run moves the engine's queued endpoints into their sets: the counts stay.
        EventRetention retention = new EventRetention(database,
                Clock.fixed(Instant.parse("2024-05-20T00:00:00Z"), ZoneOffset.UTC));
        assertThat(retention.bringEndpointSetsUpToDate()).isTrue();
        assertThat(rows("SELECT count(*) FROM event_endpoint_set_pending")).isZero();
        assertThat(retention.bringEndpointSetsUpToDate()).isFalse();
        assertSetsMatchTheExactCounts();
        assertBreakdownsMatchTheExactJoin();
    }

    @Test
    void theRollupsAndTheirSetsSurviveThePurge() throws Exception {
        generate();
        assertSetsMatchTheExactCounts();
        Map<String, Map<String, Long>> before = everySetCount(database);
        EventRetention retention = new EventRetention(database,
                Clock.fixed(Instant.parse("2024-09-30T12:00:00Z"), ZoneOffset.UTC));

        assertThat(retention.purge()).isPositive();

        assertThat(rows("SELECT count(*) FROM event")).isZero();
        assertThat(everySetCount(database)).isEqualTo(before);
        assertThat(setCounts("''", "campaign_id <> ''", List.of("2024-05-01", "2024-05-10"))).isNotEmpty();
    }

    @Test
    void erasingAUserTakesTheirEndpointsOutOfEverySet() throws Exception {
        generate();
        insertEngineEvents();
        int erasedKey = (int) rows("SELECT key FROM endpoint WHERE id = 'a3'");
        assertThat(containing(erasedKey)).isPositive();
        assertThat(rows("SELECT count(*) FROM event_endpoint_number WHERE endpoint = 'ix3'")).isEqualTo(1);

        workspace.audience().eraseUser("u3");
        workspace.audience().eraseUser("ux3");

        assertThat(containing(erasedKey)).isZero();
        assertThat(rows("SELECT count(*) FROM event_endpoint_number WHERE endpoint = 'ix3'")).isZero();
        assertThat(rows("SELECT count(*) FROM event_endpoint_set_pending WHERE endpoint = 'k" + erasedKey + "'"))
                .isZero();
        assertSetsMatchTheExactCounts();
        assertBreakdownsMatchTheExactJoin();
    }

    @Test
    void theMigrationBuildsTheSetsOfAnExistingWorkspace() throws Exception {
        Path file = folder.resolve("old.tidings");
        try (Database old = Database.open(file)) {
            Migrations.migrateTo(old, 26);
            old.write(connection -> {
                Random random = new Random(7);
                try (var insert = connection.prepareStatement("INSERT OR IGNORE INTO event_endpoint_daily"
                        + " (campaign_id, event_type, day, campaign_activity_id, treatment_id, journey_id,"
                        + " journey_activity_id, endpoint) VALUES (?, ?, ?, ?, ?, '', '', ?)")) {
                    for (int i = 0; i < 3_000; i++) {
                        int campaign = random.nextInt(3);
                        insert.setString(1, campaign == 0 ? "" : "c" + campaign);
                        insert.setString(2, TYPES[random.nextInt(3)]);
                        insert.setString(3, FIRST_DAY.plusDays(random.nextInt(10)).toString());
                        insert.setString(4, campaign == 0 ? "" : "r" + campaign + random.nextInt(2));
                        insert.setString(5, campaign == 0 ? "" : String.valueOf(random.nextInt(2)));
                        insert.setString(6, random.nextInt(5) == 0 ? "ix" + random.nextInt(40)
                                : "k" + (1 + random.nextInt(300)));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });

            Map<String, Map<String, Long>> exact = new TreeMap<>();
            forEveryCount((what, grouping, scope, range) -> exact.put(what, exactCounts(old, "", grouping, scope,
                    range)));

            Migrations.migrate(old);

            assertThat(everySetCount(old)).isEqualTo(exact);
            assertThat(exact.get("1 = 1 by '' in [2024-05-01, 2024-05-10]")).isNotEmpty();
            assertThat(rows(old, "SELECT count(*) FROM event_endpoint_number")).isPositive();
            assertThat(rows(old, "SELECT count(*) FROM sqlite_master WHERE name = 'event_endpoint_daily'")).isZero();
        }
    }

    /**
     * Audience endpoints a0..a59 (users u0..u59, four countries) and endpoints outside the audience x0..x19 (users
     * ux0..ux19); over ten days, three campaigns of two runs and two treatments, a journey, transactional messages,
     * purchases and sessions, recorded in batches and imported, so that endpoints recur across days and groups.
     */
    private void generate() throws Exception {
        List<Endpoint> audience = new ArrayList<>();
        String[] countries = {"US", "FR", "DE", null};
        for (int i = 0; i < 60; i++) {
            audience.add(endpoint("a" + i, "u" + i, countries[i % countries.length]));
        }
        workspace.audience().addEndpoints(audience);
        Random random = new Random(42);
        for (int batch = 0; batch < 4; batch++) {
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                events.add(randomEvent(random));
            }
            workspace.eventRecorder().record(events, EventLimits.FieldNames.PINPOINT);
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Event event = randomEvent(random);
            Attribution attribution = event.attribution();
            lines.add("""
                    {"EventType":"%s","Timestamp":"%s","EndpointId":"%s","UserId":"%s",\
                    "Attributes":{"campaign_id":"%s","campaign_activity_id":"%s","treatment_id":"%s"}}"""
                    .formatted(event.eventType(), event.timestamp(), event.endpointId(), event.userId(),
                            attribution.campaignId() == null ? "c3" : attribution.campaignId(),
                            attribution.campaignRunId() == null ? "r30" : attribution.campaignRunId(),
                            attribution.treatmentId() == null ? "0" : attribution.treatmentId()));
        }
        Path file = Files.writeString(folder.resolve("events.ndjson"), String.join("\n", lines));
        assertThat(workspace.eventImport().run(file, false).imported()).isEqualTo(lines.size());
    }

    private static Event randomEvent(Random random) {
        boolean outside = random.nextInt(4) == 0;
        int number = outside ? random.nextInt(20) : random.nextInt(60);
        String endpoint = (outside ? "x" : "a") + number;
        String user = (outside ? "ux" : "u") + number;
        String type = TYPES[random.nextInt(TYPES.length)];
        Instant time = FIRST_DAY.plusDays(random.nextInt(10)).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plusSeconds(random.nextInt(86_400));
        Attribution attribution = switch (random.nextInt(5)) {
            case 0 -> new Attribution(null, null, null, null, null, "EMAIL", null);
            case 1 -> new Attribution(null, null, null, "j1", "act" + random.nextInt(2), "EMAIL", null);
            default -> {
                int campaign = 1 + random.nextInt(3);
                yield new Attribution("c" + campaign, "r" + campaign + random.nextInt(2),
                        String.valueOf(random.nextInt(2)), null, null, "EMAIL", null);
            }
        };
        return new Event(type, time, endpoint, user, null, Map.of(), Map.of(), attribution);
    }

    /** Events as the engine writes them (no bulk flag): migration 015's trigger rolls them up, 030's queues them. */
    private void insertEngineEvents() {
        database.write(connection -> {
            connection.createStatement().executeUpdate("""
                    INSERT INTO send_job (id, name, channel, template_version, created_at, campaign_id)
                    VALUES (41, 'Spring run', 'EMAIL', 1, '2024-05-01T00:00:00Z', 1)""");
            try (var message = connection.prepareStatement(
                    "INSERT INTO outbox_message (id, job_id, endpoint_key, treatment) VALUES (?, 41, ?, ?)");
                    var event = connection.prepareStatement("""
                            INSERT INTO event (event_type, endpoint_key, job_id, message_id, timestamp, attributes)
                            VALUES (?, ?, 41, ?, ?, '{}')""")) {
                for (int i = 0; i < 30; i++) {
                    message.setLong(1, 500 + i);
                    message.setLong(2, 1 + i);
                    message.setInt(3, i % 2);
                    message.executeUpdate();
                }
                // A message's delivery and open, some on another day than others of the same message.
                for (int i = 0; i < 40; i++) {
                    event.setString(1, i % 3 == 0 ? "_email.open" : "_email.delivered");
                    event.setLong(2, 1 + i % 30);
                    event.setLong(3, 500 + i % 30);
                    event.setString(4, FIRST_DAY.plusDays(i % 4) + "T12:00:00Z");
                    event.executeUpdate();
                }
            }
            return null;
        });
    }

    private void assertSetsMatchTheExactCounts() {
        forEveryCount((what, grouping, scope, range) -> assertThat(setCounts(grouping, scope, range)).as(what)
                .isEqualTo(exactCounts(database, FROM_EVENTS, grouping, scope, range)));
        assertThat(exactCounts(database, FROM_EVENTS, "''", "1 = 1", RANGES.get(0))).isNotEmpty();
    }

    private interface Count {
        void of(String what, String grouping, String scope, List<String> range);
    }

    /** Each scope by each grouping in each range. */
    private static void forEveryCount(Count count) {
        for (String scope : SCOPES) {
            for (String grouping : GROUPINGS) {
                for (List<String> range : RANGES) {
                    count.of("%s by %s in %s".formatted(scope, grouping, range), grouping, scope, range);
                }
            }
        }
    }

    private static Map<String, Map<String, Long>> everySetCount(Database database) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        forEveryCount((what, grouping, scope, range) -> counts.put(what, setCounts(database, grouping, scope, range)));
        return counts;
    }

    /** The breakdowns by platform and country against the join of every rollup row to its endpoint they replaced. */
    private void assertBreakdownsMatchTheExactJoin() {
        List<String> types = List.of("_email.delivered", "_email.open", "_email.click");
        for (MessageScope scope : List.of(MessageScope.ALL_MESSAGES, MessageScope.campaign("c1"),
                MessageScope.TRANSACTIONAL)) {
            DateRange range = new DateRange(LocalDate.parse("2024-05-02"), LocalDate.parse("2024-05-08"));
            Map<AnalyticsRepository.EndpointColumn, List<AnalyticsRepository.UniqueCount>> counts = database.read(
                    connection -> new AnalyticsRepository().uniquesByEndpoint(connection, scope, range,
                            List.of(AnalyticsRepository.EndpointColumn.PLATFORM,
                                    AnalyticsRepository.EndpointColumn.COUNTRY), types));
            for (AnalyticsRepository.EndpointColumn column : counts.keySet()) {
                Map<String, Long> fromSets = new TreeMap<>();
                counts.get(column).forEach(count -> fromSets.put((count.group()
                        .equals(AnalyticsRepository.OUTSIDE_THE_AUDIENCE) ? "outside" : count.group()) + "|"
                        + count.eventType(), count.endpoints()));
                String sql = FROM_EVENTS + "SELECT CASE WHEN p.key IS NULL THEN 'outside' ELSE COALESCE(p." + column.column()
                        + ", '') END || '|' || d.event_type,"
                        + " count(DISTINCT d.endpoint) FROM event_endpoint_daily d LEFT JOIN endpoint p"
                        + " ON d.endpoint GLOB 'k*' AND p.key = CAST(substr(d.endpoint, 2) AS INTEGER)"
                        + " WHERE d.event_type IN ('_email.delivered', '_email.open', '_email.click')"
                        + " AND d.day BETWEEN '2024-05-02' AND '2024-05-08' AND "
                        + scope.where().replace("campaign_id", "d.campaign_id").replace("journey_id", "d.journey_id")
                        + " GROUP BY 1";
                Map<String, Long> exact = database.read(connection -> {
                    Map<String, Long> rows = new TreeMap<>();
                    try (var query = connection.prepareStatement(sql)) {
                        if (scope.id() != null) {
                            query.setString(1, scope.id());
                        }
                        try (var row = query.executeQuery()) {
                            while (row.next()) {
                                rows.put(row.getString(1), row.getLong(2));
                            }
                        }
                    }
                    return rows;
                });
                assertThat(fromSets).as("%s by %s", scope, column).isEqualTo(exact);
            }
        }
    }

    /** How many of each treatment's ledger endpoints bought in the range, against the query it replaced. */
    private void assertHoldoutBuyersMatchTheExactQuery() {
        DateRange range = new DateRange(LocalDate.parse("2024-05-02"), LocalDate.parse("2024-05-08"));
        List<AnalyticsRepository.Assigned> fromSets = database.read(
                connection -> new AnalyticsRepository().assigned(connection, 1, range));
        List<AnalyticsRepository.Assigned> exact = database.read(connection -> {
            List<AnalyticsRepository.Assigned> rows = new ArrayList<>();
            try (var query = connection.prepareStatement(FROM_EVENTS + """
                    SELECT m.treatment, count(*), sum('k' || m.endpoint_key IN (SELECT d.endpoint
                        FROM event_endpoint_daily d WHERE d.event_type = '_monetization.purchase'
                        AND d.day BETWEEN '2024-05-02' AND '2024-05-08'))
                    FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                    WHERE j.campaign_id = 1 GROUP BY m.treatment ORDER BY m.treatment""");
                    var row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new AnalyticsRepository.Assigned(row.getInt(1), row.getLong(2), row.getLong(3)));
                }
            }
            return rows;
        });
        assertThat(fromSets).isEqualTo(exact);
        assertThat(exact).extracting(AnalyticsRepository.Assigned::buyers).anyMatch(buyers -> buyers > 0);
    }

    private Map<String, Long> setCounts(String grouping, String scope, List<String> range) {
        return setCounts(database, grouping, scope, range);
    }

    private static Map<String, Long> setCounts(Database database, String grouping, String scope, List<String> range) {
        return database.read(connection -> {
            Map<String, Long> counts = new TreeMap<>();
            new UniqueEndpoints().unions(connection, grouping, "day BETWEEN ? AND ? AND " + scope, range)
                    .forEach((key, endpoints) -> counts.put(key.group() + "|" + key.eventType(),
                            endpoints.getLongCardinality()));
            return counts;
        });
    }

    /**
     * The exact counts over the rows of {@code event_endpoint_daily}, as {@code withRows} gives them ({@link
     * #FROM_EVENTS}), or as stored before migration 034 (an empty {@code withRows}).
     */
    private static Map<String, Long> exactCounts(Database database, String withRows, String grouping, String scope,
            List<String> range) {
        return database.read(connection -> {
            Map<String, Long> counts = new TreeMap<>();
            try (var query = connection.prepareStatement(withRows + "SELECT " + grouping + " || '|' || event_type,"
                    + " count(DISTINCT endpoint) FROM event_endpoint_daily WHERE day BETWEEN ? AND ? AND " + scope
                    + " GROUP BY 1")) {
                query.setString(1, range.get(0));
                query.setString(2, range.get(1));
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return counts;
        });
    }

    /** How many stored sets hold the endpoint number. */
    private long containing(int number) {
        return database.read(connection -> {
            long sets = 0;
            try (var rows = connection.prepareStatement("SELECT endpoints FROM event_endpoint_set").executeQuery()) {
                while (rows.next()) {
                    RoaringBitmap endpoints = EndpointSets.read(rows.getBytes(1));
                    sets += endpoints.contains(number) ? 1 : 0;
                }
            }
            return sets;
        });
    }

    private long rows(String sql) {
        return rows(database, sql);
    }

    private static long rows(Database database, String sql) {
        return database.read(connection -> single(connection, sql));
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (var rows = connection.prepareStatement(sql).executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static Endpoint endpoint(String id, String user, String country) {
        return new Endpoint(id, ChannelType.EMAIL, id + "@example.com", EndpointStatus.ACTIVE, OptOut.NONE,
                Instant.now(), Instant.now(), Endpoint.cohortOf(id), Map.of(), Map.of(), null,
                new EndpointLocation(null, country, null, null, null, null), new EndpointUser(user, Map.of()));
    }
}
