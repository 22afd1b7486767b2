package io.tidings.wiring;

import io.tidings.delivery.MessageTracking;
import io.tidings.tracking.EmailTracking;

/** The engine's tracking port, answered by the tracking feature (neither depends on the other). */
record TrackedMessages(EmailTracking tracking) implements MessageTracking {

    @Override
    public String unsubscribeUrl(String messageId) {
        return tracking.unsubscribeUrl(messageId);
    }

    @Override
    public String tracked(String messageId, String html) {
        return tracking.tracked(messageId, html);
    }
}
