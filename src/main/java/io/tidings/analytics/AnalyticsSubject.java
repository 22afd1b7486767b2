package io.tidings.analytics;

/**
 * What the Analytics section reports on, as its picker names it: every message, every campaign, the transactional
 * messages, or one campaign (a workspace campaign, with its catalog entry, or an imported Pinpoint campaign known
 * only by the id its events carry).
 */
public record AnalyticsSubject(String label, MessageScope scope, CampaignCatalog.Entry campaign) {

    public static final AnalyticsSubject ALL_MESSAGES = new AnalyticsSubject("All messages", MessageScope.ALL_MESSAGES, null);
    public static final AnalyticsSubject ALL_CAMPAIGNS = new AnalyticsSubject("All campaigns", MessageScope.ALL_CAMPAIGNS, null);
    public static final AnalyticsSubject TRANSACTIONAL =
            new AnalyticsSubject("Transactional messages", MessageScope.TRANSACTIONAL, null);

    public static AnalyticsSubject of(CampaignCatalog.Entry campaign) {
        return new AnalyticsSubject(campaign.name(), MessageScope.campaign(campaign.eventId()), campaign);
    }

    public static AnalyticsSubject imported(String campaignId) {
        return new AnalyticsSubject("Imported campaign " + campaignId, MessageScope.campaign(campaignId), null);
    }

    public boolean isCampaign() {
        return scope.kind() == MessageScope.Kind.CAMPAIGN;
    }
}
