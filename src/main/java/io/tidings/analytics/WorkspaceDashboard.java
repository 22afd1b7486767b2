package io.tidings.analytics;

import java.util.List;

/**
 * The Dashboard's figures for a range: headline KPIs of every message with their change, the days' counts, and the
 * latest campaigns with their results in the range. {@code anyEvents} tells a new workspace (no event ever) from a
 * quiet range.
 */
public record WorkspaceDashboard(DateRange range, boolean anyEvents, List<Headline> headlines,
        List<DailyCounts> daily, List<CampaignResult> latestCampaigns) {

    public WorkspaceDashboard {
        headlines = List.copyOf(headlines);
        daily = List.copyOf(daily);
        latestCampaigns = List.copyOf(latestCampaigns);
    }

    /** Whether the range holds no message sent, no open, click or purchase. */
    public boolean quiet() {
        return daily.stream().allMatch(day -> day.sent() + day.delivered() + day.opens() + day.clicks()
                + day.purchases() == 0);
    }
}
