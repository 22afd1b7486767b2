package io.tidings.delivery;

/**
 * What the engine asks for each email it composes: the one-click unsubscribe link of a promotional message (for
 * the {@code List-Unsubscribe} header and {@code {{UnsubscribeUrl}}}), and the HTML part with tracked links and an
 * open pixel. The composition root implements it with the tracking feature; both answers must be cheap (no
 * database), as they are asked once a message.
 */
public interface MessageTracking {

    /** No tracking: no unsubscribe link, HTML as rendered. */
    MessageTracking NONE = new MessageTracking() {
        @Override
        public String unsubscribeUrl(String messageId) {
            return null;
        }

        @Override
        public String tracked(String messageId, String html) {
            return html;
        }
    };

    /** The message's one-click unsubscribe URL, or null when the workspace has none. */
    String unsubscribeUrl(String messageId);

    /** The HTML part as sent: with tracked links and an open pixel when tracking is on, else {@code html}. */
    String tracked(String messageId, String html);

    /**
     * Whether the campaign's emails get tracked links and the open pixel (the campaign's "Track opens and clicks");
     * asked once a job, not once a message. The unsubscribe link does not depend on it.
     */
    default boolean tracksCampaign(long campaignId) {
        return true;
    }
}
