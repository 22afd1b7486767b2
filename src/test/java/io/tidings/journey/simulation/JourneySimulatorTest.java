package io.tidings.journey.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.audience.AudienceFilter;
import io.tidings.audience.EndpointRow;
import io.tidings.delivery.QuietTime;
import io.tidings.journey.Activity;
import io.tidings.journey.ActivityCount;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.Holdout;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLimits;
import io.tidings.journey.JourneySettings;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.RandomSplit;
import io.tidings.journey.SimpleCondition;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.work.WorkCancelledException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator over the sample workspace: its welcome series, test lists and personas, caps and quiet time. */
class JourneySimulatorTest {

    @TempDir
    static Path folder;

    private static OpenedWorkspace sample;
    private static Journey welcome;

    @BeforeAll
    static void sample() {
        sample = new Wiring(Wiring.Host.COMMAND_LINE).createSample(folder.resolve("sample.tidings"), "Sample", true,
                Progress.NONE);
        welcome = sample.journeys().findByName("Welcome series").orElseThrow();
    }

    @AfterAll
    static void close() {
        sample.close();
    }

    private static SimulationResult simulate(JourneyGraph graph, SimulationSource source, int days, Double open) {
        return sample.journeySimulator().simulate(new SimulationRequest(graph, "1", source, days, open, null,
                SimulationRequest.PATHS_KEPT), Progress.NONE);
    }

    private static SimulationSource northAmerica() {
        return new SimulationSource.FromSegment("North America");
    }

    @Test
    void theWelcomeSeriesSendsWaitsAndSplitsOnOpensAsTheRatesSay() {
        SimulationResult everyoneOpens = simulate(welcome.graph(), northAmerica(), 7, 100.0);
        SimulationResult nobodyOpens = simulate(welcome.graph(), northAmerica(), 7, 0.0);

        JourneyCounts counts = everyoneOpens.counts();
        ActivityCount email = counts.activity("welcomeEmail");
        assertThat(email.entered()).isEqualTo(everyoneOpens.entered()).isPositive();
        long withoutEmail = everyoneOpens.paths().stream().filter(path -> path.steps().stream().anyMatch(step ->
                "not sent: none of its endpoints takes email messages".equals(step.because()))).count();
        assertThat(withoutEmail).as("members with a phone number only go on without the email").isPositive();
        assertThat(email.sent() + email.exited() + withoutEmail).isEqualTo(email.entered());
        long yes = counts.leftThrough(Outlet.of("openedWelcome", Port.YES));
        long no = counts.leftThrough(Outlet.of("openedWelcome", Port.NO));
        assertThat(yes + no).isEqualTo(email.sent() + withoutEmail);
        assertThat(yes).as("every delivered email is opened").isBetween(email.sent() * 90 / 100, email.sent() - 1);
        assertThat(counts.activity("saleNudge").entered()).isEqualTo(no);
        assertThat(nobodyOpens.counts().leftThrough(Outlet.of("openedWelcome", Port.YES))).isZero();
        assertThat(everyoneOpens.rates()).contains("100 % open");
    }

    @Test
    void eachPathSaysWhyAtEveryStep() {
        SimulationResult result = simulate(welcome.graph(), northAmerica(), 7, null);

        ParticipantPath first = result.paths().get(0);
        assertThat(first.steps()).extracting(PathStep::describe).contains(
                "entry: Entered (entered the journey)",
                "wait3Days: Waits until " + SimulationTimes.format(result.start().plusSeconds(3 * 86_400))
                        + " (waits 3 days)");
        assertThat(result.paths()).anySatisfy(path -> assertThat(path.outcome())
                .isEqualTo("Left at openedWelcome: the condition held: opened the message of welcomeEmail; Yes leads "
                        + "nowhere, so the path ends"));
        assertThat(result.paths()).anySatisfy(path -> assertThat(path.steps()).extracting(PathStep::because)
                .contains("the condition did not hold: not (opened the message of welcomeEmail)"));
        assertThat(result.rates()).isEqualTo("40 % of delivered messages opened, 10 % of opened emails clicked "
                + "(the sandbox's simulated rates)");
    }

    @Test
    void anEventEntryWithFiltersLetsEveryoneInAndTheNotesSayTheFilterCannotBeSimulated() {
        EventDimensions bigGold = EventDimensions.ofEventTypes("purchase")
                .withFilters(Map.of("plan", new AttributeDimension(
                        AttributeType.INCLUSIVE, List.of("gold"))), Map.of());
        JourneyGraph onEvent = welcome.graph().withEntry(new JourneyEntry.OnEvent(
                "ENDPOINT", bigGold, null, null));

        SimulationResult result = simulate(onEvent, new SimulationSource.Personas(200), 1, null);

        assertThat(result.counts().activity("welcomeEmail").entered()).isEqualTo(200);
        assertThat(result.notes()).contains("The journey starts on an event (purchase, where plan is gold): everyone "
                + "simulated sends one that passes the filter at the start. Simulated events carry no attributes or "
                + "metrics, so the simulation cannot tell who would fail the filter; a published journey lets in only "
                + "those whose events pass it.");
    }

    @Test
    void aShortRunLeavesParticipantsWaiting() {
        SimulationResult result = simulate(welcome.graph(), northAmerica(), 2, null);

        assertThat(result.counts().activity("wait3Days").waiting()).isEqualTo(result.counts().activity("wait3Days")
                .entered()).isPositive();
        assertThat(result.paths().get(0).outcome()).startsWith("Waiting at wait3Days until ");
    }

    @Test
    void aTestListTakesIdsAndAddressesAndAddressesNotInTheWorkspace() {
        List<EndpointRow> rows = sample.audience().page(AudienceFilter.ALL, 0, 50);
        EndpointRow first = rows.get(0);
        EndpointRow other = rows.stream().filter(row -> row.userId() == null || !row.userId().equals(first.userId()))
                .findFirst().orElseThrow();
        SimulationResult result = simulate(welcome.graph(), new SimulationSource.TestList(List.of(first.id(),
                other.address(), "new.person@example.com")), 7, null);

        assertThat(result.participants()).isEqualTo(3);
        assertThat(result.paths()).extracting(ParticipantPath::who).contains("new.person@example.com");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).isEqualTo("1 of the test list is not in the "
                + "workspace and travels with no attributes, segments or time zone: new.person@example.com."));
    }

    @Test
    void personasTakeRandomPathsAndHoldoutsInTheirSharesTheSameWayEachRun() {
        JourneyGraph graph = JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null))
                .with("keep", Activity.of(new Holdout(10)).connect(Port.NEXT, "split"))
                .with("split", Activity.of(new RandomSplit(List.of(20, 80))))
                .connect(Outlet.ENTRY, "keep");
        SimulationResult first = simulate(graph, new SimulationSource.Personas(20_000), 1, null);
        SimulationResult again = simulate(graph, new SimulationSource.Personas(20_000), 1, null);

        assertThat(first.counts().activity("keep").exited()).isBetween(1_700L, 2_300L);
        long pathOne = first.counts().leftThrough(Outlet.of("split", Port.PATH_1));
        assertThat(pathOne).isBetween(3_300L, 3_900L);
        assertThat(again.counts()).isEqualTo(first.counts());
        assertThat(first.paths().get(0).who()).startsWith("Persona 1 (");
    }

    @Test
    void quietTimeHoldsMessagesAndTheDailyCapMovesTheSecondToTheNextDay() {
        JourneySettings settings = JourneySettings.DEFAULT
                .withQuietTime(QuietTime.of(LocalTime.of(0, 0), LocalTime.of(23, 0), QuietTime.Action.HOLD))
                .withLimits(new JourneyLimits(1, null, null, null, null, null));
        MessageActivity.Email email = new MessageActivity.Email(null, null);
        JourneyGraph graph = JourneyGraph.EMPTY.withSettings(settings).withEntry(new JourneyEntry.FromSegment(1, null))
                .with("first", Activity.of(email).connect(Port.NEXT, "second"))
                .with("second", Activity.of(email))
                .connect(Outlet.ENTRY, "first");
        SimulationResult result = simulate(graph, new SimulationSource.Personas(50), 3, null);

        assertThat(result.counts().activity("second").sent()).isEqualTo(50);
        assertThat(result.paths()).allSatisfy(path -> assertThat(path.steps()).extracting(PathStep::because)
                .anyMatch(because -> because.startsWith("reached the daily cap of 1 messages; sends the next day")));
        assertThat(result.paths()).anySatisfy(path -> assertThat(path.steps()).extracting(PathStep::because)
                .anyMatch(because -> because.startsWith("held by quiet time (00:00–23:00 on ")));
    }

    @Test
    void aSplitOnFilteredClicksSaysThatSimulatedClicksPassTheFilter() {
        EventDimensions saleClicks = EventDimensions.ofEventTypes("_email.click").withFilters(Map.of("link",
                new AttributeDimension(AttributeType.CONTAINS, List.of("/sale"))), Map.of());
        JourneyGraph graph = welcome.graph().with("openedWelcome", welcome.graph().activity("openedWelcome")
                .withConfig(new ConditionalSplit(Condition.of(new SimpleCondition.MessageEvent("welcomeEmail",
                        saleClicks)), null)));

        SimulationResult result = simulate(graph, northAmerica(), 7, null);

        assertThat(result.notes()).contains("openedWelcome tests _email.click where link contains /sale: simulated "
                + "opens and clicks carry no attributes or metrics, so every one counts as passing; a published "
                + "journey counts only those that pass.");
    }

    @Test
    void badRequestsAreRefusedInWords() {
        assertThatThrownBy(() -> simulate(welcome.graph(), northAmerica(), 0, null))
                .hasMessage("Simulate from 1 to 540 days; 0 is not.");
        assertThatThrownBy(() -> simulate(welcome.graph(), new SimulationSource.FromSegment("Nobody"), 3, null))
                .hasMessage("There is no segment \"Nobody\" in this workspace (by name or id).");
        assertThatThrownBy(() -> simulate(welcome.graph(), northAmerica(), 3, 120.0))
                .hasMessage("The open rate must be a number from 0 to 100 (percent); 120.0 is not.");
        assertThatThrownBy(() -> simulate(JourneyGraph.EMPTY, northAmerica(), 3, null))
                .hasMessageStartingWith("The journey's entry leads to no activity");
    }

    @Test
    void aCancelledRunStops() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> sample.journeySimulator().simulate(new SimulationRequest(welcome.graph(), "1",
                new SimulationSource.Personas(1_000), 3, null, null, 10), cancelled))
                .isInstanceOf(WorkCancelledException.class);
    }

    @Test
    void personasOfAnEmptyWorkspaceGetDefaultAttributesThatSplitsTest() {
        JourneyGraph graph = JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null))
                .with("pro", Activity.of(new ConditionalSplit(Condition.of(new SimpleCondition.Attributes(
                        "{\"Attributes\": {\"Plan\": {\"AttributeType\": \"INCLUSIVE\", \"Values\": [\"Pro\"]}}}")),
                        null)))
                .connect(Outlet.ENTRY, "pro");
        try (OpenedWorkspace empty = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("empty.tidings"),
                "Empty")) {
            SimulationResult result = empty.journeySimulator().simulate(new SimulationRequest(graph, "1",
                    new SimulationSource.Personas(3_000), 1, null, null, 20), Progress.NONE);

            assertThat(result.counts().leftThrough(Outlet.of("pro", Port.YES))).isBetween(850L, 1_150L);
            assertThat(result.notes()).contains(
                    "The workspace has no attributes, so personas got a Plan and an Interest of their own.");
            assertThat(result.paths()).allSatisfy(path -> assertThat(path.outcome()).isEqualTo(path.who()
                    .contains("Plan Pro,") ? "Left at pro: the condition held: matches the attributes " + PLAN_PRO
                            + "; Yes leads nowhere, so the path ends"
                    : "Left at pro: the condition did not hold: not (matches the attributes " + PLAN_PRO
                            + "); No leads nowhere, so the path ends"));
        }
    }

    private static final String PLAN_PRO =
            "{\"Attributes\": {\"Plan\": {\"AttributeType\": \"INCLUSIVE\", \"Values\": [\"Pro\"]}}}";

    @Test
    void aPersonaIsInASegmentWithTheChanceOfItsShare() {
        long northAmerica = sample.segments().findByName("North America").orElseThrow().id();
        JourneyGraph graph = JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(northAmerica, null))
                .with("inIt", Activity.of(new ConditionalSplit(Condition.of(new SimpleCondition.InSegment(northAmerica)),
                        null)))
                .connect(Outlet.ENTRY, "inIt");
        SimulationResult result = simulate(graph, new SimulationSource.Personas(10_000), 1, null);

        double share = (double) sample.segments().count(sample.segments().find(northAmerica).orElseThrow()).endpoints()
                / sample.audience().summary().endpoints();
        assertThat(result.counts().leftThrough(Outlet.of("inIt", Port.YES)) / 10_000.0).isBetween(share - 0.03,
                share + 0.03);
        assertThat(result.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("Personas are not in the workspace: each is in segment \"North America\" with the chance"));
    }
}
