package io.tidings.analytics;

import java.util.List;

/**
 * The Analytics section's figures for one subject and range: headline KPIs with their change against the previous
 * period, the whole range's KPIs, the days' counts, the funnel, and the KPIs per run, per channel, per segment
 * (campaigns grouped by their segment; for the all-campaign subjects) and per treatment with the A/B results.
 */
public record ScopeReport(AnalyticsSubject subject, DateRange range, boolean anyEvents, List<Headline> headlines,
        MessageKpis total, List<DailyCounts> daily, List<FunnelStep> funnel, List<GroupResult> runs,
        List<GroupResult> channels, List<GroupResult> segments, TreatmentResults treatments) {

    public ScopeReport {
        headlines = List.copyOf(headlines);
        daily = List.copyOf(daily);
        funnel = List.copyOf(funnel);
        runs = List.copyOf(runs);
        channels = List.copyOf(channels);
        segments = List.copyOf(segments);
    }

    /** Whether the range holds nothing to show. */
    public boolean quiet() {
        return daily.stream().allMatch(day -> day.sent() + day.delivered() + day.opens() + day.clicks()
                + day.purchases() == 0);
    }
}
