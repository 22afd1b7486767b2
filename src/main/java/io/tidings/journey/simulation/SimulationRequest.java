package io.tidings.journey.simulation;

import io.tidings.journey.JourneyGraph;

/**
 * A simulation to run: the journey, what its random draws hash ({@code journeyKey}: the journey's id as text, as the
 * executor uses it), who travels, for how many days, the open and click rates in percent (each null: the sandbox's),
 * and how many participants' paths to keep with their reasons.
 */
public record SimulationRequest(JourneyGraph graph, String journeyKey, SimulationSource source, int days,
        Double openPercent, Double clickPercent, int pathsKept) {

    /** The most days a journey runs (Pinpoint's 540). */
    public static final int MOST_DAYS = 540;
    public static final int MOST_PERSONAS = 10_000_000;
    public static final int PATHS_KEPT = 10_000;
}
