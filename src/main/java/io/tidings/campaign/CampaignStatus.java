package io.tidings.campaign;

import java.util.List;

/**
 * Where a campaign stands, with its state reconciled from its runs.
 *
 * @param runs the runs, oldest first
 */
public record CampaignStatus(Campaign campaign, List<CampaignRun> runs, CampaignTotals totals) {

    public CampaignStatus {
        runs = List.copyOf(runs);
    }

    /** The newest run, or null before the first. */
    public CampaignRun latestRun() {
        return runs.isEmpty() ? null : runs.get(runs.size() - 1);
    }
}
