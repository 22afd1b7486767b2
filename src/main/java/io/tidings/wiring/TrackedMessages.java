package io.tidings.wiring;

import io.tidings.delivery.MessageTracking;
import io.tidings.tracking.EmailTracking;
import java.util.function.LongPredicate;

/**
 * The engine's tracking port, answered by the tracking feature (neither depends on the other) and, for whether a
 * campaign tracks opens and clicks, by the campaign feature.
 */
record TrackedMessages(EmailTracking tracking, LongPredicate campaignTracks) implements MessageTracking {

    TrackedMessages(EmailTracking tracking) {
        this(tracking, campaignId -> true);
    }

    @Override
    public boolean tracksCampaign(long campaignId) {
        return campaignTracks.test(campaignId);
    }

    @Override
    public String unsubscribeUrl(String messageId) {
        return tracking.unsubscribeUrl(messageId);
    }

    @Override
    public String tracked(String messageId, String html) {
        return tracking.tracked(messageId, html);
    }
}
