package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The channel adapters the sending engine uses, built from the channel accounts: each channel's provider,
 * or the sandbox where it has none. Closing this closes them all.
 */
public final class ChannelSenders implements AutoCloseable {

    private final Map<DeliveryChannel, ChannelSender> senders;

    private ChannelSenders(Map<DeliveryChannel, ChannelSender> senders) {
        this.senders = Collections.unmodifiableMap(senders);
    }

    /**
     * Opens an adapter for each of {@code channels}.
     *
     * @throws InvalidAccountsException when a value is wrong or a secret cannot be read; nothing stays open
     */
    public static ChannelSenders open(ChannelAccounts accounts, Collection<DeliveryChannel> channels,
            Function<DeliveryChannel, ChannelSender> sandbox, SenderContext context) {
        List<AccountProblem> problems = accounts.problems();
        if (!problems.isEmpty()) {
            throw new InvalidAccountsException("Channel accounts", problems);
        }
        Map<DeliveryChannel, ChannelSender> senders = new EnumMap<>(DeliveryChannel.class);
        for (DeliveryChannel channel : channels) {
            ChannelAccount account = accounts.account(channel);
            try {
                senders.put(channel, account.isSandbox()
                        ? sandbox.apply(channel)
                        : account.provider().open(context));
            } catch (IllegalArgumentException wrong) {
                senders.values().forEach(ChannelSender::close);
                throw new InvalidAccountsException("Channel accounts", List.of(ChannelAccounts.problem(account, wrong)));
            }
        }
        return new ChannelSenders(senders);
    }

    /** The adapters by channel, as {@code DeliveryEngine} takes them. */
    public Map<DeliveryChannel, ChannelSender> byChannel() {
        return senders;
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (ChannelSender sender : senders.values()) {
            try {
                sender.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }
}
