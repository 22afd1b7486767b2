package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.webhook.WebhookSender;

/**
 * Custom messages called for real (section {@code custom.webhook}): each journey activity's webhook gets its calls,
 * signed with the workspace's webhook secret. Without this account custom messages go to the sandbox, which keeps each
 * call's address and body instead of making it, as it keeps every other channel's messages.
 *
 * @param maxConcurrency the most calls at once, null for 4
 */
public record WebhookAccount(Integer maxConcurrency) implements ProviderAccount {

    static final int DEFAULT_CONCURRENCY = 4;
    static final int MOST_CONCURRENCY = 64;

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.CUSTOM;
    }

    @Override
    public String describe() {
        return "the webhook each journey activity names";
    }

    @Override
    public void check(SenderContext context) {
        concurrency();
    }

    @Override
    public ChannelSender open(SenderContext context) {
        return new WebhookSender(context.webhookSecret(), concurrency(), WebhookSender.TIMEOUTS, context.clock());
    }

    private int concurrency() {
        int calls = maxConcurrency == null ? DEFAULT_CONCURRENCY : maxConcurrency;
        if (calls < 1 || calls > MOST_CONCURRENCY) {
            throw new AccountFieldException("maxConcurrency", "Max concurrency " + calls + " is not between 1 and "
                    + MOST_CONCURRENCY + ".");
        }
        return calls;
    }
}
