package io.tidings.sample;

import io.tidings.journey.Activity;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLayout;
import io.tidings.journey.JourneyService;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.TemplateChoice;
import io.tidings.journey.WaitActivity;
import io.tidings.journey.WaitTime;
import io.tidings.segment.SegmentService;
import io.tidings.template.TemplateService;
import java.time.Duration;
import java.util.Map;

/**
 * The sample's journey, a draft to open on the canvas: the North America segment gets the welcome email, waits three
 * days, and those who did not open it get the weekend-sale push (the sample has no SMS reminder, and the sample's SMS
 * is an order notice).
 */
final class SampleJourneys {

    static final String NAME = "Welcome series";

    private SampleJourneys() {
    }

    static void addTo(JourneyService journeys, SegmentService segments, TemplateService templates) {
        long northAmerica = segments.findByName("North America").orElseThrow().id();
        long welcome = templates.templateNamed("Welcome email").orElseThrow().id();
        long sale = templates.templateNamed("Weekend sale").orElseThrow().id();
        JourneyGraph graph = JourneyGraph.EMPTY
                .withEntry(new JourneyEntry.FromSegment(northAmerica, "New members in North America"))
                .with("welcomeEmail", Activity.of(new MessageActivity.Email(new TemplateChoice(welcome, null), null))
                        .connect(Port.NEXT, "wait3Days"))
                .with("wait3Days", Activity.of(new WaitActivity(WaitTime.waitFor(Duration.ofDays(3))))
                        .connect(Port.NEXT, "openedWelcome"))
                .with("openedWelcome", Activity.of(new ConditionalSplit(Condition.of(new SimpleCondition.MessageEvent(
                        "welcomeEmail", EventDimensions.ofEventTypes("_email.open"))), null))
                        .connect(Port.NO, "saleNudge").withDescription("Opened the welcome email?"))
                .with("saleNudge", Activity.of(new MessageActivity.Push(new TemplateChoice(sale, null), null)))
                .connect(Outlet.ENTRY, "welcomeEmail")
                .withLayout(new JourneyLayout(new Position(0, 80), Map.of("welcomeEmail", new Position(240, 80),
                        "wait3Days", new Position(480, 80), "openedWelcome", new Position(720, 80),
                        "saleNudge", new Position(960, 200))));
        journeys.create(NAME, graph);
    }
}
