package io.tidings.campaign.ui;

import io.tidings.campaign.CampaignSummary;

/**
 * A campaign in the list.
 *
 * @param audienceSize endpoints in its segment now; null until counted (or without a segment)
 */
public record CampaignRow(CampaignSummary summary, Long audienceSize) {

    public long id() {
        return summary.campaign().id();
    }

    public String name() {
        return summary.campaign().name();
    }
}
