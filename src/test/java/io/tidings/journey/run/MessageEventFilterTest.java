package io.tidings.journey.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.journey.Activity;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLayout;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.WaitTime;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import io.tidings.work.Progress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A split on a click of the sale's link: only a click whose link passes the filter takes Yes. */
class MessageEventFilterTest {

    @TempDir
    Path folder;

    @Test
    void onlyAClickWhoseAttributesPassTheFilterTakesYes() throws Exception {
        try (ExecutorFixture fixture = new ExecutorFixture(new Wiring(Wiring.Host.COMMAND_LINE,
                new AppDirectories(folder.resolve("home"))).createSample(folder.resolve("sample.tidings"), "Sample",
                true, Progress.NONE))) {
            long northAmerica = fixture.opened.segments().findByName("North America").orElseThrow().id();
            Journey welcome = fixture.opened.journeys().findByName("Welcome series").orElseThrow();
            MessageActivity email = (MessageActivity) welcome.graph().activity("welcomeEmail").config();
            EventDimensions saleClicks = EventDimensions.ofEventTypes("_email.click").withFilters(Map.of("link",
                    new AttributeDimension(AttributeType.CONTAINS, List.of("/sale"))), Map.of());
            JourneyGraph graph = JourneyGraph.EMPTY.withLayout(JourneyLayout.NONE)
                    .withEntry(new JourneyEntry.FromSegment(northAmerica, null))
                    .with("welcome", Activity.of(email).connect(Port.NEXT, "clickedSale"))
                    .with("clickedSale", Activity.of(new ConditionalSplit(Condition.of(
                            new SimpleCondition.MessageEvent("welcome", saleClicks)),
                            WaitTime.waitFor(Duration.ofDays(1)))))
                    .connect(Outlet.ENTRY, "welcome");
            long id = fixture.opened.journeys().create("Sale clicks", graph).id();

            fixture.runs.publish(id);
            fixture.executor.runDue();
            fixture.awaitSent(id);
            List<String> messages = fixture.texts("SELECT m.id FROM outbox_message m JOIN send_job j "
                    + "ON j.id = m.job_id WHERE j.journey_id = ? ORDER BY m.id LIMIT 3", id);
            fixture.clock.advance(Duration.ofHours(1));
            fixture.recordOf(Long.parseLong(messages.get(0)), "_email.click",
                    Map.of("link", "https://shop.example.com/sale?from=welcome"));
            fixture.recordOf(Long.parseLong(messages.get(1)), "_email.click",
                    Map.of("link", "https://shop.example.com/about"));
            fixture.recordOf(Long.parseLong(messages.get(2)), "_email.click");

            fixture.clock.advance(Duration.ofDays(1));
            fixture.executor.runDue();

            JourneyCounts counts = fixture.runs.counts(id);
            assertThat(counts.leftThrough(Outlet.of("clickedSale", Port.YES))).as("the sale's click").isOne();
            assertThat(counts.leftThrough(Outlet.of("clickedSale", Port.NO))).as("another link, or none")
                    .isEqualTo(counts.activity("clickedSale").entered() - 1).isPositive();
        }
    }
}
