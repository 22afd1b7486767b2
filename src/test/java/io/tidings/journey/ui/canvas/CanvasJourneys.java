package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.JourneyAutoLayout;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLayout;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import io.tidings.journey.RandomSplit;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.TemplateChoice;
import io.tidings.journey.WaitActivity;
import io.tidings.journey.WaitTime;
import java.time.Duration;
import java.util.List;

/** Journeys the canvas tests draw: a small welcome series with fixed positions, and long ones laid out by ELK. */
final class CanvasJourneys {

    private CanvasJourneys() {
    }

    /**
     * Entry → welcome (email) → wait (3 days) → opened (yes/no, both ports open), and a lone SMS "reminder" below;
     * cards one step apart, left to right.
     */
    static JourneyGraph welcome() {
        JourneyGraph graph = JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null))
                .with("welcome", Activity.of(email(1)).connect(Port.NEXT, "wait"))
                .with("wait", Activity.of(waitDays(3)).connect(Port.NEXT, "opened"))
                .with("opened", Activity.of(opened("welcome")))
                .with("reminder", Activity.of(new MessageActivity.Sms(new TemplateChoice(2, null), null, null, null,
                        null, null)))
                .connect(Outlet.ENTRY, "welcome");
        return graph.withLayout(JourneyLayout.NONE.withEntry(new Position(40, 80))
                .with("welcome", new Position(296, 80)).with("wait", new Position(552, 80))
                .with("opened", new Position(808, 80)).with("reminder", new Position(808, 320)));
    }

    /**
     * About {@code activities} activities: blocks of email, wait, yes/no split (Yes on, No an SMS that joins again),
     * every third block a random split, laid out by ELK.
     */
    static JourneyGraph lengthy(int activities) {
        JourneyGraph graph = JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null));
        int blocks = Math.max(1, activities / 4);
        for (int block = 0; block < blocks; block++) {
            String next = block + 1 < blocks ? "email" + (block + 1) : null;
            graph = graph.with("email" + block, Activity.of(email(1)).connect(Port.NEXT, "wait" + block))
                    .with("wait" + block, Activity.of(waitDays(1 + block % 3)).connect(Port.NEXT, "split" + block))
                    .with("split" + block, Activity.of(block % 3 == 2 ? new RandomSplit(List.of(50, 30, 20))
                            : opened("email" + block)).connect(block % 3 == 2 ? Port.PATH_1 : Port.YES, next)
                            .connect(block % 3 == 2 ? Port.PATH_2 : Port.NO, "sms" + block))
                    .with("sms" + block, Activity.of(new MessageActivity.Sms(new TemplateChoice(2, null), null, null,
                            null, null, null)).connect(Port.NEXT, next));
        }
        graph = graph.connect(Outlet.ENTRY, "email0");
        return graph.withLayout(laidOut(graph));
    }

    static JourneyLayout laidOut(JourneyGraph graph) {
        return JourneyAutoLayout.layout(graph, key -> CardGeometry.of(graph.activity(key)), CardGeometry.ENTRY);
    }

    static MessageActivity.Email email(long template) {
        return new MessageActivity.Email(new TemplateChoice(template, null), null);
    }

    static WaitActivity waitDays(int days) {
        return new WaitActivity(WaitTime.waitFor(Duration.ofDays(days)));
    }

    static ConditionalSplit opened(String emailKey) {
        return new ConditionalSplit(Condition.of(new SimpleCondition.MessageEvent(emailKey,
                EventDimensions.ofEventTypes("_email.open"))), WaitTime.waitFor(Duration.ofHours(1)));
    }
}
