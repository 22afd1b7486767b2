package io.tidings.analytics;

import io.tidings.channel.DeliveryChannel;
import io.tidings.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the Dashboard and Analytics sections show, read from the daily rollups only (never the raw events): headline
 * KPIs with the change against the previous period, time series, the latest campaigns, a subject's KPIs per run,
 * channel, segment and treatment (with the A/B results and the holdout), the funnel, and breakdowns by platform and
 * country. Each report is read in one snapshot of the workspace.
 */
public final class AnalyticsService {

    /** How many of the newest campaigns the Dashboard lists. */
    public static final int LATEST_CAMPAIGNS = 6;

    /** The endpoint types the full reports count as distinct endpoints (sessions are not a KPI). */
    private static final List<String> UNIQUE_TYPES = CountedTypes.UNIQUE.stream()
            .filter(type -> !type.equals("_session.start")).toList();
    /**
     * Every message or every campaign: distinct endpoints of all but the deliveries, which are the most by far (a
     * conversion rate of every message would count every endpoint delivered to in the range: seconds of CPU on a
     * large workspace); such a report shows purchases instead.
     */
    private static final List<String> WIDE_UNIQUE_TYPES = UNIQUE_TYPES.stream()
            .filter(type -> !List.of("_email.delivered", "_SMS.SUCCESS", "_push.delivered", "_voice.delivered")
                    .contains(type)).toList();
    /** The Dashboard's tiles need distinct endpoints only for the click rate: the clickers are few. */
    private static final List<String> DASHBOARD_UNIQUE_TYPES = List.of("_email.click");
    private static final List<String> BREAKDOWN_TYPES = List.of("_email.delivered", "_SMS.SUCCESS", "_push.delivered",
            "_voice.delivered", "_email.open", "_campaign.opened_notification", "_email.click");
    private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Database database;
    private final CampaignCatalog catalog;
    private final JourneyCatalog journeys;
    private final Clock clock;
    private final AnalyticsRepository repository = new AnalyticsRepository();

    public AnalyticsService(Database database, CampaignCatalog catalog, JourneyCatalog journeys, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.journeys = journeys;
        this.clock = clock;
    }

    /** Today in UTC, the day the rollups' ranges end by default. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * What the Analytics section offers: every message, every campaign, the transactional messages, the workspace's
     * campaigns (newest first), then the campaigns only imported events name.
     */
    public List<AnalyticsSubject> subjects() {
        List<AnalyticsSubject> subjects = new ArrayList<>(List.of(AnalyticsSubject.ALL_MESSAGES,
                AnalyticsSubject.ALL_CAMPAIGNS, AnalyticsSubject.TRANSACTIONAL));
        Set<String> known = new HashSet<>();
        for (CampaignCatalog.Entry campaign : catalog.campaigns()) {
            subjects.add(AnalyticsSubject.of(campaign));
            known.add(campaign.eventId());
        }
        for (String id : database.read(repository::campaignIdsWithEvents)) {
            if (!known.contains(id)) {
                subjects.add(AnalyticsSubject.imported(id));
            }
        }
        return subjects;
    }

    /** The workspace campaign of that name (ignoring case), else the imported campaign of that id. */
    public Optional<AnalyticsSubject> campaignNamed(String nameOrId) {
        for (CampaignCatalog.Entry campaign : catalog.campaigns()) {
            if (campaign.name().equalsIgnoreCase(nameOrId)) {
                return Optional.of(AnalyticsSubject.of(campaign));
            }
        }
        return database.read(repository::campaignIdsWithEvents).contains(nameOrId)
                ? Optional.of(AnalyticsSubject.imported(nameOrId)) : Optional.empty();
    }

    /** The Dashboard: every message's headline KPIs and days, and the newest campaigns' results, over {@code range}. */
    public WorkspaceDashboard dashboard(DateRange range) {
        List<CampaignCatalog.Entry> latest = catalog.campaigns().stream().limit(LATEST_CAMPAIGNS).toList();
        return database.read(connection -> {
            MessageKpis now = total(connection, MessageScope.ALL_MESSAGES, range, DASHBOARD_UNIQUE_TYPES);
            MessageKpis before = total(connection, MessageScope.ALL_MESSAGES, range.previous(), DASHBOARD_UNIQUE_TYPES);
            List<Headline> headlines = List.of(
                    count("Messages sent", now.messagesSent(), before.messagesSent(), true),
                    rate("Delivery rate", now.successfulDeliveryRate(), before.successfulDeliveryRate()),
                    rate("Open rate", now.emailOpenRate(), before.emailOpenRate()),
                    rate("Click rate", now.clickRate(), before.clickRate()),
                    count("Opt-outs", now.emailUnsubscribes() + now.smsOptOuts(),
                            before.emailUnsubscribes() + before.smsOptOuts(), false),
                    new Headline("Revenue", Headline.Measure.MONEY, now.revenue(), before.revenue(), true));
            Map<String, CampaignCatalog.Entry> byId = new HashMap<>();
            latest.forEach(campaign -> byId.put(campaign.eventId(), campaign));
            Map<String, RollupTotals> campaigns = AnalyticsRepository.sorted();
            UnaryOperator<String> onlyLatest = id -> byId.containsKey(id) ? id : null;
            repository.counts(connection, MessageScope.ALL_CAMPAIGNS, range, AnalyticsRepository.Grouping.CAMPAIGN,
                    onlyLatest, campaigns);
            repository.uniques(connection, MessageScope.ALL_CAMPAIGNS, range, AnalyticsRepository.Grouping.CAMPAIGN,
                    onlyLatest, DASHBOARD_UNIQUE_TYPES, campaigns);
            List<CampaignResult> results = latest.stream().map(campaign -> new CampaignResult(campaign,
                    campaigns.getOrDefault(campaign.eventId(), new RollupTotals()).kpis())).toList();
            return new WorkspaceDashboard(range, repository.anyEvents(connection), headlines,
                    daily(connection, MessageScope.ALL_MESSAGES, range), results);
        });
    }

    /** A subject's report over {@code range}, its treatments compared on {@code kpi}. */
    public ScopeReport report(AnalyticsSubject subject, DateRange range, AbKpi kpi) {
        List<CampaignCatalog.Run> runs = subject.campaign() == null ? List.of() : catalog.runs(subject.campaign().id());
        List<CampaignCatalog.Entry> campaigns = subject.isCampaign() ? List.of() : catalog.campaigns();
        return database.read(connection -> {
            MessageScope scope = subject.scope();
            List<String> uniqueTypes = subject.isCampaign() ? UNIQUE_TYPES : WIDE_UNIQUE_TYPES;
            MessageKpis now = total(connection, scope, range, uniqueTypes);
            MessageKpis before = total(connection, scope, range.previous(), uniqueTypes);
            List<Headline> headlines = List.of(
                    count("Messages sent", now.messagesSent(), before.messagesSent(), true),
                    rate("Delivery rate", now.successfulDeliveryRate(), before.successfulDeliveryRate()),
                    rate("Open rate", now.emailOpenRate(), before.emailOpenRate()),
                    rate("Click rate", now.clickRate(), before.clickRate()),
                    subject.isCampaign() ? rate("Conversion rate", now.conversionRate(), before.conversionRate())
                            : count("Purchases", now.purchases(), before.purchases(), true),
                    new Headline("Revenue", Headline.Measure.MONEY, now.revenue(), before.revenue(), true));
            List<FunnelStep> funnel = List.of(new FunnelStep("Sent", now.messagesSent()),
                    new FunnelStep("Delivered", now.delivered()),
                    new FunnelStep("Opened", now.uniqueEmailOpens()),
                    new FunnelStep("Clicked", now.uniqueEmailClicks()),
                    new FunnelStep("Converted", now.uniqueBuyers()));
            List<GroupResult> channels = channels(connection, scope, range, now);
            return new ScopeReport(subject, range, repository.anyEvents(connection), headlines, now,
                    daily(connection, scope, range), funnel, runs(connection, subject, range, runs), channels,
                    segments(connection, subject, range, campaigns), treatments(connection, subject, range, kpi));
        });
    }

    /** The workspace's journeys by name, then the journeys only imported events name. */
    public List<JourneyCatalog.Entry> journeys() {
        List<JourneyCatalog.Entry> entries = new ArrayList<>(journeys.journeys());
        Set<String> known = new HashSet<>();
        entries.forEach(journey -> known.add(journey.id()));
        for (String id : database.read(repository::journeyIdsWithEvents)) {
            if (!known.contains(id)) {
                entries.add(new JourneyCatalog.Entry(id, "Imported journey " + id, null, List.of()));
            }
        }
        return entries;
    }

    /** The workspace journey of that name (ignoring case), else the imported journey of that id. */
    public Optional<JourneyCatalog.Entry> journeyNamed(String nameOrId) {
        List<JourneyCatalog.Entry> all = journeys();
        return all.stream().filter(journey -> journey.state() != null && journey.name().equalsIgnoreCase(nameOrId))
                .findFirst().or(() -> all.stream().filter(journey -> journey.id().equals(nameOrId)).findFirst());
    }

    /**
     * A journey's report over {@code range}: its message KPIs in all and per activity (deliveries as Pinpoint counts
     * a journey's: sent minus soft and hard bounces and rejects), and its execution metrics.
     */
    public JourneyReport journeyReport(JourneyCatalog.Entry journey, DateRange range) {
        JourneyExecution execution = journey.state() == null ? JourneyExecution.NONE : journeys.execution(journey.id());
        return database.read(connection -> {
            MessageScope scope = MessageScope.journey(journey.id());
            MessageKpis now = total(connection, scope, range, UNIQUE_TYPES);
            MessageKpis before = total(connection, scope, range.previous(), UNIQUE_TYPES);
            List<Headline> headlines = List.of(
                    count("Messages sent", now.messagesSent(), before.messagesSent(), true),
                    rate("Delivery rate", now.journeyDeliveryRate(), before.journeyDeliveryRate()),
                    rate("Open rate", now.emailOpenRate(), before.emailOpenRate()),
                    rate("Click rate", now.clickRate(), before.clickRate()),
                    count("Bounces", now.bounces(), before.bounces(), false),
                    count("Opt-outs", now.optOuts(), before.optOuts(), false));
            Map<String, MessageKpis> byActivity = groups(connection, scope, range,
                    AnalyticsRepository.Grouping.ACTIVITY, UnaryOperator.identity(), UNIQUE_TYPES);
            List<JourneyReport.ActivityResult> activities = new ArrayList<>();
            for (JourneyCatalog.Step step : journey.activities()) {
                activities.add(new JourneyReport.ActivityResult(step.key(), step.key() + ": " + step.kind(),
                        byActivity.getOrDefault(step.key(), new RollupTotals().kpis()),
                        execution.activity(step.key())));
            }
            Set<String> shown = new HashSet<>();
            journey.activities().forEach(step -> shown.add(step.key()));
            byActivity.forEach((key, kpis) -> {
                if (!key.isEmpty() && !shown.contains(key)) {
                    activities.add(new JourneyReport.ActivityResult(key, key, kpis, execution.activity(key)));
                }
            });
            return new JourneyReport(journey, range, repository.anyEvents(connection), headlines, now,
                    daily(connection, scope, range), activities, execution);
        });
    }

    /** A campaign's treatments compared on {@code kpi} (the command line's A/B results). */
    public TreatmentResults treatments(AnalyticsSubject subject, DateRange range, AbKpi kpi) {
        return database.read(connection -> treatments(connection, subject, range, kpi));
    }

    /**
     * Unique endpoints delivered to, that opened and that clicked, by platform and by country: the range's endpoint
     * sets of each type, unioned, intersected with the endpoints of each platform and country.
     */
    public Breakdowns breakdowns(AnalyticsSubject subject, DateRange range) {
        return database.read(connection -> {
            Map<AnalyticsRepository.EndpointColumn, List<AnalyticsRepository.UniqueCount>> counts =
                    repository.uniquesByEndpoint(connection, subject.scope(), range, List.of(
                            AnalyticsRepository.EndpointColumn.PLATFORM, AnalyticsRepository.EndpointColumn.COUNTRY),
                            BREAKDOWN_TYPES);
            return new Breakdowns(breakdown(counts.get(AnalyticsRepository.EndpointColumn.PLATFORM)),
                    breakdown(counts.get(AnalyticsRepository.EndpointColumn.COUNTRY)));
        });
    }

    private MessageKpis total(Connection connection, MessageScope scope, DateRange range, List<String> uniqueTypes)
            throws SQLException {
        return groups(connection, scope, range, AnalyticsRepository.Grouping.NONE, UnaryOperator.identity(), uniqueTypes)
                .getOrDefault("", new RollupTotals().kpis());
    }

    private Map<String, MessageKpis> groups(Connection connection, MessageScope scope, DateRange range,
            AnalyticsRepository.Grouping grouping, UnaryOperator<String> groupOf, List<String> uniqueTypes)
            throws SQLException {
        Map<String, RollupTotals> totals = AnalyticsRepository.sorted();
        repository.counts(connection, scope, range, grouping, groupOf, totals);
        if (!uniqueTypes.isEmpty()) {
            repository.uniques(connection, scope, range, grouping, groupOf, uniqueTypes, totals);
        }
        Map<String, MessageKpis> kpis = new java.util.LinkedHashMap<>();
        totals.forEach((key, value) -> kpis.put(key, value.kpis()));
        return kpis;
    }

    /**
     * The KPIs per channel. Distinct endpoints are not kept by channel, but opens and clicks are email's alone: the
     * scope's endpoints that opened and clicked are the email channel's, so that its click rate is not a zero.
     */
    private List<GroupResult> channels(Connection connection, MessageScope scope, DateRange range, MessageKpis all)
            throws SQLException {
        Map<String, RollupTotals> totals = AnalyticsRepository.sorted();
        repository.counts(connection, scope, range, AnalyticsRepository.Grouping.CHANNEL, UnaryOperator.identity(),
                totals);
        RollupTotals email = totals.get("EMAIL");
        if (email != null) {
            email.addUnique("_email.open", all.uniqueEmailOpens());
            email.addUnique("_email.click", all.uniqueEmailClicks());
        }
        return totals.entrySet().stream().filter(channel -> !channel.getKey().isEmpty())
                .map(channel -> new GroupResult(channel.getKey(), channelWords(channel.getKey()),
                        channel.getValue().kpis())).toList();
    }

    /** Every day of the range, the quiet ones as zeros, so that a chart's days are evenly spaced. */
    private List<DailyCounts> daily(Connection connection, MessageScope scope, DateRange range) throws SQLException {
        Map<String, MessageKpis> byDay = groups(connection, scope, range, AnalyticsRepository.Grouping.DAY,
                UnaryOperator.identity(), List.of());
        List<DailyCounts> days = new ArrayList<>();
        for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
            MessageKpis kpis = byDay.get(day.toString());
            days.add(kpis == null ? DailyCounts.none(day) : DailyCounts.of(day, kpis));
        }
        return days;
    }

    private List<GroupResult> runs(Connection connection, AnalyticsSubject subject, DateRange range,
            List<CampaignCatalog.Run> known) throws SQLException {
        if (!subject.isCampaign()) {
            return List.of();
        }
        Map<String, String> labels = new HashMap<>();
        known.forEach(run -> labels.put(Long.toString(run.jobId()), "Run of " + RUN_TIME.format(run.scheduledAt())));
        List<GroupResult> runs = new ArrayList<>();
        groups(connection, subject.scope(), range, AnalyticsRepository.Grouping.RUN, UnaryOperator.identity(),
                UNIQUE_TYPES).forEach((id, kpis) -> runs.add(new GroupResult(id,
                        labels.getOrDefault(id, id.isEmpty() ? "Not in a run" : "Run " + id), kpis)));
        return runs;
    }

    /** The campaigns of the range grouped by their segment; each group's unique figures add up its campaigns'. */
    private List<GroupResult> segments(Connection connection, AnalyticsSubject subject, DateRange range,
            List<CampaignCatalog.Entry> campaigns) throws SQLException {
        if (subject.isCampaign() || subject.scope().kind() == MessageScope.Kind.TRANSACTIONAL) {
            return List.of();
        }
        Map<String, String> segmentOf = new HashMap<>();
        campaigns.forEach(campaign -> segmentOf.put(campaign.eventId(),
                campaign.segmentName() == null ? "" : campaign.segmentName()));
        UnaryOperator<String> toSegment = id -> segmentOf.getOrDefault(id, "\u0000imported");
        List<GroupResult> segments = new ArrayList<>();
        groups(connection, MessageScope.ALL_CAMPAIGNS, range, AnalyticsRepository.Grouping.CAMPAIGN, toSegment,
                WIDE_UNIQUE_TYPES).forEach((segment, kpis) -> segments.add(new GroupResult(segment,
                        segment.equals("\u0000imported") ? "Imported campaigns"
                                : segment.isEmpty() ? "No segment" : segment, kpis)));
        return segments;
    }

    private TreatmentResults treatments(Connection connection, AnalyticsSubject subject, DateRange range, AbKpi kpi)
            throws SQLException {
        if (!subject.isCampaign()) {
            return new TreatmentResults(kpi, List.of(), null, null, null);
        }
        Map<String, MessageKpis> byTreatment = groups(connection, subject.scope(), range,
                AnalyticsRepository.Grouping.TREATMENT, UnaryOperator.identity(), UNIQUE_TYPES);
        List<AnalyticsRepository.Assigned> assigned = subject.campaign() == null ? List.of()
                : repository.assigned(connection, subject.campaign().id(), range);
        return AbResults.of(kpi, byTreatment,
                subject.campaign() == null ? List.of() : subject.campaign().treatmentNames(), assigned);
    }

    private static List<BreakdownRow> breakdown(List<AnalyticsRepository.UniqueCount> counts) {
        Map<String, long[]> rows = new HashMap<>();
        for (AnalyticsRepository.UniqueCount count : counts) {
            long[] row = rows.computeIfAbsent(count.group(), key -> new long[3]);
            int index = switch (count.eventType()) {
                case "_email.open", "_campaign.opened_notification" -> 1;
                case "_email.click" -> 2;
                default -> 0;
            };
            row[index] += count.endpoints();
        }
        return rows.entrySet().stream()
                .map(row -> new BreakdownRow(row.getKey().equals(AnalyticsRepository.OUTSIDE_THE_AUDIENCE) ? null
                        : row.getKey(), row.getValue()[0], row.getValue()[1], row.getValue()[2]))
                .sorted(java.util.Comparator.comparingLong(BreakdownRow::delivered).reversed()
                        .thenComparing(row -> row.label() == null ? "\uffff" : row.label()))
                .toList();
    }

    /** A channel as the screens name it; an imported event's channel Tidings does not send on, as the event wrote it. */
    static String channelWords(String channel) {
        return Arrays.stream(DeliveryChannel.values()).filter(known -> known.name().equals(channel)).findFirst()
                .map(DeliveryChannel::words).orElse(channel);
    }

    private static Headline count(String name, long now, long before, boolean higherIsBetter) {
        return new Headline(name, Headline.Measure.COUNT, (double) now, (double) before, higherIsBetter);
    }

    private static Headline rate(String name, Double now, Double before) {
        return new Headline(name, Headline.Measure.RATE, now, before, true);
    }
}
