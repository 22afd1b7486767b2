package io.tidings.wiring;

import io.tidings.channel.accounts.AccountRecord;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.JobAccountCheck;
import io.tidings.delivery.SendJob;
import java.util.Optional;
import java.util.function.Supplier;

/** The sending engine's account check answered by the channel accounts: a job goes only through the account it started with. */
final class SameAccountCheck implements JobAccountCheck {

    private final Supplier<Optional<ChannelAccounts>> accounts;

    /** @param accounts the accounts the engine's senders send through now; empty when they could not be opened */
    SameAccountCheck(Supplier<Optional<ChannelAccounts>> accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<String> refusal(SendJob job) {
        try {
            return accounts.get().flatMap(current ->
                    AccountRecord.otherThan(job.account().account(), job.channel(), current));
        } catch (IllegalArgumentException damaged) {
            return Optional.of(damaged.getMessage());
        }
    }
}
