package io.tidings.campaign;

/**
 * A campaign's results over all its runs.
 *
 * @param messages ledger rows, every treatment and the holdout counted
 * @param delivered messages a provider reported delivered (a part of sent)
 * @param opened messages opened at least once (email opens, push notifications opened)
 * @param clicked messages with at least one click
 */
public record CampaignTotals(long messages, long sent, long delivered, long failed, long suppressed, long opened,
        long clicked) {

    public static final CampaignTotals NONE = new CampaignTotals(0, 0, 0, 0, 0, 0, 0);

    public boolean hasResults() {
        return messages > 0;
    }
}
