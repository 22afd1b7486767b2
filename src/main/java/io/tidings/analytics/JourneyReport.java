package io.tidings.analytics;

import java.util.List;

/**
 * The Analytics section's figures for one journey and range: headline KPIs with their change against the previous
 * period, the whole range's KPIs, the days' counts, each activity's KPIs beside its execution counts, and the
 * journey's execution metrics (which have no range, as in Pinpoint).
 */
public record JourneyReport(JourneyCatalog.Entry journey, DateRange range, boolean anyEvents, List<Headline> headlines,
        MessageKpis total, List<DailyCounts> daily, List<ActivityResult> activities, JourneyExecution execution) {

    public JourneyReport {
        headlines = List.copyOf(headlines);
        daily = List.copyOf(daily);
        activities = List.copyOf(activities);
    }

    /** Whether the range holds no message event of the journey. */
    public boolean quiet() {
        return daily.stream().allMatch(day -> day.sent() + day.delivered() + day.opens() + day.clicks() == 0);
    }

    /**
     * One activity: its key, a label ("welcome: Send email"; the key alone for an activity the journey no longer
     * has), its message KPIs over the range and its execution counts.
     */
    public record ActivityResult(String key, String label, MessageKpis kpis, JourneyExecution.Activity execution) {
    }
}
