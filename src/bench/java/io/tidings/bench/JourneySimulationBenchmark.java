package io.tidings.bench;

import io.tidings.journey.Activity;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.RandomSplit;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.WaitActivity;
import io.tidings.journey.WaitTime;
import io.tidings.journey.simulation.SimulationRequest;
import io.tidings.journey.simulation.SimulationResult;
import io.tidings.journey.simulation.SimulationSource;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Times the journey simulator over generated personas (default 1,000,000) through entry, an email, a 3-day wait, a
 * yes/no split on {@code _email.open}, then a 50/50 random split to two push notifications (Yes) or an SMS (No), for
 * 7 simulated days, three runs in one JVM. Prints wall and process CPU time, the heap in use after the run, and the
 * counts (so a run that moved nobody shows). Arguments: participants (default 1,000,000), folder (default
 * target/bench).
 */
public final class JourneySimulationBenchmark {

    private static final int RUNS = 3;

    private JourneySimulationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/bench");
        Files.createDirectories(folder);
        Path file = folder.resolve("journey-simulation.tidings");
        Files.deleteIfExists(file);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (OpenedWorkspace workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(file, "Simulation benchmark")) {
            SimulationRequest request = new SimulationRequest(journey(), "1",
                    new SimulationSource.Personas(participants), 7, null, null, SimulationRequest.PATHS_KEPT);
            System.out.printf(Locale.ROOT, "Journey simulation: %,d personas, %d activities, 7 days, %d CPUs, "
                    + "max heap %d MB%n", participants, request.graph().activities().size(),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            for (int run = 1; run <= RUNS; run++) {
                long wallStart = System.nanoTime();
                long cpuStart = os.getProcessCpuTime();
                SimulationResult result = workspace.journeySimulator().simulate(request, Progress.NONE);
                double wall = (System.nanoTime() - wallStart) / 1e9;
                double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
                Runtime runtime = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "run %d: wall %.2f s, CPU %.2f s, heap in use %d MB, entered %,d%n",
                        run, wall, cpu, (runtime.totalMemory() - runtime.freeMemory()) >> 20, result.entered());
                if (run == RUNS) {
                    request.graph().activities().keySet().forEach(key -> System.out.printf(Locale.ROOT,
                            "  %-10s %s%n", key, result.counts().activity(key)));
                }
            }
        }
    }

    private static JourneyGraph journey() {
        var opened = new ConditionalSplit(Condition.of(new SimpleCondition.MessageEvent("welcome",
                EventDimensions.ofEventTypes("_email.open"))), null);
        return JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null))
                .with("welcome", Activity.of(new MessageActivity.Email(null, null)).connect(Port.NEXT, "wait"))
                .with("wait", Activity.of(new WaitActivity(WaitTime.waitFor(Duration.ofDays(3))))
                        .connect(Port.NEXT, "opened"))
                .with("opened", Activity.of(opened).connect(Port.YES, "split").connect(Port.NO, "reminder"))
                .with("split", Activity.of(new RandomSplit(List.of(50, 50))).connect(Port.PATH_1, "offerA")
                        .connect(Port.PATH_2, "offerB"))
                .with("offerA", Activity.of(new MessageActivity.Push(null, null)))
                .with("offerB", Activity.of(new MessageActivity.Push(null, null)))
                .with("reminder", Activity.of(new MessageActivity.Sms(null, null, null, null, null, null)))
                .connect(Outlet.ENTRY, "welcome");
    }
}
