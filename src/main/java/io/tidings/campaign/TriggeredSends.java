package io.tidings.campaign;

import java.util.Map;

/**
 * An event-triggered campaign's results so far: how many events passed its filter and what became of them, and of
 * the messages they triggered, how many went out and how many were dropped because they could not go within five
 * minutes of their event (Pinpoint drops them and does not retry).
 *
 * @param byOutcome events that passed the filter, by what became of them
 * @param sent triggered messages sent
 * @param droppedLate triggered messages dropped as late (EXPIRED)
 */
public record TriggeredSends(Map<TriggerOutcome, Long> byOutcome, long sent, long droppedLate) {

    public static final TriggeredSends NONE = new TriggeredSends(Map.of(), 0, 0);

    public TriggeredSends {
        byOutcome = Map.copyOf(byOutcome);
    }

    public long count(TriggerOutcome outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }

    /** Events that passed the filter, whatever became of them. */
    public long matched() {
        return byOutcome.values().stream().mapToLong(Long::longValue).sum();
    }
}
