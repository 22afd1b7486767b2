package io.tidings.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class JourneyAutoLayoutTest {

    private static final CardSize ONE_PORT = new CardSize(200, 64, List.of(32.0));
    private static final CardSize TWO_PORTS = new CardSize(200, 110, List.of(70.0, 92.0));

    private static final Function<String, CardSize> SIZES = key -> key.startsWith("opened") || key.startsWith("split")
            ? TWO_PORTS : ONE_PORT;

    @Test
    void cardsDoNotOverlapAndFollowTheFlowLeftToRight() {
        JourneyGraph graph = Journeys.welcomeSeries().connect(Outlet.of("opened", Port.YES), "thanks")
                .with("thanks", Activity.of(Journeys.email()));

        JourneyLayout layout = JourneyAutoLayout.layout(graph, SIZES, ONE_PORT);

        assertThat(layout.activities()).containsOnlyKeys(graph.activities().keySet());
        assertNoOverlaps(graph, layout);
        assertThat(layout.entry().x()).isLessThan(layout.of("welcome").x());
        assertThat(layout.of("welcome").x()).isLessThan(layout.of("wait").x());
        assertThat(layout.of("wait").x()).isLessThan(layout.of("opened").x());
        assertThat(layout.of("thanks").y()).as("Yes is drawn above No").isLessThan(layout.of("reminder").y());
    }

    @Test
    void aLargeJourneyIsLaidOutTheSameWayEachTimeWithoutOverlaps() {
        JourneyGraph graph = chain(60);

        JourneyLayout first = JourneyAutoLayout.layout(graph, SIZES, ONE_PORT);
        JourneyLayout second = JourneyAutoLayout.layout(graph, SIZES, ONE_PORT);

        assertThat(second).isEqualTo(first);
        assertNoOverlaps(graph, first);
    }

    @Test
    void theJourneyKeepsItsTopLeftCorner() {
        JourneyGraph graph = Journeys.welcomeSeries();
        graph = graph.withLayout(JourneyLayout.NONE.withEntry(new Position(400, 300))
                .with("welcome", new Position(900, 320)));

        JourneyLayout layout = JourneyAutoLayout.layout(graph, SIZES, ONE_PORT);

        double left = layout.activities().values().stream().mapToDouble(Position::x).min().orElseThrow();
        double top = layout.activities().values().stream().mapToDouble(Position::y).min().orElseThrow();
        assertThat(Math.min(left, layout.entry().x())).isEqualTo(400);
        assertThat(Math.min(top, layout.entry().y())).isEqualTo(300);
    }

    @Test
    void theLayoutIsOneUndoableEdit() {
        JourneyGraph graph = Journeys.welcomeSeries();
        EditHistory history = new EditHistory(graph);

        history.apply(new AutoLayout(JourneyAutoLayout.layout(graph, SIZES, ONE_PORT)));

        assertThat(history.undoDescription()).contains("Auto-layout");
        assertThat(history.current().layout().activities()).hasSize(4);
        assertThat(history.undo()).isEqualTo(graph);
    }

    /** Email, wait, yes/no split whose Yes leads on and whose No sends an SMS that joins again: {@code blocks} times. */
    static JourneyGraph chain(int blocks) {
        JourneyGraph graph = JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null));
        for (int block = 0; block < blocks; block++) {
            String next = block + 1 < blocks ? "email" + (block + 1) : null;
            graph = graph.with("email" + block, Activity.of(Journeys.email()).connect(Port.NEXT, "wait" + block))
                    .with("wait" + block, Activity.of(Journeys.waitDays(2)).connect(Port.NEXT, "split" + block))
                    .with("split" + block, Activity.of(Journeys.opened("email" + block))
                            .connect(Port.YES, next).connect(Port.NO, "sms" + block))
                    .with("sms" + block, Activity.of(Journeys.sms()).connect(Port.NEXT, next));
        }
        return graph.connect(Outlet.ENTRY, "email0");
    }

    private static void assertNoOverlaps(JourneyGraph graph, JourneyLayout layout) {
        List<String> keys = new ArrayList<>(graph.activities().keySet());
        Map<String, Position> at = layout.activities();
        for (int one = 0; one < keys.size(); one++) {
            for (int other = one + 1; other < keys.size(); other++) {
                Position a = at.get(keys.get(one));
                Position b = at.get(keys.get(other));
                CardSize sizeA = SIZES.apply(keys.get(one));
                CardSize sizeB = SIZES.apply(keys.get(other));
                boolean apart = a.x() + sizeA.width() <= b.x() || b.x() + sizeB.width() <= a.x()
                        || a.y() + sizeA.height() <= b.y() || b.y() + sizeB.height() <= a.y();
                assertThat(apart).as(keys.get(one) + " and " + keys.get(other) + " overlap").isTrue();
            }
        }
    }
}
