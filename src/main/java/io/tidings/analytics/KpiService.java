package io.tidings.analytics;

import io.tidings.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Pinpoint's standard campaign and transactional KPIs, and Tidings' own (click rate, click-to-open, unique opens
 * and clicks, opt-outs, complaints, purchases), read from the daily rollups: the cost of a report grows with the
 * days and groups in it, not with the events.
 */
public final class KpiService {

    /** Pinpoint's default range: the preceding 31 days. */
    public static final int DEFAULT_DAYS = 31;

    private final Database database;
    private final CampaignIds campaignIds;
    private final Clock clock;
    private final KpiRepository repository = new KpiRepository();

    public KpiService(Database database, CampaignIds campaignIds, Clock clock) {
        this.database = database;
        this.campaignIds = campaignIds;
        this.clock = clock;
    }

    /** The KPIs of {@code query}; a range or campaign that cannot be reported is an {@link IllegalArgumentException} in words. */
    public KpiReport report(KpiQuery query) {
        LocalDate to = query.to() != null ? query.to() : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = query.from() != null ? query.from() : to.minusDays(DEFAULT_DAYS - 1L);
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The range starts (%s) after it ends (%s).".formatted(from, to));
        }
        return database.read(connection -> {
            KpiScope scope = KpiScope.CAMPAIGNS;
            Map<Integer, Long> endpoints = Map.of();
            if (query.campaign() != null) {
                Optional<Long> id = campaignIds.idOf(query.campaign());
                if (id.isPresent()) {
                    scope = KpiScope.campaign(id.get().toString());
                    endpoints = repository.endpointsByTreatment(connection, id.get());
                } else if (repository.hasCampaign(connection, query.campaign())) {
                    scope = KpiScope.campaign(query.campaign());
                } else {
                    throw new IllegalArgumentException(("There is no campaign named \"%s\" in the workspace, and no "
                            + "imported events of a campaign with that id.").formatted(query.campaign()));
                }
            }
            MessageKpis total = single(repository.kpis(connection, scope, from, to, KpiRepository.Grouping.NONE));
            Map<LocalDate, MessageKpis> byDay = new TreeMap<>();
            repository.kpis(connection, scope, from, to, KpiRepository.Grouping.DAY)
                    .forEach((day, kpis) -> byDay.put(LocalDate.parse(day), kpis));
            Map<String, MessageKpis> byRun = repository.kpis(connection, scope, from, to, KpiRepository.Grouping.RUN);
            Map<String, MessageKpis> byTreatment =
                    repository.kpis(connection, scope, from, to, KpiRepository.Grouping.TREATMENT);
            MessageKpis transactional = query.campaign() != null ? null
                    : single(repository.kpis(connection, KpiScope.TRANSACTIONAL, from, to, KpiRepository.Grouping.NONE));
            return new KpiReport(query.campaign(), from, to, total, byDay, byRun, byTreatment, endpoints, transactional);
        });
    }

    private static MessageKpis single(Map<String, MessageKpis> kpis) {
        return kpis.isEmpty() ? new RollupTotals().kpis() : kpis.values().iterator().next();
    }
}
