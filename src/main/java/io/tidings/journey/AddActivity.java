package io.tidings.journey;

import java.util.Locale;
import java.util.Set;

/** Adds an activity at a position on the canvas, its ports open. */
public record AddActivity(String key, Activity activity, Position position) implements JourneyEdit {

    /** Adds a new activity of {@code config}'s kind under a fresh key ({@code Email1}, {@code Wait2}). */
    public static AddActivity fresh(JourneyGraph graph, ActivityConfig config, Position position) {
        return new AddActivity(graph.freshKey(config, Set.of()), Activity.of(config), position);
    }

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        if (graph.has(key)) {
            throw new InvalidJourneyException("The journey already has an activity " + key + ".");
        }
        JourneyGraph added = graph.with(key, activity);
        return position == null ? added : added.withLayout(added.layout().with(key, position));
    }

    @Override
    public String description() {
        return "Add " + activity.config().kindName().toLowerCase(Locale.ROOT);
    }
}
