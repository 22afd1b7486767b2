package io.tidings.analytics;

/**
 * Which messages a report covers: every message of the workspace (campaigns, journeys, transactional messages and
 * app events such as purchases), every campaign's, one campaign's (by the id its events carry: a Tidings campaign's
 * number, or an imported Pinpoint campaign's id), or the transactional ones. Journeys get their own kind with the
 * journeys issue; their events are already in {@link Kind#ALL_MESSAGES}.
 */
public record MessageScope(Kind kind, String campaignId) {

    public enum Kind { ALL_MESSAGES, ALL_CAMPAIGNS, TRANSACTIONAL, CAMPAIGN }

    public static final MessageScope ALL_MESSAGES = new MessageScope(Kind.ALL_MESSAGES, null);
    public static final MessageScope ALL_CAMPAIGNS = new MessageScope(Kind.ALL_CAMPAIGNS, null);
    public static final MessageScope TRANSACTIONAL = new MessageScope(Kind.TRANSACTIONAL, null);

    public MessageScope {
        if ((kind == Kind.CAMPAIGN) != (campaignId != null)) {
            throw new IllegalArgumentException("A campaign id goes with the campaign scope, and only with it");
        }
    }

    public static MessageScope campaign(String campaignId) {
        return new MessageScope(Kind.CAMPAIGN, campaignId);
    }

    /** The condition on a rollup's {@code campaign_id} and {@code journey_id}; one parameter for a campaign. */
    String where() {
        return switch (kind) {
            case ALL_MESSAGES -> "1 = 1";
            case ALL_CAMPAIGNS -> "campaign_id <> ''";
            case TRANSACTIONAL -> "campaign_id = '' AND journey_id = ''";
            case CAMPAIGN -> "campaign_id = ?";
        };
    }
}
