package io.tidings.journey;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The canvas positions of the entry card and of each activity; an activity without one is laid out by the designer. */
public record JourneyLayout(Position entry, Map<String, Position> activities) {

    public static final JourneyLayout NONE = new JourneyLayout(null, Map.of());

    public JourneyLayout {
        activities = Map.copyOf(activities);
    }

    public Position of(String key) {
        return activities.get(key);
    }

    public JourneyLayout with(String key, Position position) {
        Map<String, Position> changed = new LinkedHashMap<>(activities);
        if (position == null) {
            changed.remove(key);
        } else {
            changed.put(key, position);
        }
        return new JourneyLayout(entry, changed);
    }

    public JourneyLayout withEntry(Position position) {
        return new JourneyLayout(position, activities);
    }

    public JourneyLayout without(Set<String> keys) {
        Map<String, Position> kept = new LinkedHashMap<>(activities);
        kept.keySet().removeAll(keys);
        return new JourneyLayout(entry, kept);
    }

    public boolean isEmpty() {
        return entry == null && activities.isEmpty();
    }
}
