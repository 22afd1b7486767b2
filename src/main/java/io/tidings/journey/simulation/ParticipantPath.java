package io.tidings.journey.simulation;

import java.util.List;

/**
 * The way one simulated participant went: who it is, each step with its reason, and where it ended ({@code endedAt}
 * the activity it left or waits at, null when it never entered) in words ({@code outcome}).
 */
public record ParticipantPath(String who, String participantKey, String endedAt, String outcome, List<PathStep> steps) {

    public ParticipantPath {
        steps = List.copyOf(steps);
    }

    /** Whether it passed through (or stopped at) the activity. */
    public boolean visited(String activityKey) {
        return steps.stream().anyMatch(step -> activityKey.equals(step.activityKey()));
    }
}
