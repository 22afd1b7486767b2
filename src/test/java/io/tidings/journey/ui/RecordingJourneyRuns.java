package io.tidings.journey.ui;

import io.tidings.journey.ActivityCount;
import io.tidings.journey.InvalidJourneyException;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyRuns;
import io.tidings.journey.JourneyService;
import io.tidings.journey.JourneyState;
import io.tidings.journey.Outlet;
import io.tidings.journey.Participant;
import io.tidings.journey.ParticipantPosition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Journey runs for the screen tests, ahead of the executor: the states a journey goes through, kept in memory over the
 * workspace's journeys, refusing as the contract says; counts and participants as given.
 */
final class RecordingJourneyRuns implements JourneyRuns {

    private final JourneyService journeys;
    private final Map<Long, JourneyState> states = new ConcurrentHashMap<>();

    RecordingJourneyRuns(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public Journey publish(long journeyId) {
        Journey journey = journeys.find(journeyId).orElseThrow();
        if (journeys.validate(journey.graph()).stream().anyMatch(issue -> issue.isError())) {
            throw new InvalidJourneyException("The journey has errors.");
        }
        return move(journeyId, JourneyState.DRAFT, JourneyState.PUBLISHED);
    }

    @Override
    public Journey pause(long journeyId) {
        return move(journeyId, JourneyState.PUBLISHED, JourneyState.PAUSED);
    }

    @Override
    public Journey resume(long journeyId) {
        return move(journeyId, JourneyState.PAUSED, JourneyState.PUBLISHED);
    }

    @Override
    public Journey stop(long journeyId) {
        JourneyState now = state(journeyId);
        if (now != JourneyState.PUBLISHED && now != JourneyState.PAUSED) {
            throw new InvalidJourneyException("Only a running or paused journey can be stopped.");
        }
        states.put(journeyId, JourneyState.STOPPED);
        return as(journeyId);
    }

    @Override
    public JourneyCounts counts(long journeyId) {
        return new JourneyCounts(Map.of("welcomeEmail", new ActivityCount(12, 12, 0, 0)), Map.of(Outlet.ENTRY, 12L));
    }

    @Override
    public List<ParticipantPosition> participants(long journeyId, String activityKey, int limit) {
        return List.of(new ParticipantPosition(new Participant("user-7", "endpoint-7"), activityKey,
                Instant.parse("2026-12-01T09:00:00Z"), null, "Sent the welcome email"));
    }

    private Journey move(long journeyId, JourneyState from, JourneyState to) {
        if (state(journeyId) != from) {
            throw new InvalidJourneyException("The journey is not " + from.name().toLowerCase() + ".");
        }
        states.put(journeyId, to);
        return as(journeyId);
    }

    private JourneyState state(long journeyId) {
        return states.getOrDefault(journeyId, journeys.find(journeyId).orElseThrow().state());
    }

    private Journey as(long journeyId) {
        Journey saved = journeys.find(journeyId).orElseThrow();
        return new Journey(saved.id(), saved.name(), state(journeyId), saved.graph(), saved.version(),
                saved.createdAt(), saved.updatedAt());
    }
}
