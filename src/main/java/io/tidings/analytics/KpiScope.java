package io.tidings.analytics;

/**
 * Which messages KPIs cover: every campaign's ({@code campaignId} null), one campaign's, or the transactional ones
 * (neither campaign nor journey: Tidings' plain sends and imported transactional events).
 */
record KpiScope(String campaignId, boolean transactional) {

    static final KpiScope CAMPAIGNS = new KpiScope(null, false);
    static final KpiScope TRANSACTIONAL = new KpiScope(null, true);

    static KpiScope campaign(String campaignId) {
        return new KpiScope(campaignId, false);
    }

    String where() {
        if (transactional) {
            return "campaign_id = '' AND journey_id = ''";
        }
        return campaignId == null ? "campaign_id <> ''" : "campaign_id = ?";
    }
}
