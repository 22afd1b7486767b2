package io.tidings.journey;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** Deletes activities; the ports and the entry that led to them become open. */
public record DeleteActivities(Set<String> keys) implements JourneyEdit {

    public DeleteActivities {
        keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    }

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        return graph.without(keys);
    }

    @Override
    public String description() {
        return "Delete " + JourneyEdit.activities(keys);
    }
}
