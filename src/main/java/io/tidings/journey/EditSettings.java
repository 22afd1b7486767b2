package io.tidings.journey;

/** Changes the journey's settings (schedule, quiet time, limits, refresh), its entry, or both. */
public record EditSettings(JourneySettings settings, JourneyEntry entry) implements JourneyEdit {

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        return graph.withSettings(settings).withEntry(entry);
    }

    @Override
    public String description() {
        return "Edit the journey's settings";
    }
}
