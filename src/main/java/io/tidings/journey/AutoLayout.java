package io.tidings.journey;

/** Places the cards where the auto-layout put them, as one edit ("Undo Auto-layout"). */
public record AutoLayout(JourneyLayout layout) implements JourneyEdit {

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        JourneyLayout placed = graph.layout();
        for (String key : graph.activities().keySet()) {
            Position position = layout.of(key);
            if (position != null) {
                placed = placed.with(key, position);
            }
        }
        return graph.withLayout(layout.entry() == null ? placed : placed.withEntry(layout.entry()));
    }

    @Override
    public String description() {
        return "Auto-layout";
    }
}
