package io.tidings.journey.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.analytics.Attribution;
import io.tidings.analytics.Event;
import io.tidings.analytics.EventLimits;
import io.tidings.journey.Activity;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.ParticipantPosition;
import io.tidings.journey.TemplateChoice;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.AppDirectories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event-based entry: the executor's thread hears recorded events and lets in the endpoints of matching ones. */
class EventEntryTest {

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    @Test
    void anEndpointEntersWhenItsEventPassesTheFilterAndNotOnAnotherEvent() throws Exception {
        try (ExecutorFixture fixture = new ExecutorFixture(new Wiring(Wiring.Host.COMMAND_LINE,
                new AppDirectories(folder.resolve("home"))).createSample(folder.resolve("sample.tidings"), "Sample",
                        true, Progress.NONE))) {
            long welcome = fixture.opened.templates().templateNamed("Welcome email").orElseThrow().id();
            long id = fixture.opened.journeys().create("After a purchase", JourneyGraph.EMPTY
                    .withEntry(new JourneyEntry.OnEvent("ENDPOINT", EventDimensions.ofEventTypes("purchase"), null,
                            null))
                    .with("thanks", Activity.of(new MessageActivity.Email(new TemplateChoice(welcome, null), null)))
                    .connect(Outlet.ENTRY, "thanks")).id();
            List<String> emails = fixture.texts("SELECT id FROM endpoint WHERE channel_type = 'EMAIL' "
                    + "AND opt_out = 'NONE' AND user_id IS NOT NULL GROUP BY user_id ORDER BY min(key) LIMIT 2");
            String buyer = fixture.texts("SELECT user_id FROM endpoint WHERE id = ?", emails.get(1)).get(0);
            fixture.opened.eventRecorder().listen(fixture.executor);
            fixture.runs.publish(id);
            fixture.executor.start();

            record(fixture, emails.get(0), "_session.start");
            record(fixture, emails.get(1), "purchase");
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (fixture.runs.counts(id).leftThrough(Outlet.ENTRY) == 0) {
                assertThat(System.nanoTime()).as("the purchase let its endpoint in").isLessThan(deadline);
                Thread.sleep(20);
            }

            // The session event was queued before the purchase, so it was heard in the same pass or an earlier one.
            assertThat(fixture.runs.participants(id, null, 10)).extracting(ParticipantPosition::participant)
                    .extracting(participant -> participant.key()).containsExactly("user:" + buyer);
            assertThat(fixture.runs.counts(id).activity("thanks").entered()).isEqualTo(1);
        }
    }

    @Test
    void onlyEventsThatPassTheEntrysAttributeAndMetricFiltersLetTheirSenderIn() throws Exception {
        try (ExecutorFixture fixture = new ExecutorFixture(new Wiring(Wiring.Host.COMMAND_LINE,
                new AppDirectories(folder.resolve("home"))).createSample(folder.resolve("sample.tidings"), "Sample",
                        true, Progress.NONE))) {
            long welcome = fixture.opened.templates().templateNamed("Welcome email").orElseThrow().id();
            EventDimensions bigGold = EventDimensions.ofEventTypes("purchase").withFilters(
                    Map.of("plan", new AttributeDimension(AttributeType.INCLUSIVE, List.of("gold"))),
                    Map.of("price", new MetricDimension(ComparisonOperator.GREATER_THAN_OR_EQUAL, 50)));
            long id = fixture.opened.journeys().create("Big gold purchases", JourneyGraph.EMPTY
                    .withEntry(new JourneyEntry.OnEvent("ENDPOINT", bigGold, null, null))
                    .with("thanks", Activity.of(new MessageActivity.Email(new TemplateChoice(welcome, null), null)))
                    .connect(Outlet.ENTRY, "thanks")).id();
            List<String> emails = fixture.texts("SELECT id FROM endpoint WHERE channel_type = 'EMAIL' "
                    + "AND opt_out = 'NONE' AND user_id IS NOT NULL GROUP BY user_id ORDER BY min(key) LIMIT 4");
            String buyer = fixture.texts("SELECT user_id FROM endpoint WHERE id = ?", emails.get(3)).get(0);
            fixture.opened.eventRecorder().listen(fixture.executor);
            fixture.runs.publish(id);
            fixture.executor.start();

            // The three that fail the filter come first in the same batch, so they are heard before the one that passes.
            fixture.opened.eventRecorder().record(List.of(
                    purchase(fixture, emails.get(0), "silver", 80.0),
                    purchase(fixture, emails.get(1), "gold", 20.0),
                    purchase(fixture, emails.get(2), "Gold", 80.0),
                    purchase(fixture, emails.get(3), "gold", 50.0)), EventLimits.FieldNames.PINPOINT);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (fixture.runs.counts(id).leftThrough(Outlet.ENTRY) == 0) {
                assertThat(System.nanoTime()).as("the big gold purchase let its endpoint in").isLessThan(deadline);
                Thread.sleep(20);
            }

            assertThat(fixture.runs.participants(id, null, 10)).extracting(ParticipantPosition::participant)
                    .extracting(participant -> participant.key()).containsExactly("user:" + buyer);
            assertThat(fixture.runs.counts(id).activity("thanks").entered()).isEqualTo(1);
        }
    }

    private static Event purchase(ExecutorFixture fixture, String endpointId, String plan, double price) {
        return new Event("purchase", fixture.clock.instant(), endpointId, null, null, Map.of("plan", plan),
                Map.of("price", price), Attribution.NONE);
    }

    private static void record(ExecutorFixture fixture, String endpointId, String type) {
        fixture.opened.eventRecorder().record(List.of(new Event(type, fixture.clock.instant(), endpointId, null, null,
                Map.of(), Map.of(), Attribution.NONE)), EventLimits.FieldNames.PINPOINT);
    }
}
