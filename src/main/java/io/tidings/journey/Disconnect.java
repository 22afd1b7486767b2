package io.tidings.journey;

/** Leaves an output port (or the entry) open: participants who reach it leave the journey. */
public record Disconnect(Outlet outlet) implements JourneyEdit {

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        return graph.connect(outlet, null);
    }

    @Override
    public String description() {
        return "Disconnect " + outlet.describe();
    }
}
