package io.tidings.channel.accounts;

import io.tidings.channel.DeliveryChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A workspace's channel accounts: which provider each channel sends through and how fast, and the email
 * From. A channel with no entry sends to the sandbox, with no rate limit.
 *
 * @param channels the channels that were set, sandbox or not (a settings file overrides exactly these)
 */
public record ChannelAccounts(Map<DeliveryChannel, ChannelAccount> channels, EmailSettings email) {

    /** Every channel to the sandbox: the embedded default of a new workspace. */
    public static final ChannelAccounts SANDBOX = new ChannelAccounts(Map.of(), EmailSettings.NONE);

    /** The most messages a second a rate limit may allow. */
    public static final double MOST_PER_SECOND = 100_000;

    public ChannelAccounts {
        EnumMap<DeliveryChannel, ChannelAccount> copy = new EnumMap<>(DeliveryChannel.class);
        copy.putAll(channels);
        copy.forEach((channel, account) -> {
            if (account.channel() != channel) {
                throw new IllegalArgumentException("The " + account.channel() + " account is filed under " + channel + ".");
            }
        });
        channels = Collections.unmodifiableMap(copy);
        email = email == null ? EmailSettings.NONE : email;
    }

    public ChannelAccount account(DeliveryChannel channel) {
        return channels.getOrDefault(channel, ChannelAccount.sandbox(channel));
    }

    public ChannelAccounts with(ChannelAccount account) {
        Map<DeliveryChannel, ChannelAccount> changed = new EnumMap<>(DeliveryChannel.class);
        changed.putAll(channels);
        changed.put(account.channel(), account);
        return new ChannelAccounts(changed, email);
    }

    public ChannelAccounts withEmail(EmailSettings settings) {
        return new ChannelAccounts(channels, settings);
    }

    /** These accounts with every channel {@code other} sets replaced by its (the email From goes with email). */
    public ChannelAccounts overriddenBy(ChannelAccounts other) {
        Map<DeliveryChannel, ChannelAccount> merged = new EnumMap<>(DeliveryChannel.class);
        merged.putAll(channels);
        merged.putAll(other.channels);
        return new ChannelAccounts(merged, other.channels.containsKey(DeliveryChannel.EMAIL) ? other.email : email);
    }

    /** The rate limits that are set, for the engine's settings. */
    public Map<DeliveryChannel, Double> ratesPerSecond() {
        Map<DeliveryChannel, Double> rates = new EnumMap<>(DeliveryChannel.class);
        channels.forEach((channel, account) -> {
            if (account.ratePerSecond() != null) {
                rates.put(channel, account.ratePerSecond());
            }
        });
        return rates;
    }

    /** Everything wrong, without reading a secret or connecting; empty when the accounts can be saved. */
    public List<AccountProblem> problems() {
        List<AccountProblem> problems = new ArrayList<>(
                email.problems(!account(DeliveryChannel.EMAIL).isSandbox()));
        SenderContext checking = SenderContext.forChecking();
        for (ChannelAccount account : channels.values()) {
            String section = section(account.channel());
            Double rate = account.ratePerSecond();
            if (rate != null && !(rate > 0 && rate <= MOST_PER_SECOND)) {
                problems.add(new AccountProblem(section + ".ratePerSecond",
                        "the rate must be more than 0 and at most " + MOST_PER_SECOND + " messages a second, not " + rate + "."));
            }
            if (!account.isSandbox()) {
                Providers.sections(account.provider()).forEach((provider, settings) -> {
                    try {
                        settings.check(checking);
                    } catch (IllegalArgumentException wrong) {
                        problems.add(problem(section + "." + provider, wrong));
                    }
                });
            }
        }
        return problems;
    }

    /** The settings JSON's key of a channel: email, sms, push, voice. */
    public static String section(DeliveryChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A problem with a provider's value, at its JSON path. Providers sending together (APNs and FCM) name their
     * fields within their own section ({@code apns.keyId}).
     */
    static AccountProblem problem(ChannelAccount account, IllegalArgumentException wrong) {
        boolean together = Providers.sections(account.provider()).size() > 1;
        return problem(section(account.channel()) + (together ? "" : "." + account.providerName()), wrong);
    }

    private static AccountProblem problem(String path, IllegalArgumentException wrong) {
        return wrong instanceof AccountFieldException field
                ? new AccountProblem(path + "." + field.field(), field.getMessage())
                : new AccountProblem(path, wrong.getMessage());
    }
}
