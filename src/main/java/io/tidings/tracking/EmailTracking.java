package io.tidings.tracking;

import java.util.Optional;

/**
 * What the sending engine asks of tracking for each email: the message's one-click unsubscribe link, and its HTML
 * part with tracked links and an open pixel. Both need only the workspace's key and the tracking base, never the
 * database, so they cost the engine microseconds a message. Without a tracking base there is no unsubscribe link
 * and the HTML is sent as rendered.
 */
public final class EmailTracking {

    private final TrackingBase base;
    private final TrackingLinks links;

    public EmailTracking(TrackingBase base, TrackingLinks links) {
        this.base = base;
        this.links = links;
    }

    /** Whether messages get tracking now (the workspace has a tracking base). */
    public boolean on() {
        return base.current().isPresent();
    }

    /** The message's one-click unsubscribe URL, or null when tracking is off. */
    public String unsubscribeUrl(String messageId) {
        Optional<String> current = base.current();
        Long id = id(messageId);
        return current.isEmpty() || id == null ? null : current.get() + links.unsubscribePath(id);
    }

    /** The HTML part with tracked links and the open pixel; {@code html} itself when tracking is off. */
    public String tracked(String messageId, String html) {
        Optional<String> current = base.current();
        Long id = id(messageId);
        if (current.isEmpty() || id == null || html == null || html.isBlank()) {
            return html;
        }
        String root = current.get();
        return LinkRewriter.rewrite(html, target -> root + links.clickPath(id, target), root + "/",
                root + links.openPath(id));
    }

    private static Long id(String messageId) {
        try {
            return messageId == null ? null : Long.parseLong(messageId);
        } catch (NumberFormatException notALedgerId) {
            return null;
        }
    }
}
