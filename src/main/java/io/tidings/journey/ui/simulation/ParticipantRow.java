package io.tidings.journey.ui.simulation;

import io.tidings.journey.simulation.ParticipantPath;
import io.tidings.journey.simulation.SimulationTimes;
import java.util.List;

/** One participant in the simulator's table: who, where it ended, and its steps in words. */
public record ParticipantRow(String who, String endedAt, String outcome, List<String> steps, ParticipantPath path) {

    static ParticipantRow of(ParticipantPath path) {
        return new ParticipantRow(path.who(), path.endedAt() == null ? "entry" : path.endedAt(), path.outcome(),
                path.steps().stream().map(step -> SimulationTimes.format(step.at()) + "   " + step.describe())
                        .toList(), path);
    }

    boolean matches(String activity, String search) {
        if (activity != null && !path.visited(activity)) {
            return false;
        }
        if (search == null || search.isBlank()) {
            return true;
        }
        String lower = search.strip().toLowerCase(java.util.Locale.ROOT);
        return who.toLowerCase(java.util.Locale.ROOT).contains(lower)
                || outcome.toLowerCase(java.util.Locale.ROOT).contains(lower);
    }
}
