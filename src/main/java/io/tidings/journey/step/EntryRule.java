package io.tidings.journey.step;

import io.tidings.analytics.Event;
import io.tidings.journey.IsoDurations;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.JourneySchedule;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether a participant may enter a journey at a moment, as Pinpoint decides it: not before the start time or from the
 * end time on; never while it is in the journey; at most {@code EndpointReentryCap} times in all (0 = no limit; not
 * set = once, Pinpoint's console default), and not sooner than {@code EndpointReentryInterval} after its last entry;
 * with {@code LocalTime} on a segment entry, only with a time zone (Pinpoint leaves the others out). On an event entry,
 * only the sender of an event that passes the entry's filter ({@link #admits}: its type, attributes and metrics). Pure.
 */
public final class EntryRule {

    private final JourneyGraph graph;
    private final EventMatch eventFilter;

    public EntryRule(JourneyGraph graph) {
        this.graph = graph;
        this.eventFilter = graph.entry() instanceof JourneyEntry.OnEvent onEvent
                ? EventMatch.of(onEvent.dimensions()) : null;
    }

    /**
     * Whether {@code event} lets its endpoint's participant ask to enter: the journey starts on an event and this one
     * passes its filter (Pinpoint's {@code EventFilter.Dimensions}: the event type, each attribute and each metric).
     * {@link #decide} then says whether the participant may enter now.
     */
    public boolean admits(Event event) {
        return eventFilter != null && event.endpointId() != null && eventFilter.matches(event);
    }

    public EntryDecision decide(ParticipantFacts facts, Instant now) {
        JourneySchedule schedule = graph.settings().schedule();
        if (schedule.startTime() != null && now.isBefore(schedule.startTime())) {
            return EntryDecision.refused(EntryDecision.Refusal.NOT_STARTED,
                    "the journey starts at " + schedule.startTime());
        }
        if (schedule.endTime() != null && !now.isBefore(schedule.endTime())) {
            return EntryDecision.refused(EntryDecision.Refusal.ENDED, "the journey ended at " + schedule.endTime());
        }
        if (facts.inJourneyNow()) {
            return EntryDecision.refused(EntryDecision.Refusal.ALREADY_IN, "is in the journey already");
        }
        JourneyLimits limits = graph.settings().limits();
        int entered = facts.timesEntered();
        int cap = limits.endpointReentryCap() == null ? 1 : limits.endpointReentryCap();
        if (cap > 0 && entered >= cap) {
            return EntryDecision.refused(EntryDecision.Refusal.REENTRY_CAP, cap == 1 ? "entered once already, "
                    + "and the journey lets each participant in once" : "entered " + entered
                    + " times already, the most the journey allows");
        }
        Duration interval = limits.endpointReentryInterval();
        Instant last = facts.lastEntered();
        if (entered > 0 && interval != null && last != null && now.isBefore(last.plus(interval))) {
            return EntryDecision.refused(EntryDecision.Refusal.TOO_SOON, "entered at " + last
                    + "; may enter again " + IsoDurations.inWords(interval) + " later, at " + last.plus(interval));
        }
        if (graph.settings().localTime() && graph.entry() instanceof JourneyEntry.FromSegment
                && facts.timeZone() == null) {
            return EntryDecision.refused(EntryDecision.Refusal.NO_TIME_ZONE,
                    "has no time zone, and the journey runs on each participant's local time");
        }
        return EntryDecision.enters(entered == 0 ? "entered the journey" : "entered the journey again ("
                + (entered + 1) + " times in all)");
    }
}
