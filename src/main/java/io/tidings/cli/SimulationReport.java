package io.tidings.cli;

import io.tidings.journey.Activity;
import io.tidings.journey.ActivityCount;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.simulation.ParticipantPath;
import io.tidings.journey.simulation.PathStep;
import io.tidings.journey.simulation.SimulationResult;
import io.tidings.journey.simulation.SimulationTimes;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code journey simulate}'s printout: each activity with its counts, notes, and a sample of paths with reasons. */
final class SimulationReport {

    private SimulationReport() {
    }

    static void print(PrintWriter out, String journeyName, String source, JourneyGraph graph, SimulationResult result,
            int sample) {
        out.printf("Simulated \"%s\" from %s to %s over %,d participants (%s); nothing was sent.%n", journeyName,
                SimulationTimes.format(result.start()), SimulationTimes.format(result.end()), result.participants(),
                source);
        out.println("Opens and clicks: " + result.rates() + ".");
        JourneyCounts counts = result.counts();
        out.printf("Entered the journey: %,d%n%n", result.entered());
        out.printf("%-20s  %-26s  %10s  %10s  %10s  %10s  %s%n", "Activity", "Kind", "Entered", "Sent", "Waiting",
                "Left", "Went on through");
        for (Map.Entry<String, Activity> entry : graph.activities().entrySet()) {
            ActivityCount count = counts.activity(entry.getKey());
            out.printf("%-20s  %-26s  %,10d  %,10d  %,10d  %,10d  %s%n", entry.getKey(),
                    entry.getValue().config().kindName(), count.entered(), count.sent(), count.waiting(),
                    count.exited(), ports(counts, entry.getKey(), entry.getValue()));
        }
        if (!result.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            result.notes().forEach(note -> out.println("  " + note));
        }
        List<ParticipantPath> paths = result.paths().subList(0, Math.min(sample, result.paths().size()));
        if (!paths.isEmpty()) {
            out.println();
            out.printf("Paths of %d of the %,d participants:%n", paths.size(), result.participants());
            for (ParticipantPath path : paths) {
                out.println("  " + path.who() + ": " + path.outcome());
                for (PathStep step : path.steps()) {
                    out.println("    " + SimulationTimes.format(step.at()) + "  " + step.describe());
                }
            }
        }
    }

    private static String ports(JourneyCounts counts, String key, Activity activity) {
        List<String> taken = new ArrayList<>();
        for (Port port : activity.config().ports()) {
            String target = activity.target(port);
            taken.add(String.format("%s %,d%s", port.label(), counts.leftThrough(Outlet.of(key, port)),
                    target == null ? " (ends)" : " to " + target));
        }
        return String.join(", ", taken);
    }
}
