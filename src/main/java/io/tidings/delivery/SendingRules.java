package io.tidings.delivery;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides, when a due message is claimed, whether it goes now, waits, or is not sent at all: first
 * a run past its MaximumDuration (EXPIRED), then the endpoint's own state ({@link Suppression}), then quiet time on
 * the endpoint's clock, then the job's (or campaign's) cap and the workspace-wide daily cap per endpoint. Caps count
 * messages sent or being sent, including the ones claimed earlier in the same transaction, so concurrent claims
 * cannot overrun them. The facts come through {@link SendingFacts}: the engine's ledger, or the pre-flight's maps.
 */
final class SendingRules {

    /** What happens to a claimed candidate. */
    sealed interface Decision {
    }

    record Send() implements Decision {
    }

    record Suppress(ReasonCode reason) implements Decision {
    }

    record Hold(ReasonCode reason, Instant until) implements Decision {
    }

    private static final Send SEND = new Send();

    private final Map<String, Optional<ZoneId>> zones = new ConcurrentHashMap<>();
    private final InstantMemo memo = new InstantMemo();

    private static final Suppress EXPIRED = new Suppress(ReasonCode.EXPIRED);

    Decision decide(SendingFacts ledger, JobPlan plan, LedgerSession.Candidate message, Instant now)
            throws SQLException {
        Instant deadline = plan.deadline();
        if (deadline != null && !now.isBefore(deadline)) {
            return EXPIRED;
        }
        var channel = plan.job().channel();
        String address = message.address();
        boolean hasAddress = address != null && !address.isBlank();
        Optional<ReasonCode> suppressed = Suppression.reason(channel, new Suppression.Facts(
                message.endpointId() != null, message.channelType(), address, message.active(), message.optedOut(),
                hasAddress && ledger.addressSuppressed(channel, address),
                hasAddress && ledger.addressTakenInJob(message.jobId(), message.endpointKey(), address)));
        if (suppressed.isPresent()) {
            return new Suppress(suppressed.get());
        }
        JobOptions options = plan.options();
        ZoneId zone = zoneOf(message.timezone(), options);
        QuietTime quiet = options.quietTime();
        if (quiet != null && quiet.appliesTo(plan.promotional())) {
            if (zone == null) {
                return new Suppress(ReasonCode.ENDPOINT_MISSING_TIMEZONE);
            }
            Optional<Instant> until = memo.quietUntil(quiet, now, zone);
            if (until.isPresent()) {
                if (quiet.action() == QuietTime.Action.DROP) {
                    return new Suppress(ReasonCode.QUIET_TIME);
                }
                // Held past the run's deadline, it could never go: it expires now rather than keep the run open.
                return deadline != null && !until.get().isBefore(deadline) ? EXPIRED
                        : new Hold(ReasonCode.QUIET_TIME, until.get());
            }
        }
        if (options.messagesPerEndpoint() > 0
                && ledger.countedTowardsTotal(plan.job(), message.endpointKey()) >= options.messagesPerEndpoint()) {
            return new Suppress(ReasonCode.CAP_EXCEEDED);
        }
        if (options.dailyCapPerEndpoint() > 0 && sentToday(ledger, message.endpointKey(), zone, now)
                >= options.dailyCapPerEndpoint()) {
            return new Suppress(ReasonCode.CAP_EXCEEDED);
        }
        return SEND;
    }

    /** Messages to the endpoint in its calendar day (UTC's when its zone is unknown). */
    private long sentToday(SendingFacts ledger, long endpointKey, ZoneId zone, Instant now) throws SQLException {
        long[] day = memo.day(now, zone == null ? ZoneOffset.UTC : zone);
        return ledger.sentToEndpointBetween(endpointKey, day[0], day[1]);
    }

    /**
     * What depends only on the instant and the zone (quiet time's end, the calendar day's bounds), worked out once for
     * all the messages decided at the same instant in the same zone: a claim's batch, or a pre-flight's million members
     * (in local time, one instant a zone). Bounded: forgotten wholesale when it grows past {@value #MOST}. Claims are
     * decided one transaction at a time, so the lock is never contended.
     */
    private static final class InstantMemo {

        private static final int MOST = 4_096;

        private record QuietKey(Instant at, QuietTime quiet, ZoneId zone) {
        }

        private record DayKey(Instant at, ZoneId zone) {
        }

        private final Map<QuietKey, Optional<Instant>> quietUntil = new HashMap<>();
        private final Map<DayKey, long[]> days = new HashMap<>();

        synchronized Optional<Instant> quietUntil(QuietTime quiet, Instant now, ZoneId zone) {
            if (quietUntil.size() > MOST) {
                quietUntil.clear();
            }
            return quietUntil.computeIfAbsent(new QuietKey(now, quiet, zone), key -> quiet.quietUntil(now, zone));
        }

        synchronized long[] day(Instant now, ZoneId zone) {
            if (days.size() > MOST) {
                days.clear();
            }
            return days.computeIfAbsent(new DayKey(now, zone), any -> {
                LocalDate today = LocalDate.ofInstant(now, zone);
                return new long[] {today.atStartOfDay(zone).toInstant().toEpochMilli(),
                        today.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()};
            });
        }
    }

    /** The endpoint's zone, or the job's fallback zone; null when it has neither. */
    ZoneId zoneOf(String timezone, JobOptions options) {
        return zoneOf(timezone).orElse(options.fallbackTimezone());
    }

    /** The endpoint's Demographic.Timezone as a zone; empty when it has none or it is not a zone name. */
    Optional<ZoneId> zoneOf(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return Optional.empty();
        }
        return zones.computeIfAbsent(timezone, name -> {
            try {
                return Optional.of(ZoneId.of(name));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }
}
