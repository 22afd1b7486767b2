package io.tidings.channel.sandbox;

import io.tidings.channel.DeliveryChannel;
import io.tidings.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The workspace's sandbox outbox: every message that went to the sandbox instead of a provider,
 * test sends from the template editor and messages of send jobs alike.
 */
public final class SandboxOutbox {

    private final Database database;
    private final Clock clock;
    private final SandboxOutboxRepository repository = new SandboxOutboxRepository();

    public SandboxOutbox(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public SandboxOutbox(Database database) {
        this(database, Clock.systemUTC());
    }

    /** Captures a test message from the template editor; returns its id. */
    public long captureTest(Long templateId, DeliveryChannel channel, String address, String subject, String body,
            String html) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("A test message needs an address to go to.");
        }
        return database.write(connection -> repository.insert(connection, templateId, channel, address.strip(), subject,
                body, html, Map.of(), null, now()));
    }

    /**
     * Captures a message a send job sent, once per ledger id: the same message sent again (after a
     * crash, say) returns the id of the first capture. Returns the captured message's id.
     */
    public long captureSent(long messageId, DeliveryChannel channel, String address, String subject, String body,
            String html, Map<String, String> attributes) {
        return database.write(connection -> repository.insert(connection, null, channel, address, subject, body, html,
                attributes, messageId, now()));
    }

    /**
     * The messages captured so far, as a fixed snapshot to page through: later messages are left out
     * until the next snapshot, so pages do not shift while messages arrive.
     *
     * @param channel the channel to show, or null for all
     */
    public Snapshot snapshot(DeliveryChannel channel) {
        return snapshot(channel, null);
    }

    /**
     * As {@link #snapshot(DeliveryChannel)}, of the messages whose address, subject or text holds {@code search}
     * (null or blank for all).
     */
    public Snapshot snapshot(DeliveryChannel channel, String search) {
        String searched = search == null || search.isBlank() ? null : search.strip();
        return database.read(connection -> {
            long newest = repository.newestId(connection);
            return new Snapshot(channel, searched, newest, repository.count(connection, channel, searched, newest));
        });
    }

    /** One page of a snapshot, newest first. */
    public List<SandboxMessage> page(Snapshot snapshot, int offset, int limit) {
        return database.read(connection -> repository.page(connection, snapshot.channel(), snapshot.search(),
                snapshot.newestId(), offset, limit));
    }

    /** The newest messages first, for a quick look. */
    public List<SandboxMessage> newest(int limit) {
        return page(snapshot(null), 0, limit);
    }

    /**
     * The captured messages up to {@code newestId} on {@code channel} (null for all) that hold {@code search} (null
     * for all), {@code count} of them.
     */
    public record Snapshot(DeliveryChannel channel, String search, long newestId, int count) {
    }

    private Instant now() {
        return clock.instant();
    }
}
