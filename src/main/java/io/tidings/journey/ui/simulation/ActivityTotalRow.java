package io.tidings.journey.ui.simulation;

import io.tidings.journey.Activity;
import io.tidings.journey.ActivityCount;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One activity's totals in the simulator: entered, sent, waiting at the end, left there, and each port's count. */
public record ActivityTotalRow(String activity, String kind, long entered, long sent, long waiting, long left,
        String wentOn) {

    /** A row per activity of the journey, in its order. */
    static List<ActivityTotalRow> all(JourneyGraph graph, JourneyCounts counts) {
        List<ActivityTotalRow> rows = new ArrayList<>();
        for (Map.Entry<String, Activity> entry : graph.activities().entrySet()) {
            ActivityCount count = counts.activity(entry.getKey());
            List<String> ports = new ArrayList<>();
            for (Port port : entry.getValue().config().ports()) {
                ports.add(String.format("%s %,d", port.label(), counts.leftThrough(Outlet.of(entry.getKey(), port))));
            }
            rows.add(new ActivityTotalRow(entry.getKey(), entry.getValue().config().kindName(), count.entered(),
                    count.sent(), count.waiting(), count.exited(), String.join(", ", ports)));
        }
        return rows;
    }
}
