package io.tidings.bench;

import io.tidings.analytics.AbKpi;
import io.tidings.analytics.AnalyticsService;
import io.tidings.analytics.AnalyticsSubject;
import io.tidings.analytics.DateRange;
import io.tidings.analytics.KpiQuery;
import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.Treatment;
import io.tidings.channel.DeliveryChannel;
import io.tidings.store.EndpointSets;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.roaringbitmap.RoaringBitmap;

/**
 * Times the Dashboard and a campaign's Analytics (all KPIs and every chart's data, 90 days) over a workspace of about
 * 10 million events, against the floor: the same rollup rows read with no arithmetic and no distinct count.
 *
 * <p>The workspace is generated set-based in SQL (minutes, not the import's hour): 500,000 endpoints in eight
 * countries on three platforms; 30 email campaigns of two treatments and a 10 % holdout over 180 days (one every six
 * days), each to a quarter of the audience, through the send ledger, with sends, deliveries, bounces, opens (some
 * twice), clicks and unsubscribes; sessions and purchases of random endpoints; then rolled up with the import's
 * statements. Arguments: folder (default target/bench); an existing {@code dashboard.tidings} there is reused.
 */
public final class DashboardBenchmark {

    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-06-01");
    private static final int DAYS = 180;
    private static final int CAMPAIGNS = 30;
    private static final int ENDPOINTS = 500_000;
    private static final int RUNS = 7;

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(folder);
        Path file = folder.resolve("dashboard.tidings");
        if (!Files.exists(file)) {
            long started = System.nanoTime();
            create(file);
            generate(file);
            System.out.printf(Locale.ROOT, "Generated %s in %.0f s, %.0f MB%n", file, seconds(started),
                    Files.size(file) / 1e6);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                var rows = connection.createStatement().executeQuery(
                        "SELECT (SELECT count(*) FROM event), (SELECT count(*) FROM event_daily),"
                                + " (SELECT count(*) FROM event_endpoint_set)")) {
            rows.next();
            System.out.printf(Locale.ROOT, "events %,d; event_daily rows %,d; endpoint sets %,d%n",
                    rows.getLong(1), rows.getLong(2), rows.getLong(3));
        }
        DateRange range = new DateRange(FIRST_DAY.plusDays(DAYS - 90), FIRST_DAY.plusDays(DAYS - 1));
        try (OpenedWorkspace workspace = new Wiring(Wiring.Host.COMMAND_LINE).open(file)) {
            AnalyticsService analytics = workspace.analytics();
            AnalyticsSubject campaign = analytics.campaignNamed("Campaign 25").orElseThrow();
            Connection floorConnection = DriverManager.getConnection("jdbc:sqlite:" + file);
            // -Dbench.part=kpi times the all-campaigns KPI report and its floor alone.
            boolean dashboards = !"kpi".equals(System.getProperty("bench.part"));
            if (dashboards) {
                time("Floor: workspace rollup rows, both periods, no arithmetic", () -> floor(floorConnection, range, null));
                time("Workspace dashboard (headlines + previous period, days, 6 latest campaigns)",
                        () -> analytics.dashboard(range).headlines().size());
                time("Floor: campaign rollup rows, both periods, no arithmetic",
                        () -> floor(floorConnection, range, campaign.scope().campaignId()));
                time("Campaign dashboard (report: headlines, days, funnel, runs, channels, A/B + holdout)",
                        () -> analytics.report(campaign, range, AbKpi.CLICK_RATE).treatments().treatments().size());
                time("Campaign breakdowns (platform, country)", () -> analytics.breakdowns(campaign, range).byCountry().size());
                time("Campaign dashboard, all of it (report + breakdowns)", () -> {
                    analytics.report(campaign, range, AbKpi.CLICK_RATE);
                    return analytics.breakdowns(campaign, range).byCountry().size();
                });
                time("All campaigns in Analytics (not a goal: distinct endpoints of every campaign)",
                        () -> analytics.report(AnalyticsSubject.ALL_CAMPAIGNS, range, AbKpi.CLICK_RATE).segments().size());
            }
            time("Floor: the KPI report's campaign rows of the range, four passes, no distinct count",
                    () -> kpiFloor(floorConnection, range));
            time("All-campaigns KPI report (kpi command, KpiService.report)", () -> workspace.kpis()
                    .report(new KpiQuery(null, range.from(), range.to())).total().messagesSent());
            floorConnection.close();
        }
        erasing(file);
    }

    /**
     * Erasing a user takes their endpoints out of every endpoint set that holds them, reading every set (migration
     * 034): timed for one endpoint of the audience, in a transaction given back, so the workspace stays as it was.
     */
    private static void erasing(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            connection.setAutoCommit(false);
            var threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            new EndpointSets().removeEverywhere(connection, RoaringBitmap.bitmapOf(ENDPOINTS / 2));
            System.out.printf(Locale.ROOT, "Erasing one endpoint from every endpoint set: %,.0f ms (CPU %,.0f ms)%n",
                    (System.nanoTime() - started) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
            connection.rollback();
        }
    }

    /**
     * The endpoint sets the all-campaigns KPI report unites, four times (range, days, runs, treatments), only their
     * bytes read.
     */
    private static long kpiFloor(Connection connection, DateRange range) {
        long total = 0;
        try (Statement sql = connection.createStatement()) {
            for (int pass = 0; pass < 4; pass++) {
                try (var rows = sql.executeQuery("SELECT sum(length(endpoints)) FROM event_endpoint_set "
                        + "WHERE campaign_id <> '' AND day BETWEEN '"
                        + range.from() + "' AND '" + range.to() + "'")) {
                    rows.next();
                    total += rows.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }

    private static void create(Path file) {
        try (OpenedWorkspace workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(file, "Dashboard benchmark")) {
            for (int campaign = 1; campaign <= CAMPAIGNS; campaign++) {
                workspace.campaigns().create("Campaign " + campaign, null, new CampaignDefinition(null, null,
                        DeliveryChannel.EMAIL, new Treatment("Subject A", null, 0, null),
                        List.of(new Treatment("Subject B", null, 45, null)), 10, null, null, null, false));
            }
        }
    }

    private static void generate(Path file) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = connection.createStatement()) {
            sql.execute("PRAGMA synchronous = OFF");
            sql.execute("PRAGMA cache_size = -262144");
            connection.setAutoCommit(false);
            step(sql, "endpoints", """
                    INSERT INTO endpoint (key, id, channel_type, address, creation_date, cohort_id, country)
                    WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < %d)
                    SELECT k, 'ep-' || k, CASE WHEN k %% 10 < 7 THEN 'EMAIL' WHEN k %% 10 < 9 THEN 'SMS' ELSE 'APNS' END,
                           'user' || k || '@example.com', '2026-01-01T00:00:00Z', k %% 100,
                           CASE k %% 8 WHEN 0 THEN 'US' WHEN 1 THEN 'GB' WHEN 2 THEN 'DE' WHEN 3 THEN 'FR'
                                       WHEN 4 THEN 'US' WHEN 5 THEN 'CA' WHEN 6 THEN 'AU' ELSE NULL END
                    FROM n""".formatted(ENDPOINTS));
            // One run (send job) per campaign; job id = campaign id; campaign c sends on day 6 (c - 1).
            step(sql, "send jobs", """
                    INSERT INTO send_job (id, name, channel, template_version, state, created_at, campaign_id,
                                          holdout_percent)
                    SELECT id, name, 'EMAIL', 1, 'DONE', date('%s', '+' || (6 * (id - 1)) || ' days') || 'T09:00:00Z',
                           id, 10 FROM campaign""".formatted(FIRST_DAY));
            step(sql, "ledger", """
                    INSERT INTO outbox_message (job_id, endpoint_key, treatment, state, address, updated_at)
                    SELECT j.id, e.key, CASE WHEN (e.key * 7 + j.id) %% 10 = 0 THEN -1
                                             WHEN (e.key / 4) %% 2 = 0 THEN 0 ELSE 1 END,
                           CASE WHEN (e.key * 7 + j.id) %% 10 = 0 THEN 'SUPPRESSED' ELSE 'SENT' END, e.address,
                           j.created_at
                    FROM send_job j JOIN endpoint e ON (e.key + j.id) %% 4 = 0""".formatted());
            String message = """
                    INSERT INTO event (event_type, endpoint_key, job_id, message_id, timestamp, campaign_id,
                                       campaign_activity_id, treatment_id, channel, message_key, bulk)
                    SELECT '%s', m.endpoint_key, m.job_id, m.id, %s, CAST(j.campaign_id AS TEXT), CAST(j.id AS TEXT),
                           CAST(m.treatment AS TEXT), 'EMAIL', CAST(m.id AS TEXT), 1
                    FROM outbox_message m JOIN send_job j ON j.id = m.job_id
                    WHERE m.treatment >= 0 AND %s""";
            String sendTime = "substr(j.created_at, 1, 10) || 'T09:00:00Z'";
            String fate = "((m.id * 2654435761) % 1000)";
            String engaged = "((m.id * 40503 + 17) % 1000)";
            String later = "strftime('%Y-%m-%dT%H:%M:%SZ', j.created_at, '+' || (" + engaged + " % 3) || ' days', '+' || ("
                    + engaged + " % 10) || ' hours')";
            step(sql, "sends", message.formatted("_email.send", sendTime, "1 = 1"));
            step(sql, "deliveries", message.formatted("_email.delivered", sendTime, fate + " >= 30"));
            step(sql, "hard bounces", message.formatted("_email.hardbounce", sendTime, fate + " < 20"));
            step(sql, "soft bounces", message.formatted("_email.softbounce", sendTime, fate + " BETWEEN 20 AND 29"));
            step(sql, "opens", message.formatted("_email.open", later,
                    fate + " >= 30 AND " + engaged + " < 300 + 30 * m.treatment"));
            step(sql, "second opens", message.formatted("_email.open",
                    "strftime('%Y-%m-%dT%H:%M:%SZ', " + later + ", '+2 hours')", fate + " >= 30 AND " + engaged + " < 100"));
            step(sql, "clicks", message.formatted("_email.click", later,
                    fate + " >= 30 AND " + engaged + " < 50 + 15 * m.treatment"));
            step(sql, "unsubscribes", message.formatted("_email.unsubscribe", later,
                    fate + " >= 30 AND " + engaged + " BETWEEN 990 AND 993"));
            step(sql, "sessions and purchases", """
                    INSERT INTO event (event_type, endpoint_key, endpoint_id, timestamp, metrics, bulk)
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2600000)
                    SELECT CASE WHEN i %% 9 = 0 THEN '_monetization.purchase' ELSE '_session.start' END,
                           1 + (i * 7919) %% %d, 'ep-' || (1 + (i * 7919) %% %d),
                           strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', '%s', '+' || ((i * 104729) %% (%d * 86400)) || ' seconds'),
                           CASE WHEN i %% 9 = 0 THEN '{"_item_price":19.99,"_quantity":1}' ELSE '{}' END, 1
                    FROM n""".formatted(ENDPOINTS, ENDPOINTS, FIRST_DAY, DAYS));
            for (String rollUp : ROLL_UP) {
                step(sql, "roll-up", rollUp);
            }
            long started = System.nanoTime();
            new EndpointSets().add(connection, "SELECT NULL WHERE 0", ENDPOINT_SETS);
            System.out.printf(Locale.ROOT, "  endpoint sets: %.1f s%n", seconds(started));
            connection.commit();
        }
    }

    /** The import's set-based roll-up (EventRepository.ROLL_UP) over every event. */
    private static final String DAY = "substr(timestamp, 1, 10)";
    private static final String CHANNEL = "COALESCE(channel, '')";
    private static final String ORIGIN = "COALESCE(campaign_id, ''), COALESCE(campaign_activity_id, ''), "
            + "COALESCE(treatment_id, ''), COALESCE(journey_id, ''), COALESCE(journey_activity_id, '')";
    private static final List<String> ROLL_UP = List.of(
            "INSERT OR IGNORE INTO event_type_seen (event_type) SELECT DISTINCT event_type FROM event",
            "INSERT INTO event_daily (day, event_type, channel, campaign_id, campaign_activity_id, treatment_id,"
                    + " journey_id, journey_activity_id, events, amount) SELECT " + DAY + ", event_type, " + CHANNEL
                    + ", " + ORIGIN + ", count(*), sum(CASE WHEN event_type = '_monetization.purchase' THEN"
                    + " COALESCE(json_extract(metrics, '$._item_price'), 0) * COALESCE(json_extract(metrics,"
                    + " '$._quantity'), 1) ELSE 0 END) FROM event GROUP BY 1, 2, 3, 4, 5, 6, 7, 8",
            "INSERT OR IGNORE INTO event_hourly_message (message_key, event_type, hour, day, channel, campaign_id,"
                    + " campaign_activity_id, treatment_id, journey_id, journey_activity_id) SELECT message_key,"
                    + " event_type, substr(timestamp, 1, 13), " + DAY + ", " + CHANNEL + ", " + ORIGIN
                    + " FROM event WHERE event_type IN ('_email.open', '_email.click') AND message_key IS NOT NULL"
                    + " ORDER BY id");
    /** Each group's endpoints (all in the audience), for the per-day endpoint sets, as the import reads them. */
    private static final String ENDPOINT_SETS = "SELECT COALESCE(campaign_id, ''), event_type, " + DAY + ","
            + " COALESCE(campaign_activity_id, ''), COALESCE(treatment_id, ''), COALESCE(journey_id, ''),"
            + " COALESCE(journey_activity_id, ''), " + EndpointSets.numbers("'k' || endpoint_key") + " FROM event"
            + " WHERE event_type IN ('_email.delivered', '_email.open', '_email.click', '_email.unsubscribe',"
            + " '_monetization.purchase', '_session.start') AND endpoint_key IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7";

    private static void step(Statement sql, String what, String statement) throws SQLException {
        long started = System.nanoTime();
        int rows = sql.executeUpdate(statement);
        System.out.printf(Locale.ROOT, "  %s: %,d rows in %.1f s%n", what, rows, seconds(started));
    }

    /** The rows both periods' reports read, summed with no KPI arithmetic and no distinct count. */
    private static long floor(Connection connection, DateRange range, String campaignId) {
        String scope = campaignId == null ? "" : " AND campaign_id = '" + campaignId + "'";
        long total = 0;
        try (Statement sql = connection.createStatement()) {
            for (DateRange period : List.of(range, range.previous())) {
                String days = " WHERE day BETWEEN '" + period.from() + "' AND '" + period.to() + "'" + scope;
                try (var rows = sql.executeQuery("SELECT sum(events) FROM event_daily" + days)) {
                    rows.next();
                    total += rows.getLong(1);
                }
                String uniques = campaignId == null ? " AND event_type = '_email.click'" : "";
                try (var rows = sql.executeQuery("SELECT sum(length(endpoints)) FROM event_endpoint_set" + days
                        + uniques)) {
                    rows.next();
                    total += rows.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return total;
    }

    private static void time(String what, Supplier<Object> work) {
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            work.get();
        }
        double[] wall = new double[RUNS];
        double cpu = 0;
        var threads = ManagementFactory.getThreadMXBean();
        for (int run = 0; run < RUNS; run++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            work.get();
            wall[run] = (System.nanoTime() - started) / 1e6;
            cpu += (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        double[] sorted = wall.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-95s median %,6.0f ms  best %,6.0f ms  CPU %,6.0f ms (%d runs)%n", what,
                sorted[RUNS / 2], sorted[0], cpu / RUNS, RUNS);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

}
