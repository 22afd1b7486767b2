package io.tidings.campaign;

/**
 * A campaign as the list shows it.
 *
 * @param segmentName the segment's name, or null when it has none or it is no longer in the workspace
 * @param totals its results over every run (zero before the first)
 */
public record CampaignSummary(Campaign campaign, String segmentName, CampaignTotals totals) {
}
