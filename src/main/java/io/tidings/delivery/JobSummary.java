package io.tidings.delivery;

import java.text.DecimalFormat;
import java.util.OptionalDouble;

/**
 * A send job with its counts as the Outbox shows them.
 *
 * @param queued waiting to be sent, or being sent right now
 * @param sent accepted by the provider (or the sandbox)
 * @param delivered sent and reported delivered by now
 * @param failed failed when sending, or sent and reported bounced or failed by now
 * @param suppressed not sent on purpose (opted out, inactive, suppressed address, ...)
 * @param opened emails reported opened by now, each counted once however often it was opened
 * @param clicked emails with a link reported clicked by now, each counted once
 */
public record JobSummary(SendJob job, long queued, long sent, long delivered, long failed, long suppressed,
        long opened, long clicked) {

    /** Opened as a share of delivered, as Pinpoint's open rate; empty before any delivery. */
    public OptionalDouble openRate() {
        return delivered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) opened / delivered);
    }

    /** Clicked as a share of delivered, as Pinpoint's click rate; empty before any delivery. */
    public OptionalDouble clickRate() {
        return delivered == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) clicked / delivered);
    }

    /** "12 · 40%", or the count alone before any delivery. */
    public static String withRate(long count, OptionalDouble rate) {
        return rate.isEmpty() ? String.format("%,d", count)
                : String.format("%,d · %s%%", count, new DecimalFormat("0.#").format(rate.getAsDouble() * 100));
    }
}
