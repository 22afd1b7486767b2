package io.tidings.journey;

import java.util.List;
import java.util.Optional;

/**
 * Running journeys, as the designer and the command line ask for it: publish a valid draft, pause, resume and stop a
 * published one, and read where its participants are. Each change refuses in words (an {@link InvalidJourneyException}
 * whose message says why) when the journey's state does not allow it, e.g. publishing a journey with errors. Returns
 * the journey as it stands after the change.
 */
public interface JourneyRuns {

    Journey publish(long journeyId);

    Journey pause(long journeyId);

    Journey resume(long journeyId);

    Journey stop(long journeyId);

    /** Live counts per activity and per output port of a published (paused, stopped, completed) journey. */
    JourneyCounts counts(long journeyId);

    /**
     * What the executor last did to catch up after Tidings was closed or the journey paused ("Caught up at ...: 120
     * participants ... moved on in order; 30 messages were sent"), if it had to.
     */
    Optional<String> catchUpNotice(long journeyId);

    /**
     * What went wrong the last time the executor could not advance the journey, while it keeps failing; empty once a
     * pass succeeds (and for a journey that never failed).
     */
    Optional<JourneyFailure> lastFailure(long journeyId);

    /** Participants at an activity (or, with a null key, all), at most {@code limit}, longest waiting first. */
    List<ParticipantPosition> participants(long journeyId, String activityKey, int limit);
}
