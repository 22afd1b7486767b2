package io.tidings.analytics;

/**
 * Which messages a report covers: every message of the workspace (campaigns, journeys, transactional messages and
 * app events such as purchases), every campaign's, one campaign's (by the id its events carry: a Tidings campaign's
 * number, or an imported Pinpoint campaign's id), the transactional ones, or one journey's (by the id its events
 * carry).
 */
public record MessageScope(Kind kind, String campaignId, String journeyId) {

    public enum Kind { ALL_MESSAGES, ALL_CAMPAIGNS, TRANSACTIONAL, CAMPAIGN, JOURNEY }

    public static final MessageScope ALL_MESSAGES = new MessageScope(Kind.ALL_MESSAGES, null, null);
    public static final MessageScope ALL_CAMPAIGNS = new MessageScope(Kind.ALL_CAMPAIGNS, null, null);
    public static final MessageScope TRANSACTIONAL = new MessageScope(Kind.TRANSACTIONAL, null, null);

    public MessageScope {
        if ((kind == Kind.CAMPAIGN) != (campaignId != null)) {
            throw new IllegalArgumentException("A campaign id goes with the campaign scope, and only with it");
        }
        if ((kind == Kind.JOURNEY) != (journeyId != null)) {
            throw new IllegalArgumentException("A journey id goes with the journey scope, and only with it");
        }
    }

    public static MessageScope campaign(String campaignId) {
        return new MessageScope(Kind.CAMPAIGN, campaignId, null);
    }

    public static MessageScope journey(String journeyId) {
        return new MessageScope(Kind.JOURNEY, null, journeyId);
    }

    /** The id the scope's one parameter binds, or null when it has none. */
    String id() {
        return kind == Kind.JOURNEY ? journeyId : campaignId;
    }

    /** The condition on a rollup's {@code campaign_id} and {@code journey_id}; one parameter for a campaign or journey. */
    String where() {
        return switch (kind) {
            case ALL_MESSAGES -> "1 = 1";
            case ALL_CAMPAIGNS -> "campaign_id <> ''";
            case TRANSACTIONAL -> "campaign_id = '' AND journey_id = ''";
            case CAMPAIGN -> "campaign_id = ?";
            // The second term lets SQLite use migration 026's partial indexes of journey rows.
            case JOURNEY -> "journey_id = ? AND journey_id <> ''";
        };
    }
}
