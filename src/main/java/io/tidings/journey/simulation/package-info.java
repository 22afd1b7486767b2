/**
 * The journey simulator: runs a journey over a segment, a test list or generated personas with a virtual clock (days
 * pass in seconds), sends nothing, and reports where everyone went and why. {@code JourneySimulation} is the engine
 * (participants held in arrays, moved in batches per moment by {@code io.tidings.journey.step.ActivityStep}, the same
 * decision the executor makes); {@code SimulatedAudience} is who travels; {@code SimulatedEvents} decides opens and
 * clicks from the sandbox's simulated rates or rates given for the run; {@code JourneySimulator} builds the audience
 * from the workspace. No JavaFX: the designer's simulator panel lives in {@code io.tidings.journey.ui.simulation}.
 */
package io.tidings.journey.simulation;
