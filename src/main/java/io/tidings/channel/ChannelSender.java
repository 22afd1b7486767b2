package io.tidings.channel;

import java.util.Locale;

/**
 * A channel adapter: sends one message at a time to a provider over its real protocol (SMTP, SMPP,
 * HTTP, APNs, FCM) or to the sandbox. The sending engine calls it from its worker threads, at most
 * {@link #maxConcurrency()} at once, and decides on retries from the {@link SendResult}; an adapter
 * never retries on its own and never throws for a provider's answer (only for a programming error).
 */
public interface ChannelSender extends AutoCloseable {

    DeliveryChannel channel();

    /** How many messages may be in flight through this adapter at once (connections, binds). */
    int maxConcurrency();

    SendResult send(OutboundMessage message);

    /** Where messages go, for a progress line such as "waiting for smtp.example.com"; no secrets. */
    default String destination() {
        return "the " + channel().name().toLowerCase(Locale.ROOT) + " provider";
    }

    /**
     * Checks the account settings by connecting and authenticating without sending anything, for
     * the Settings screen's Test connection button; returns what happened in the user's words.
     */
    ConnectionCheck testConnection();

    /** Closes pooled connections. */
    @Override
    void close();

    /** The outcome of {@link #testConnection()}. */
    record ConnectionCheck(boolean ok, String message) {
    }
}
