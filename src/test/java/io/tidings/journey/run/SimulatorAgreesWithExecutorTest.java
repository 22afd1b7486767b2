package io.tidings.journey.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.journey.Activity;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.Holdout;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLayout;
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
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import io.tidings.work.Progress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a marketer trusts the simulator for: over the same segment, the simulator and the published journey send,
 * wait, split and hold out the same participants, activity by activity and branch by branch.
 */
class SimulatorAgreesWithExecutorTest {

    @TempDir
    Path folder;

    @Test
    void theSimulatorAndTheExecutorCountTheSameAtEveryActivityAndBranch() throws Exception {
        try (ExecutorFixture fixture = new ExecutorFixture(new Wiring(Wiring.Host.COMMAND_LINE,
                new AppDirectories(folder.resolve("home"))).createSample(folder.resolve("sample.tidings"), "Sample",
                true, Progress.NONE))) {
            Journey journey = fixture.opened.journeys().create("Agreement", everyKindOfStep(fixture));
            String journeyKey = Long.toString(journey.id());

            SimulationResult simulated = fixture.opened.journeySimulator().simulate(new SimulationRequest(
                    journey.graph(), journeyKey, new SimulationSource.FromSegment("North America"), 3, null, null,
                    SimulationRequest.PATHS_KEPT), Progress.NONE);

            fixture.runs.publish(journey.id());
            fixture.executor.runDue();
            fixture.awaitSent(journey.id());
            fixture.clock.advance(Duration.ofDays(1));
            fixture.executor.runDue();
            fixture.awaitSent(journey.id());
            JourneyCounts executed = fixture.runs.counts(journey.id());

            assertThat(simulated.counts().leftThrough(Outlet.ENTRY)).as("participants").isPositive();
            for (String activity : List.of("welcome", "oneDay", "runners", "draw", "keepBack", "runnerOffer",
                    "comeBack")) {
                assertThat(executed.activity(activity)).as(activity).isEqualTo(simulated.counts().activity(activity));
            }
            for (Outlet outlet : List.of(Outlet.of("runners", Port.YES), Outlet.of("runners", Port.NO),
                    Outlet.of("draw", Port.PATH_1), Outlet.of("draw", Port.PATH_2))) {
                assertThat(executed.leftThrough(outlet)).as(outlet.toString())
                        .isEqualTo(simulated.counts().leftThrough(outlet)).isPositive();
            }
            assertThat(executed.activity("keepBack").exited()).as("the holdout keeps some back").isPositive();
        }
    }

    /** Entry, email, a day's wait, a segment split, a random split on one branch and a holdout on the other. */
    private static JourneyGraph everyKindOfStep(ExecutorFixture fixture) {
        var segments = fixture.opened.segments();
        long northAmerica = segments.findByName("North America").orElseThrow().id();
        long runners = segments.findByName("Runners who came back").orElseThrow().id();
        Journey welcome = fixture.opened.journeys().findByName("Welcome series").orElseThrow();
        MessageActivity email = (MessageActivity) welcome.graph().activity("welcomeEmail").config();
        return JourneyGraph.EMPTY.withLayout(JourneyLayout.NONE)
                .withEntry(new JourneyEntry.FromSegment(northAmerica, null))
                .with("welcome", Activity.of(email).connect(Port.NEXT, "oneDay"))
                .with("oneDay", Activity.of(new WaitActivity(WaitTime.waitFor(Duration.ofDays(1))))
                        .connect(Port.NEXT, "runners"))
                .with("runners", Activity.of(new ConditionalSplit(Condition.of(new SimpleCondition.InSegment(runners)),
                        null)).connect(Port.YES, "draw").connect(Port.NO, "keepBack"))
                .with("draw", Activity.of(new RandomSplit(List.of(50, 50))).connect(Port.PATH_1, "runnerOffer"))
                .with("runnerOffer", Activity.of(email))
                .with("keepBack", Activity.of(new Holdout(30)).connect(Port.NEXT, "comeBack"))
                .with("comeBack", Activity.of(email))
                .connect(Outlet.ENTRY, "welcome");
    }
}
