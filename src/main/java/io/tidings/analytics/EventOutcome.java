package io.tidings.analytics;

import java.util.List;

/** What became of one event given to {@link EventRecorder}: recorded, or refused for its problems. */
public record EventOutcome(Event event, List<EventProblem> problems) {

    public EventOutcome {
        problems = List.copyOf(problems);
    }

    public boolean recorded() {
        return problems.isEmpty();
    }
}
