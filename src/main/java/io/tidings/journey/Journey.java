package io.tidings.journey;

import java.time.Instant;

/** A saved journey: its definition and layout ({@link JourneyGraph}), its state, and the version a save must name. */
public record Journey(long id, String name, JourneyState state, JourneyGraph graph, int version, Instant createdAt,
        Instant updatedAt) {
}
