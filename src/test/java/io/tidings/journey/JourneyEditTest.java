package io.tidings.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each designer edit: what it does, that undo gives back the graph before and redo the one after, its description. */
class JourneyEditTest {

    private final JourneyGraph welcome = Journeys.welcomeSeries()
            .withLayout(new JourneyLayout(new Position(0, 0), Map.of("welcome", new Position(200, 0),
                    "wait", new Position(400, 0), "opened", new Position(600, 0), "reminder", new Position(800, 80))));

    @Test
    void everyEditIsUndoneToExactlyTheGraphBeforeAndRedoneToTheGraphAfter() {
        JourneyClipboard copied = JourneyClipboard.copy(welcome, List.of("wait", "opened"));
        List<JourneyEdit> edits = List.of(
                AddActivity.fresh(welcome, Journeys.waitDays(1), new Position(40, 40)),
                new Connect(Outlet.of("opened", Port.YES), "reminder"),
                new Disconnect(Outlet.of("wait", Port.NEXT)),
                new DeleteActivities(Set.of("wait")),
                MoveActivities.by(welcome, List.of("welcome", "wait", "opened"), 8, 0),
                new PasteActivities(copied, new Position(0, 400)),
                new EditActivity("wait", Journeys.waitDays(5), "Five days"),
                new EditSettings(welcome.settings().withQuietTime(null), new JourneyEntry.FromSegment(2, "Others")));
        for (JourneyEdit edit : edits) {
            EditHistory history = new EditHistory(welcome);
            JourneyGraph after = history.apply(edit);

            assertThat(after).as(edit.description()).isNotEqualTo(welcome).isEqualTo(edit.apply(welcome));
            assertThat(history.undo()).as(edit.description()).isEqualTo(welcome);
            assertThat(history.redo()).as(edit.description()).isEqualTo(after);
        }
        assertThat(AddActivity.fresh(welcome, new MessageActivity.Custom(null, null, null, null), null).key())
                .isEqualTo("Custom1");
        assertThat(edits).extracting(JourneyEdit::description).containsExactly("Add wait",
                "Connect opened's Yes to reminder", "Disconnect wait's Next", "Delete wait", "Move 3 activities",
                "Paste 2 activities", "Edit wait", "Edit the journey's settings");
    }

    @Test
    void connectingAnOccupiedPortReplacesWhereItLedAndARefusedConnectionChangesNothing() {
        EditHistory history = new EditHistory(welcome);

        JourneyGraph after = history.apply(new Connect(Outlet.of("opened", Port.NO), "welcome"));

        assertThat(after.activity("opened").next()).isEqualTo(Map.of(Port.NO, "welcome"));
        assertThatThrownBy(() -> history.apply(new Connect(Outlet.of("opened", Port.YES), "opened")))
                .hasMessage("An activity cannot lead to itself.");
        assertThat(history.current()).isEqualTo(after);
        assertThat(history.undoDescription()).contains("Connect opened's No to welcome");
    }

    @Test
    void deletingAnActivityLeavesThePortsAndTheEntryThatLedToItOpen() {
        JourneyGraph after = new DeleteActivities(Set.of("welcome", "opened")).apply(welcome);

        assertThat(after.activities().keySet()).containsExactly("wait", "reminder");
        assertThat(after.startActivity()).isNull();
        assertThat(after.activity("wait").next()).isEmpty();
        assertThat(after.layout().activities()).containsOnlyKeys("wait", "reminder");
    }

    @Test
    void pastedActivitiesGetFreshKeysAndKeepOnlyTheConnectionsBetweenThem() {
        JourneyClipboard copied = JourneyClipboard.fromText(
                JourneyClipboard.copy(welcome, List.of("welcome", "wait", "opened")).toText());
        PasteActivities paste = new PasteActivities(copied, new Position(100, 500));

        JourneyGraph after = paste.apply(welcome);

        assertThat(paste.newKeys(welcome)).containsExactly(Map.entry("welcome", "Email1"), Map.entry("wait", "Wait1"),
                Map.entry("opened", "ConditionalSplit1"));
        assertThat(after.activity("Email1").next()).isEqualTo(Map.of(Port.NEXT, "Wait1"));
        assertThat(after.activity("ConditionalSplit1").next()).isEmpty();
        assertThat(after.activity("ConditionalSplit1").config()).isEqualTo(Journeys.opened("Email1"));
        assertThat(after.layout().of("Email1")).isEqualTo(new Position(100, 500));
        assertThat(after.layout().of("ConditionalSplit1")).isEqualTo(new Position(500, 500));
        assertThat(after.activity("opened")).isEqualTo(welcome.activity("opened"));
    }

    @Test
    void removingABranchFromASplitDropsThatBranchsConnection() {
        JourneyGraph split = welcome.with("choose", Activity.of(new MultiConditionSplit(List.of(
                new SimpleCondition.InSegment(1), new SimpleCondition.InSegment(2)), null))
                .connect(Port.BRANCH_1, "wait").connect(Port.BRANCH_2, "reminder").connect(Port.ELSE, "opened"));

        JourneyGraph after = new EditActivity("choose", new MultiConditionSplit(List.of(
                new SimpleCondition.InSegment(1)), null), null).apply(split);

        assertThat(after.activity("choose").next()).isEqualTo(Map.of(Port.BRANCH_1, "wait", Port.ELSE, "opened"));
    }

    /** A clock that moves only when told. */
    private static final class StepClock implements InstantSource {
        private Instant now = Instant.parse("2026-12-06T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void arrowNudgesOfOneSelectionWithinASecondAreUndoneTogether() {
        StepClock clock = new StepClock();
        EditHistory history = new EditHistory(welcome, clock);

        for (int step = 0; step < 5; step++) {
            history.apply(MoveActivities.by(history.current(), List.of("welcome", "wait"), 8, 0));
            clock.advance(Duration.ofMillis(300));
        }
        JourneyGraph nudged = history.current();
        clock.advance(Duration.ofSeconds(2));
        history.apply(MoveActivities.by(history.current(), List.of("welcome", "wait"), 0, 8));
        history.apply(MoveActivities.by(history.current(), List.of("welcome"), 0, 8));

        assertThat(history.undo().layout().of("welcome")).isEqualTo(new Position(240, 8));
        assertThat(history.undo()).isEqualTo(nudged);
        assertThat(nudged.layout().of("welcome")).isEqualTo(new Position(240, 0));
        assertThat(history.undoDescription()).contains("Move 2 activities");
        assertThat(history.undo()).isEqualTo(welcome);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void historyKeepsTheLast200EditsAndAGestureIsOneEntry() {
        StepClock clock = new StepClock();
        EditHistory history = new EditHistory(welcome, clock);
        for (int step = 1; step <= 205; step++) {
            history.apply(MoveActivities.by(history.current(), List.of("welcome"), 8, 0));
            clock.advance(Duration.ofSeconds(2));
        }
        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }

        assertThat(undone).isEqualTo(EditHistory.MOST);
        assertThat(history.current().layout().of("welcome")).isEqualTo(new Position(200 + 5 * 8, 0));

        EditHistory gesture = new EditHistory(welcome);
        gesture.beginGroup("Add wait after welcome");
        gesture.apply(new AddActivity("pause", Activity.of(Journeys.waitDays(1)), null));
        gesture.apply(new Connect(Outlet.of("welcome", Port.NEXT), "pause"));
        gesture.apply(new Connect(Outlet.of("pause", Port.NEXT), "wait"));
        assertThat(gesture.canUndo()).isFalse();
        gesture.endGroup();

        assertThat(gesture.undoDescription()).contains("Add wait after welcome");
        assertThat(gesture.undo()).isEqualTo(welcome);
        assertThat(gesture.canUndo()).isFalse();
    }

    @Test
    void theJourneyIsDirtyUntilUndoneBackToWhatWasSavedAndANewEditClearsRedo() {
        EditHistory history = new EditHistory(welcome);
        history.apply(new Disconnect(Outlet.of("wait", Port.NEXT)));
        history.markSaved();
        long saved = history.revision();

        history.apply(new DeleteActivities(Set.of("reminder")));
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
        assertThat(history.revision()).isEqualTo(saved);
        history.undo();
        assertThat(history.isDirty()).isTrue();

        history.apply(new Disconnect(Outlet.of("wait", Port.NEXT)));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.isDirty()).as("the same graph as saved, reached by another edit").isTrue();
        assertThat(history.revision()).isNotEqualTo(saved);

        history.apply(new Disconnect(Outlet.of("wait", Port.NEXT)));
        assertThat(history.undoDescription()).as("an edit that changes nothing is not kept")
                .contains("Disconnect wait's Next");
    }
}
