package io.tidings.journey;

/** Points an output port (or the entry) at an activity, replacing where it led before. */
public record Connect(Outlet outlet, String target) implements JourneyEdit {

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        ConnectionCheck check = JourneyValidator.canConnect(graph, outlet, target);
        if (!check.allowed()) {
            throw new InvalidJourneyException(check.reason());
        }
        return graph.connect(outlet, target);
    }

    @Override
    public String description() {
        return "Connect " + outlet.describe() + " to " + target;
    }
}
