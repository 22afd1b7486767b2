package io.tidings.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a campaign runs: Pinpoint's {@code Schedule}. Recurring runs keep the wall-clock time of the start in
 * {@code timezone}: a DAILY 09:00 America/New_York campaign runs at 09:00 New York time on both sides of a daylight
 * saving change; a MONTHLY one started on the 31st runs on the last day of shorter months; no run is later than
 * {@code endTime}. HOURLY runs are sixty minutes apart, whatever the clocks do.
 *
 * @param startTime the first run, or null for Pinpoint's {@code IMMEDIATE} (one run, when the campaign is launched)
 * @param endTime no run after it; null for none
 * @param timezone the zone the wall-clock times are in (Pinpoint's starting UTC offset with {@code IsLocalTime});
 *     null for UTC
 * @param localTime Pinpoint's {@code IsLocalTime}: each endpoint gets the message at the start's wall-clock time in
 *     its own {@code Demographic.Timezone}
 * @param eventFilter with Frequency EVENT, the events that trigger a message (only those after {@code startTime}, or
 *     the launch, and before {@code endTime}); null otherwise
 */
public record CampaignSchedule(Instant startTime, Frequency frequency, Instant endTime, ZoneId timezone,
        boolean localTime, CampaignEventFilter eventFilter) {

    /**
     * How often a campaign runs. EVENT: no timed runs; a matching event sends to its endpoint. Pinpoint's
     * IN_APP_EVENT (in-app messages) is not offered.
     */
    public enum Frequency { ONCE, HOURLY, DAILY, WEEKLY, MONTHLY, EVENT }

    /** One run, as soon as the campaign is launched. */
    public static final CampaignSchedule IMMEDIATE = new CampaignSchedule(null, Frequency.ONCE, null, null, false);

    public CampaignSchedule {
        if (frequency == null) {
            throw new InvalidCampaignException("Schedule.Frequency is missing: give ONCE, HOURLY, DAILY, WEEKLY, MONTHLY "
                    + "or EVENT.");
        }
        if (frequency == Frequency.EVENT && eventFilter == null) {
            throw new InvalidCampaignException("Schedule.EventFilter is missing: a campaign with Frequency EVENT needs "
                    + "the event type (or types) that trigger it.");
        }
        if (frequency != Frequency.EVENT && eventFilter != null) {
            throw new InvalidCampaignException("Schedule.EventFilter goes with Frequency EVENT, not " + frequency
                    + ": remove it, or make the campaign event-triggered.");
        }
        if (frequency == Frequency.EVENT && localTime) {
            throw new InvalidCampaignException("Schedule.IsLocalTime does not apply to an EVENT campaign: each message "
                    + "goes when its event arrives. Set it to false.");
        }
        if (startTime == null && frequency != Frequency.ONCE && frequency != Frequency.EVENT) {
            throw new InvalidCampaignException("Schedule.StartTime is IMMEDIATE, which goes with Frequency ONCE: "
                    + "give a " + frequency + " campaign the time of its first run.");
        }
        if (startTime == null && localTime) {
            throw new InvalidCampaignException("Schedule.IsLocalTime needs a StartTime: the wall-clock time each "
                    + "endpoint gets the message at. IMMEDIATE sends to everyone at once.");
        }
        if (endTime != null && startTime != null && !endTime.isAfter(startTime)) {
            throw new InvalidCampaignException("Schedule.EndTime (" + endTime + ") is not after Schedule.StartTime ("
                    + startTime + ").");
        }
    }

    /** A timed schedule (no event filter). */
    public CampaignSchedule(Instant startTime, Frequency frequency, Instant endTime, ZoneId timezone,
            boolean localTime) {
        this(startTime, frequency, endTime, timezone, localTime, null);
    }

    /** A campaign that runs once at {@code start}. */
    public static CampaignSchedule once(Instant start) {
        return new CampaignSchedule(start, Frequency.ONCE, null, null, false);
    }

    /** An event-triggered campaign listening from {@code start} (null: from its launch) until {@code end} (null: ever). */
    public static CampaignSchedule onEvent(CampaignEventFilter filter, Instant start, Instant end) {
        return new CampaignSchedule(start, Frequency.EVENT, end, null, false, filter);
    }

    /** Whether matching events, not times, start the campaign's messages. */
    public boolean isEventTriggered() {
        return frequency == Frequency.EVENT;
    }

    /** Whether an event at {@code moment} falls in the schedule's window: from the start (if any) and before the end. */
    public boolean listensAt(Instant moment) {
        return (startTime == null || !moment.isBefore(startTime)) && (endTime == null || moment.isBefore(endTime));
    }

    public boolean isImmediate() {
        return startTime == null;
    }

    public boolean isRecurring() {
        return frequency != Frequency.ONCE && frequency != Frequency.EVENT;
    }

    /** The zone wall-clock times are kept in: {@code timezone}, or UTC. */
    public ZoneId zone() {
        return timezone == null ? ZoneOffset.UTC : timezone;
    }

    /** The first run at or after {@code moment}; empty after the last one (or for an IMMEDIATE schedule). */
    public Optional<Instant> firstRunAtOrAfter(Instant moment) {
        return nextRunAfter(moment.minusNanos(1));
    }

    /** The first run strictly after {@code after}; empty when there is none (or for an IMMEDIATE schedule). */
    public Optional<Instant> nextRunAfter(Instant after) {
        if (startTime == null || frequency == Frequency.EVENT) {
            return Optional.empty();
        }
        long index = startTime.isAfter(after) ? 0 : estimate(after);
        if (frequency == Frequency.ONCE && index > 0) {
            return Optional.empty();
        }
        Instant run = run(index);
        while (!run.isAfter(after)) {
            if (frequency == Frequency.ONCE) {
                return Optional.empty();
            }
            run = run(++index);
        }
        return endTime != null && run.isAfter(endTime) ? Optional.empty() : Optional.of(run);
    }

    /** The run {@code index} runs after the first (0 is the first). */
    Instant run(long index) {
        if (index == 0) {
            return startTime;
        }
        if (frequency == Frequency.HOURLY) {
            return startTime.plus(Duration.ofHours(index));
        }
        LocalDateTime first = startTime.atZone(zone()).toLocalDateTime();
        LocalDateTime local = switch (frequency) {
            case DAILY -> first.plusDays(index);
            case WEEKLY -> first.plusWeeks(index);
            // From the first run each time, so that the 31st comes back after a 30-day month.
            case MONTHLY -> first.plusMonths(index);
            default -> throw new IllegalStateException("A " + frequency + " campaign has one run.");
        };
        // A wall-clock time the clocks skip is moved on by the gap; one they show twice is the first showing.
        return ZonedDateTime.of(local, zone()).toInstant();
    }

    /** A run index a little before the first run after {@code after}, so that the search takes a step or two. */
    private long estimate(Instant after) {
        ZonedDateTime first = startTime.atZone(zone());
        ZonedDateTime then = after.atZone(zone());
        long steps = switch (frequency) {
            case ONCE, EVENT -> 1;
            case HOURLY -> ChronoUnit.HOURS.between(startTime, after);
            case DAILY -> ChronoUnit.DAYS.between(first.toLocalDate(), then.toLocalDate());
            case WEEKLY -> ChronoUnit.WEEKS.between(first.toLocalDate(), then.toLocalDate());
            case MONTHLY -> ChronoUnit.MONTHS.between(first.toLocalDate().withDayOfMonth(1),
                    then.toLocalDate().withDayOfMonth(1));
        };
        return Math.max(frequency == Frequency.ONCE ? 1 : 0, steps - 1);
    }
}
