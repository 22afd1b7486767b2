package io.tidings.journey;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Copied activities: only the connections between two copied activities are kept, and the positions are made
 * relative to the copied group's top-left corner. As text it is a journey file (Pinpoint's JSON with the canvas
 * positions, templates and segments by id), so it pastes into another journey of the same workspace too.
 */
public record JourneyClipboard(JourneyGraph fragment) {

    public static JourneyClipboard copy(JourneyGraph graph, Collection<String> keys) {
        Set<String> copied = new LinkedHashSet<>();
        graph.activities().keySet().stream().filter(keys::contains).forEach(copied::add);
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        for (String key : copied) {
            Position position = graph.layout().of(key);
            if (position != null) {
                left = Math.min(left, position.x());
                top = Math.min(top, position.y());
            }
        }
        Map<String, Activity> activities = new LinkedHashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        for (String key : copied) {
            Activity activity = graph.activity(key);
            for (Port port : activity.config().ports()) {
                if (activity.target(port) != null && !copied.contains(activity.target(port))) {
                    activity = activity.connect(port, null);
                }
            }
            activities.put(key, activity);
            Position position = graph.layout().of(key);
            if (position != null) {
                positions.put(key, new Position(position.x() - left, position.y() - top));
            }
        }
        return new JourneyClipboard(new JourneyGraph(JourneySettings.DEFAULT, null, null, activities,
                new JourneyLayout(null, positions)));
    }

    public boolean isEmpty() {
        return fragment.activities().isEmpty();
    }

    /** The clipboard as text. */
    public String toText() {
        return JourneyJson.write(null, fragment, JourneyAssets.BY_ID, true);
    }

    /** Text {@link #toText()} wrote; anything else is refused saying why. */
    public static JourneyClipboard fromText(String text) {
        return new JourneyClipboard(JourneyJson.readStored(text).graph());
    }
}
