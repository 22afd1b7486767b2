package io.tidings.journey.ui;

import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.ui.simulation.SimulatorViewModel;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/** Makes the simulator panel for the journey open in the designer; the composition root supplies it. */
@FunctionalInterface
public interface Simulators {

    /**
     * @param journey the journey as drawn now, read when the user runs a simulation
     * @param journeyKey what the random draws hash: the journey's id as text, as the executor uses
     * @param showCounts draws a simulation's counts on the canvas
     */
    SimulatorViewModel open(Supplier<JourneyGraph> journey, Supplier<String> journeyKey,
            BiConsumer<JourneyCounts, String> showCounts);
}
