package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.ActivityConfig;
import io.tidings.journey.AddActivity;
import io.tidings.journey.Connect;
import io.tidings.journey.InvalidJourneyException;
import io.tidings.journey.JourneyEdit;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import java.util.Set;

/**
 * Adds a new activity after an open port and connects the port to it, as one edit (the "+" beside an open port).
 * Refused when the port leads somewhere meanwhile.
 */
record AddAfter(Outlet outlet, String key, Activity added, Position at) implements JourneyEdit {

    static AddAfter fresh(JourneyGraph graph, ActivityConfig config, Outlet outlet, Position at) {
        return new AddAfter(outlet, graph.freshKey(config, Set.of()), Activity.of(config), at);
    }

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        if (!outlet.isEntry() && !graph.has(outlet.activityKey())) {
            throw new InvalidJourneyException("There is no activity " + outlet.activityKey() + " to add after.");
        }
        if (graph.target(outlet) != null) {
            throw new InvalidJourneyException(outlet.describe() + " leads to " + graph.target(outlet)
                    + " already: drop the new activity on that connection to put it in between.");
        }
        return new Connect(outlet, key).apply(new AddActivity(key, added, at).apply(graph));
    }

    @Override
    public String description() {
        return "Add " + key + " after " + named(outlet);
    }

    /** "the entry", "welcome" (its one port), "opened's No". */
    static String named(Outlet outlet) {
        return outlet.isEntry() ? "the entry" : outlet.port() == Port.NEXT ? outlet.activityKey() : outlet.describe();
    }
}
