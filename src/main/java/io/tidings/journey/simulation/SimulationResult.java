package io.tidings.journey.simulation;

import io.tidings.journey.JourneyCounts;
import java.time.Instant;
import java.util.List;

/**
 * What a simulation found: the counts per activity and per output port (drawn on the canvas like a published
 * journey's), the paths of the first {@code paths.size()} participants with the reasons for each step, and notes on how
 * the run was made (rates used, approximations, participants left out).
 *
 * @param participants how many the source held
 * @param entered how many entered the journey within the simulated days
 */
public record SimulationResult(JourneyCounts counts, List<ParticipantPath> paths, long participants, long entered,
        Instant start, Instant end, String rates, List<String> notes) {

    public SimulationResult {
        paths = List.copyOf(paths);
        notes = List.copyOf(notes);
    }
}
