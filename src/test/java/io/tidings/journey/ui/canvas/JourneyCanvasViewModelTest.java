package io.tidings.journey.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.journey.EditHistory;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import io.tidings.journey.ui.JourneyDocument;
import io.tidings.shell.ImmediateBackgroundWork;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canvas's commands without a window. */
class JourneyCanvasViewModelTest {

    private final JourneyDocument document = new JourneyDocument(new EditHistory(CanvasJourneys.welcome()));
    private final JourneyCanvasViewModel model = new JourneyCanvasViewModel(document, new ImmediateBackgroundWork());

    @Test
    void anAddedActivityLandsOnTheGridSelectedAndAsksForItsProperties() {
        List<String> opened = new ArrayList<>();
        model.setOnOpenProperties(opened::add);

        String key = model.addActivity(ActivityKind.WAIT, new Position(101, 203));

        assertThat(key).isEqualTo("Wait1");
        assertThat(document.graph().layout().of(key)).isEqualTo(new Position(104, 200));
        assertThat(document.selection()).containsExactly(key);
        assertThat(opened).containsExactly(key);
        assertThat(document.undoDescriptionProperty().get()).isEqualTo("Undo Add wait");
    }

    @Test
    void aRefusedConnectionChangesNothingAndSaysWhy() {
        JourneyGraph before = document.graph();

        assertThat(model.connect(Outlet.of("opened", Port.YES), "opened")).isFalse();

        assertThat(document.graph()).isEqualTo(before);
        assertThat(model.messageProperty().get()).isEqualTo("An activity cannot lead to itself.");
    }

    @Test
    void arrowNudgesOfOneSelectionUndoTogether() {
        model.select("reminder");
        Position start = document.graph().layout().of("reminder");

        model.nudge(8, 0);
        model.nudge(8, 0);
        model.nudge(0, 40);

        assertThat(document.graph().layout().of("reminder")).isEqualTo(start.plus(16, 40));
        model.undo();
        assertThat(document.graph().layout().of("reminder")).isEqualTo(start);
    }

    @Test
    void whatIsCopiedPastesIntoAnotherJourneyWithFreshKeys() {
        model.select("welcome");
        document.selection().add("wait");
        model.copySelection();
        JourneyDocument other = new JourneyDocument(new EditHistory(CanvasJourneys.welcome()));
        JourneyCanvasViewModel otherCanvas = new JourneyCanvasViewModel(other, new ImmediateBackgroundWork());

        otherCanvas.paste(new Position(400, 600));

        assertThat(other.selection()).containsExactlyInAnyOrder("Email1", "Wait1");
        assertThat(other.graph().target(Outlet.of("Email1", Port.NEXT))).isEqualTo("Wait1");
        assertThat(other.graph().layout().of("Email1")).isEqualTo(new Position(400, 600));
        assertThat(other.undoDescriptionProperty().get()).isEqualTo("Undo Paste 2 activities");
    }

    @Test
    void aReadOnlyJourneyTakesNoEditsButSelectsAndZooms() {
        document.readOnlyProperty().set(true);
        JourneyGraph before = document.graph();

        model.addActivity(ActivityKind.EMAIL, Position.ORIGIN);
        model.select("wait");
        model.deleteSelection();
        model.nudge(8, 8);
        model.autoLayout();
        model.zoomIn();

        assertThat(document.graph()).isEqualTo(before);
        assertThat(document.selection()).containsExactly("wait");
        assertThat(model.zoomProperty().get()).isGreaterThan(1);
    }

    @Test
    void autoLayoutIsOneEditAndTheZoomStaysWithinItsBounds() {
        model.autoLayout();

        assertThat(document.undoDescriptionProperty().get()).isEqualTo("Undo Auto-layout");
        for (int step = 0; step < 20; step++) {
            model.zoomIn();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(CanvasViewport.MOST_ZOOM);
        for (int step = 0; step < 40; step++) {
            model.zoomOut();
        }
        assertThat(model.zoomProperty().get()).isEqualTo(CanvasViewport.LEAST_ZOOM);
    }

    @Test
    void tabWalksTheActivitiesInFlowOrderThenTheUnreachable() {
        assertThat(model.flowOrder()).containsExactly("welcome", "wait", "opened", "reminder");
    }

    @Test
    void anActivityInsertedIntoAConnectionIsOneEditThatUndoesWhole() {
        JourneyGraph before = document.graph();

        String key = model.insertActivity(ActivityKind.HOLDOUT, Outlet.of("welcome", Port.NEXT), new Position(411, 300));

        assertThat(document.graph().target(Outlet.of("welcome", Port.NEXT))).isEqualTo(key);
        assertThat(document.graph().target(Outlet.of(key, Port.NEXT))).isEqualTo("wait");
        assertThat(document.graph().layout().of(key)).isEqualTo(new Position(408, 304));
        model.undo();
        assertThat(document.graph()).isEqualTo(before);
    }

    @Test
    void aSplitGoesIntoTheFirstPathOnlyAfterTheMessageItTests() {
        model.disconnect(Outlet.of("wait", Port.NEXT));

        assertThat(model.checkInsertion("opened", Outlet.ENTRY).reason())
                .isEqualTo("opened tests an event of welcome, which participants on this path have not been sent: "
                        + "drop it on a connection after welcome.");
        assertThat(model.checkInsertion("opened", Outlet.of("welcome", Port.NEXT)).allowed()).isTrue();
        assertThat(model.checkInsertion("welcome", Outlet.ENTRY)).as("a connected card only moves").isNull();
        assertThat(model.insertExisting("opened", Outlet.of("welcome", Port.NEXT), null)).isTrue();
        assertThat(document.graph().target(Outlet.of("opened", Port.YES))).isEqualTo("wait");
    }

    @Test
    void addingAfterAPortPlacesTheNewActivityBelowACardInTheWay() {
        Position opened = document.graph().layout().of("opened");

        String first = model.addAfter(Outlet.of("opened", Port.YES), ActivityKind.EMAIL);
        String second = model.addAfter(Outlet.of("opened", Port.NO), ActivityKind.EMAIL);

        assertThat(document.graph().target(Outlet.of("opened", Port.YES))).isEqualTo(first);
        assertThat(document.graph().layout().of(first).x()).isEqualTo(opened.x() + CardGeometry.WIDTH + 64);
        assertThat(document.graph().layout().of(second).x()).isEqualTo(document.graph().layout().of(first).x());
        assertThat(document.graph().layout().of(second).y()).as("below the first, not on it")
                .isGreaterThanOrEqualTo(document.graph().layout().of(first).y() + CardGeometry.SINGLE_HEIGHT + 16);
        assertThat(model.addAfter(Outlet.of("opened", Port.YES), ActivityKind.SMS)).isNull();
        assertThat(model.messageProperty().get()).contains("opened's Yes leads to " + first + " already");
    }

    @Test
    void anActivityDroppedOnAShortConnectionGetsRoomTheCardsAfterItMoveRight() {
        JourneyGraph before = document.graph();
        Position between = new Position(430, 80);

        String key = model.insertActivity(ActivityKind.EMAIL, Outlet.of("welcome", Port.NEXT), between);

        JourneyGraph after = document.graph();
        assertThat(after.layout().of(key)).isEqualTo(new Position(296 + CardGeometry.WIDTH + 64, 80));
        double push = after.layout().of("wait").x() - before.layout().of("wait").x();
        assertThat(push).isGreaterThan(0);
        assertThat(after.layout().of("wait").x()).isGreaterThanOrEqualTo(after.layout().of(key).x()
                + CardGeometry.WIDTH + 64);
        assertThat(after.layout().of("opened").x()).isEqualTo(before.layout().of("opened").x() + push);
        assertThat(after.layout().of("reminder")).as("not after the connection").isEqualTo(
                before.layout().of("reminder"));
        assertThat(after.layout().of("welcome")).isEqualTo(before.layout().of("welcome"));
        model.undo();
        assertThat(document.graph()).isEqualTo(before);
    }

    @Test
    void anActivityAddedWhereAConnectionWasDroppedIsConnectedThereInOneEditThatUndoesAndRedoesWhole() {
        JourneyGraph before = document.graph();
        Outlet no = Outlet.of("opened", Port.NO);
        List<String> opened = new ArrayList<>();
        model.setOnOpenProperties(opened::add);
        assertThat(model.canAddAfter(no)).isTrue();
        assertThat(model.canAddAfter(Outlet.of("welcome", Port.NEXT))).as("a connected port").isFalse();

        String key = model.addWhereDropped(no, ActivityKind.EMAIL, new Position(1203, 597));

        JourneyGraph after = document.graph();
        assertThat(after.target(no)).isEqualTo(key);
        assertThat(after.activity(key).config()).isInstanceOf(io.tidings.journey.MessageActivity.Email.class);
        assertThat(after.layout().of(key)).as("its input (half its 64 px down) where the line was dropped, on the grid")
                .isEqualTo(new Position(1200, 568));
        assertThat(document.selection()).containsExactly(key);
        assertThat(opened).containsExactly(key);
        assertThat(document.undoDescriptionProperty().get()).isEqualTo("Undo Add " + key + " after opened's No");
        assertThat(model.canAddAfter(no)).isFalse();

        model.undo();
        assertThat(document.graph()).isEqualTo(before);
        assertThat(document.dirtyProperty().get()).isFalse();
        model.redo();
        assertThat(document.graph()).isEqualTo(after);
    }

    @Test
    void nothingIsAddedWhereAConnectionWasDroppedWhenItsPortLeadsOnMeanwhileOrTheJourneyIsPublished() {
        model.connect(Outlet.of("opened", Port.NO), "reminder");
        JourneyGraph connected = document.graph();

        assertThat(model.addWhereDropped(Outlet.of("opened", Port.NO), ActivityKind.SMS, new Position(900, 500)))
                .isNull();
        assertThat(document.graph()).isEqualTo(connected);
        assertThat(model.messageProperty().get()).contains("opened's No leads to reminder already");

        document.readOnlyProperty().set(true);
        assertThat(model.canAddAfter(Outlet.of("opened", Port.YES))).isFalse();
        assertThat(model.addWhereDropped(Outlet.of("opened", Port.YES), ActivityKind.SMS, new Position(900, 500)))
                .isNull();
        assertThat(document.graph()).isEqualTo(connected);
    }
}
