package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's channel adapters: one sender per channel for a long-running engine, each sending through whatever the
 * workspace's saved accounts say now. {@link #reload()} (after the accounts are saved) opens the new adapters and
 * closes the old ones, so the engine need not stop. Accounts that cannot be opened (a secret's variable not set, a
 * key file gone) make that channel's messages fail transiently with the problem, so the engine retries them and
 * pauses the job with the reason instead of sending them anywhere else.
 */
public final class LiveChannelSenders implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveChannelSenders.class);

    /**
     * Messages the engine lets through one channel at once; the adapter behind may hold them to fewer (an SMTP
     * pool of 4, say), because the accounts can change while the engine's limits stay.
     */
    static final int MOST_IN_FLIGHT = 16;

    private final ChannelAccountService service;
    private final Map<DeliveryChannel, ChannelSender> byChannel = new EnumMap<>(DeliveryChannel.class);
    private ChannelSenders opened;
    private ChannelAccounts accounts;
    private String problem;

    public LiveChannelSenders(ChannelAccountService service) {
        this.service = service;
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            byChannel.put(channel, new Current(channel));
        }
    }

    /** The senders to give the engine; they send through the accounts of the latest {@link #reload()}. */
    public Map<DeliveryChannel, ChannelSender> byChannel() {
        return Map.copyOf(byChannel);
    }

    /** The accounts the senders send through now, as of the latest {@link #reload()}; empty when they could not be opened. */
    public synchronized Optional<ChannelAccounts> accounts() {
        return Optional.ofNullable(opened == null ? null : accounts);
    }

    /** Opens the adapters of the saved accounts in place of the ones in use, then closes those. May connect. */
    public void reload() {
        ChannelSenders fresh = null;
        ChannelAccounts loaded = null;
        String failure = null;
        try {
            loaded = service.load();
            fresh = service.openSenders(loaded, List.of(DeliveryChannel.values()));
        } catch (IllegalArgumentException | IllegalStateException wrong) {
            failure = "The channel accounts in Settings cannot be used: " + wrong.getMessage();
            LOG.warn(failure);
        }
        ChannelSenders old;
        synchronized (this) {
            old = opened;
            opened = fresh;
            accounts = loaded;
            problem = failure;
        }
        if (old != null) {
            old.close();
        }
    }

    @Override
    public void close() {
        ChannelSenders old;
        synchronized (this) {
            old = opened;
            opened = null;
            problem = "The workspace is closed.";
        }
        if (old != null) {
            old.close();
        }
    }

    private synchronized ChannelSender current(DeliveryChannel channel) {
        return opened == null ? null : opened.byChannel().get(channel);
    }

    private synchronized String problem() {
        return problem == null ? "The channel accounts are not opened yet." : problem;
    }

    /** The engine's sender of one channel. */
    private final class Current implements ChannelSender {

        private final DeliveryChannel channel;

        Current(DeliveryChannel channel) {
            this.channel = channel;
        }

        @Override
        public DeliveryChannel channel() {
            return channel;
        }

        @Override
        public int maxConcurrency() {
            return MOST_IN_FLIGHT;
        }

        @Override
        public SendResult send(OutboundMessage message) {
            ChannelSender sender = current(channel);
            if (sender == null) {
                return SendResult.transientFailure(problem(), null);
            }
            try {
                return sender.send(message);
            } catch (RuntimeException closedUnderIt) {
                if (current(channel) != sender) {
                    return SendResult.transientFailure("The account changed while this message was being sent.", null);
                }
                throw closedUnderIt;
            }
        }

        @Override
        public ConnectionCheck testConnection() {
            ChannelSender sender = current(channel);
            return sender == null ? new ConnectionCheck(false, problem()) : sender.testConnection();
        }

        @Override
        public void close() {
            // The adapters behind are closed by LiveChannelSenders.
        }
    }
}
