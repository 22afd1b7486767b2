package io.tidings.journey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Places activities at new positions, once per gesture (on release); {@code entry}, when not null, moves the entry
 * card too.
 */
public record MoveActivities(Map<String, Position> positions, Position entry) implements JourneyEdit {

    public MoveActivities {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    /** Moves each activity by the same distance from where it is. */
    public static MoveActivities by(JourneyGraph graph, Iterable<String> keys, double dx, double dy) {
        Map<String, Position> moved = new LinkedHashMap<>();
        for (String key : keys) {
            Position now = graph.layout().of(key);
            moved.put(key, (now == null ? Position.ORIGIN : now).plus(dx, dy));
        }
        return new MoveActivities(moved, null);
    }

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        JourneyLayout layout = graph.layout();
        for (Map.Entry<String, Position> moved : positions.entrySet()) {
            if (!graph.has(moved.getKey())) {
                throw new InvalidJourneyException("There is no activity " + moved.getKey() + " to move.");
            }
            layout = layout.with(moved.getKey(), moved.getValue());
        }
        return graph.withLayout(entry == null ? layout : layout.withEntry(entry));
    }

    /** Moving the same activities again continues the move (the arrow keys nudge a selection step by step). */
    @Override
    public boolean continues(JourneyEdit earlier) {
        return earlier instanceof MoveActivities move && entry == null && move.entry() == null
                && move.positions().keySet().equals(positions.keySet());
    }

    @Override
    public String description() {
        if (positions.isEmpty()) {
            return "Move the entry";
        }
        return "Move " + JourneyEdit.activities(positions.keySet());
    }
}
