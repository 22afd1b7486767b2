package io.tidings.cli;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.AccountRecord;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.SendJob;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which account each job carries on through when it is resumed: the one it started with. The account of this run
 * (the workspace's, or the one the options give) is used when it is that same account, with its secrets; otherwise
 * the job's own account is, when the job kept it whole. A job is refused, in words, rather than sent to the sandbox
 * or another provider: when the options name another account, or when the job's secrets were not kept and this
 * run has no such account. A job without a record (created before jobs kept one) goes through this run's account.
 */
final class ResumeAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(ResumeAccounts.class);

    private final ChannelAccounts given;
    private final Predicate<DeliveryChannel> named;
    private ChannelAccounts chosen;
    private final Map<DeliveryChannel, SendJob> firstByChannel = new EnumMap<>(DeliveryChannel.class);
    private final List<SendJob> resumed = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    /**
     * @param given the accounts of this run: the workspace's with the options over them
     * @param named whether the options give a channel's account
     */
    ResumeAccounts(ChannelAccounts given, Predicate<DeliveryChannel> named) {
        this.given = given;
        this.named = named;
        this.chosen = given;
    }

    /** Resumes the job through its account, or keeps why it cannot be; returns whether it is resumed. */
    boolean take(SendJob job) {
        DeliveryChannel channel = job.channel();
        ChannelAccount available = given.account(channel);
        ChannelAccounts withIt = chosen;
        if (job.account().isKnown()) {
            AccountRecord.Kept kept = AccountRecord.read(job.account().account(), channel);
            ChannelAccount started = kept.account();
            String sends = "Job " + job.id() + " sends " + word(channel) + " through " + started.describe();
            if (AccountRecord.same(started, available)) {
                withIt = chosen.with(available);
            } else if (named.test(channel)) {
                return refuse(job, "another account was given", sends + ", but the options name "
                        + available.describe() + ". A job carries on through the account it started with.");
            } else if (kept.isWhole()) {
                withIt = channel == DeliveryChannel.EMAIL
                        ? chosen.with(started).withEmail(kept.accounts().email()) : chosen.with(started);
            } else {
                return refuse(job, "its secrets were not kept and this workspace has another account", sends
                        + ", whose " + String.join(" and ", kept.secretsLeftOut()) + " is not kept with the job, and "
                        + "this workspace's " + word(channel) + " account is " + available.describe() + ". Give that "
                        + "account again with --settings" + (channel == DeliveryChannel.EMAIL ? " or the --smtp-* "
                        + "options" : "") + ", or save it with 'tidings accounts save'.");
            }
        }
        SendJob first = firstByChannel.get(channel);
        if (first != null && !AccountRecord.same(chosen.account(channel), withIt.account(channel))) {
            return refuse(job, "another job of the channel sends through another account", "Job " + job.id()
                    + " sends " + word(channel) + " through " + withIt.account(channel).describe() + ", and job "
                    + first.id() + " through " + chosen.account(channel).describe() + ". Resume again once job "
                    + first.id() + " is done.");
        }
        firstByChannel.putIfAbsent(channel, job);
        chosen = withIt;
        resumed.add(job);
        return true;
    }

    /** The accounts to open for the jobs that are resumed. */
    ChannelAccounts accounts() {
        return chosen;
    }

    List<SendJob> resumed() {
        return List.copyOf(resumed);
    }

    /** Why each refused job is not resumed, a message each. */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    /**
     * The rate of each channel: {@code rate} when given, else the lowest the channel's jobs keep (or, for a job
     * that keeps no account, the account's).
     */
    Map<DeliveryChannel, Double> rates(Double rate) {
        Map<DeliveryChannel, Double> rates = new EnumMap<>(DeliveryChannel.class);
        for (SendJob job : resumed) {
            Double own = rate != null ? rate
                    : job.account().isKnown() ? job.account().ratePerSecond()
                    : chosen.account(job.channel()).ratePerSecond();
            if (own != null) {
                rates.merge(job.channel(), own, Math::min);
            }
        }
        return rates;
    }

    private boolean refuse(SendJob job, String why, String message) {
        // The message names the account (its user may be an address); the log says only why.
        LOG.warn("Job {} was not resumed: {}", job.id(), why);
        refusals.add(message);
        return false;
    }

    private static String word(DeliveryChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
