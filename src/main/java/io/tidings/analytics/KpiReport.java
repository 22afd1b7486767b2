package io.tidings.analytics;

import java.time.LocalDate;
import java.util.Map;

/**
 * The KPIs of a range: of the campaign asked for (or all campaigns together), per day, per run (a campaign activity
 * id: the run's send job for Tidings' own), per treatment ({@code "0"}, {@code "1"}, ...), and for all but one
 * campaign the transactional messages. {@code endpointsByTreatment} is how many endpoints each treatment was given,
 * key -1 the holdout (empty for all campaigns or an imported one).
 */
public record KpiReport(String campaign, LocalDate from, LocalDate to, MessageKpis total,
        Map<LocalDate, MessageKpis> byDay, Map<String, MessageKpis> byRun, Map<String, MessageKpis> byTreatment,
        Map<Integer, Long> endpointsByTreatment, MessageKpis transactional) {

    public KpiReport {
        byDay = Map.copyOf(byDay);
        byRun = Map.copyOf(byRun);
        byTreatment = Map.copyOf(byTreatment);
        endpointsByTreatment = Map.copyOf(endpointsByTreatment);
    }
}
