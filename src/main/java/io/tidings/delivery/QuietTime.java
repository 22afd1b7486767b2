package io.tidings.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.Objects;
import java.util.Optional;

/**
 * The hours, on the endpoint's own clock, when a job's messages must not arrive: from {@code start}
 * up to (not including) {@code end}, across midnight when {@code end} is earlier than {@code start}
 * (21:00–08:00).
 *
 * @param action what happens to a message that falls in quiet time
 * @param promotionalOnly whether transactional messages may still be sent in quiet time
 */
public record QuietTime(LocalTime start, LocalTime end, Action action, boolean promotionalOnly) {

    /** What happens to a message that falls in quiet time. */
    public enum Action {
        /** Keep it and send it when quiet time ends where the endpoint is. */
        HOLD,
        /** Do not send it; its reason is QUIET_TIME. */
        DROP
    }

    public QuietTime {
        Objects.requireNonNull(start, "QuietTime.Start");
        Objects.requireNonNull(end, "QuietTime.End");
        Objects.requireNonNull(action, "QuietTime.Action");
        if (start.equals(end)) {
            throw new IllegalArgumentException("QuietTime.Start and QuietTime.End are both " + start
                    + ": give quiet time a length, such as 21:00 to 08:00.");
        }
    }

    /** Quiet time for promotional messages only, Tidings' default. */
    public static QuietTime of(LocalTime start, LocalTime end, Action action) {
        return new QuietTime(start, end, action, true);
    }

    /** Whether quiet time concerns a message of this kind. */
    boolean appliesTo(boolean promotional) {
        return promotional || !promotionalOnly;
    }

    /**
     * When the quiet period that {@code now} falls in ends on the clocks of {@code zone}, or empty
     * when it is not quiet time there.
     *
     * <p>Whether it is quiet time is a question about the wall clock, so it is asked of the local
     * time. The end is the first instant after {@code now} at which the clocks show {@code end}: when
     * the clocks skip that time (a spring-forward gap), the instant they jump past it; when they show
     * it twice (the autumn overlap), the first showing, or the second one when {@code now} is already
     * inside the repeated hour.
     */
    public Optional<Instant> quietUntil(Instant now, ZoneId zone) {
        ZonedDateTime here = now.atZone(zone);
        LocalTime time = here.toLocalTime();
        LocalDate today = here.toLocalDate();
        LocalDate endDay;
        if (start.isBefore(end)) {
            if (time.isBefore(start) || !time.isBefore(end)) {
                return Optional.empty();
            }
            endDay = today;
        } else if (!time.isBefore(start)) {
            endDay = today.plusDays(1);
        } else if (time.isBefore(end)) {
            endDay = today;
        } else {
            return Optional.empty();
        }
        return Optional.of(firstShowing(LocalDateTime.of(endDay, end), zone, now));
    }

    private static Instant firstShowing(LocalDateTime local, ZoneId zone, Instant after) {
        ZoneRules rules = zone.getRules();
        var offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        Instant last = after;
        for (ZoneOffset offset : offsets) {
            last = local.toInstant(offset);
            if (last.isAfter(after)) {
                return last;
            }
        }
        return last;
    }
}
