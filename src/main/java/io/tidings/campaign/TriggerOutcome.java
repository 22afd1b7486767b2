package io.tidings.campaign;

/** What became of an event that passed an event-triggered campaign's filter. */
public enum TriggerOutcome {
    /** Being handed to the engine; stays so if Tidings stopped at that moment (nothing is sent for it then). */
    PENDING,
    /** A message for its endpoint is in the campaign's send job. */
    TRIGGERED,
    /** Its endpoint is not in the campaign's segment (or not in the audience). */
    NOT_IN_SEGMENT,
    /** It names no endpoint to send to. */
    NO_ENDPOINT,
    /** It was more than five minutes old when it arrived (an import of history, a late upload). */
    STALE,
    /** It happened before the schedule's StartTime or after its EndTime. */
    OUTSIDE_SCHEDULE,
    /** The campaign was paused. */
    PAUSED,
    /** The message could not be created (the problem is kept with it and logged). */
    FAILED
}
