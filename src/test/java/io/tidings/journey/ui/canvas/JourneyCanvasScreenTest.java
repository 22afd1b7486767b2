package io.tidings.journey.ui.canvas;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.journey.ActivityCount;
import io.tidings.journey.Issue;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import io.tidings.shell.FxBackgroundWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

/** The designer canvas with its palette, dragged, clicked and typed at as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class JourneyCanvasScreenTest {

    private FxBackgroundWork background;
    private CanvasStage screen;

    @Start
    void start(Stage stage) {
        background = new FxBackgroundWork(1);
        screen = new CanvasStage(CanvasJourneys.welcome(), background);
        ScreenTestSetup.show(stage, screen.root);
    }

    /** The canvas places its cards once it has its size: on a busy machine that is a few pulses after the show. */
    @BeforeEach
    void waitForTheCards(FxRobot robot) {
        waitUntil(() -> isShown(robot, "port-opened-NO")
                && robot.lookup("#activity-reminder").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void anActivityDraggedFromThePaletteLandsWhereItIsDroppedSelectedAndUndoesAndRedoes(FxRobot robot) {
        robot.drag("#palette-email").moveTo("#activity-reminder").moveBy(0, 200).release(MouseButton.PRIMARY);

        waitUntil(() -> graph().has("Email1"));
        Position dropped = graph().layout().of("Email1");
        Position reminder = graph().layout().of("reminder");
        assertThat(dropped.y()).isBetween(reminder.y() + 120, reminder.y() + 280);
        assertThat(dropped.x() % 8).isZero();
        assertThat(onFx(() -> Set.copyOf(screen.document.selection()))).containsExactly("Email1");
        assertThat(robot.lookup("#activity-Email1").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> !graph().has("Email1") && robot.lookup("#activity-Email1").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> graph().has("Email1") && robot.lookup("#activity-Email1").tryQuery().isPresent());
    }

    @Test
    void aPortDraggedOntoAnActivityConnectsThemAndARefusalSaysWhy(FxRobot robot) {
        robot.drag(named(robot, "port-opened-NO")).moveTo("#activity-reminder").release(MouseButton.PRIMARY);

        waitUntil(() -> "reminder".equals(graph().target(Outlet.of("opened", Port.NO))));
        waitUntil(() -> find(robot, "edge-opened-NO").isPresent());
        assertThat(screen.document.undoDescriptionProperty().get()).isEqualTo("Undo Connect opened's No to reminder");

        robot.drag(named(robot, "port-opened-YES")).moveTo("#activity-opened");
        waitUntil(() -> onFx(() -> robot.lookup("#connection-refusal").query().isVisible()));
        assertThat(onFx(() -> robot.lookup("#connection-refusal").queryLabeled().getText())).contains("itself");
        robot.release(MouseButton.PRIMARY);
        waitUntil(() -> onFx(() -> !robot.lookup("#connection-refusal").query().isVisible()));
        assertThat(graph().target(Outlet.of("opened", Port.YES))).isNull();
    }

    @Test
    void anEdgeEndDraggedOntoTheEmptyCanvasDisconnects(FxRobot robot) {
        robot.drag(named(robot, "edge-wait-NEXT")).moveBy(0, 220).release(MouseButton.PRIMARY);

        waitUntil(() -> graph().target(Outlet.of("wait", Port.NEXT)) == null);
        waitUntil(() -> find(robot, "edge-wait-NEXT").isEmpty());
        assertThat(onFx(() -> named(robot, "port-wait-NEXT").getPseudoClassStates().toString())).contains("open");
    }

    @Test
    void aDraggedCardMovesOnceAndTheArrowKeysNudgeItInOneUndoStep(FxRobot robot) {
        Position before = graph().layout().of("reminder");
        robot.drag("#activity-reminder").moveBy(100, 60).release(MouseButton.PRIMARY);

        waitUntil(() -> !before.equals(graph().layout().of("reminder")));
        Position moved = graph().layout().of("reminder");
        assertThat(moved.x()).isBetween(before.x() + 90, before.x() + 110);
        assertThat(moved.y()).isBetween(before.y() + 50, before.y() + 70);
        assertThat(screen.document.undoDescriptionProperty().get()).isEqualTo("Undo Move reminder");

        robot.type(KeyCode.RIGHT, 3);
        waitUntil(() -> graph().layout().of("reminder").x() == moved.x() + 24);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> graph().layout().of("reminder").equals(moved));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> graph().layout().of("reminder").equals(before));
    }

    @Test
    void deleteRemovesTheSelectionAndItsConnections(FxRobot robot) {
        robot.clickOn("#activity-wait");
        robot.type(KeyCode.DELETE);

        waitUntil(() -> !graph().has("wait"));
        assertThat(graph().target(Outlet.of("welcome", Port.NEXT))).isNull();
        waitUntil(() -> robot.lookup("#activity-wait").tryQuery().isEmpty()
                && find(robot, "edge-welcome-NEXT").isEmpty());
    }

    @Test
    void copiedActivitiesPasteAtThePointerWithTheirConnectionSelected(FxRobot robot) {
        robot.clickOn("#activity-welcome");
        robot.press(KeyCode.SHIFT).clickOn("#activity-wait").release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        robot.moveTo("#activity-reminder").moveBy(-500, 0);
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);

        waitUntil(() -> graph().has("Email1") && graph().has("Wait1"));
        assertThat(graph().target(Outlet.of("Email1", Port.NEXT))).isEqualTo("Wait1");
        assertThat(graph().target(Outlet.of("Wait1", Port.NEXT))).as("only connections inside the copy").isNull();
        assertThat(onFx(() -> Set.copyOf(screen.document.selection()))).containsExactlyInAnyOrder("Email1", "Wait1");
        Position pasted = graph().layout().of("Email1");
        assertThat(pasted.y()).isBetween(graph().layout().of("reminder").y(), graph().layout().of("reminder").y() + 64);
        assertThat(pasted.x()).isLessThan(graph().layout().of("reminder").x() - 300);
    }

    @Test
    void selectAllThenAutoLayoutPlacesEveryCardApartInOneUndoStep(FxRobot robot) {
        robot.clickOn("#activity-reminder");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertThat(onFx(() -> Set.copyOf(screen.document.selection()))).hasSize(4);
        JourneyGraph before = graph();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> !graph().layout().equals(before.layout()));
        assertThat(screen.document.undoDescriptionProperty().get()).isEqualTo("Undo Auto-layout");
        List<Bounds> cards = onFx(() -> {
            List<Bounds> bounds = new ArrayList<>();
            for (String key : List.of("entry", "welcome", "wait", "opened", "reminder")) {
                Node card = robot.lookup("#activity-" + key).query();
                bounds.add(card.localToScene(card.getBoundsInLocal()));
            }
            return bounds;
        });
        for (int one = 0; one < cards.size(); one++) {
            for (int other = one + 1; other < cards.size(); other++) {
                assertThat(cards.get(one).intersects(cards.get(other))).as("cards %d and %d overlap", one, other)
                        .isFalse();
            }
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> graph().equals(before));
    }

    @Test
    void aRubberBandSelectsTheCardsItTouches(FxRobot robot) {
        robot.drag("#activity-wait").moveBy(0, 0);
        robot.release(MouseButton.PRIMARY);
        robot.moveTo("#activity-welcome").moveBy(-60, 120).press(MouseButton.PRIMARY)
                .moveTo("#activity-wait").release(MouseButton.PRIMARY);

        waitUntil(() -> onFx(() -> Set.copyOf(screen.document.selection())).equals(Set.of("welcome", "wait")));
        assertThat(onFx(() -> robot.lookup("#activity-welcome").query().getPseudoClassStates().toString()))
                .contains("selected");
    }

    @Test
    void tabWalksTheCardsInFlowOrderAndEnterOpensTheProperties(FxRobot robot) {
        AtomicReference<String> opened = new AtomicReference<>();
        robot.interact(() -> screen.model.setOnOpenProperties(opened::set));
        robot.clickOn("#activity-entry");

        robot.type(KeyCode.TAB);
        waitUntil(() -> onFx(() -> screen.document.selection().contains("welcome")));
        robot.type(KeyCode.TAB);
        waitUntil(() -> onFx(() -> screen.document.selection().contains("wait")));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> "wait".equals(opened.get()));
    }

    @Test
    void problemsMarkTheCardsAndCountsShowOnCardsAndEdges(FxRobot robot) {
        AtomicReference<String> participants = new AtomicReference<>();
        robot.interact(() -> {
            screen.model.setOnShowParticipants(participants::set);
            screen.document.showIssues(List.of(Issue.error("reminder", null, "Choose a template to send."),
                    Issue.warning("reminder", null, "reminder cannot be reached from the entry.")));
            screen.document.showCounts(new JourneyCounts(Map.of("welcome", new ActivityCount(1204, 1190, 0, 3)),
                    Map.of(Outlet.of("welcome", Port.NEXT), 1201L)), "Live");
        });

        waitUntil(() -> onFx(() -> robot.lookup("#activity-reminder").query().getPseudoClassStates().toString())
                .contains("invalid"));
        assertThat(onFx(() -> robot.lookup("#activity-welcome .count-badge").queryLabeled().getText()))
                .isEqualTo("1,204 entered · 1,190 sent · 3 left");
        assertThat(onFx(() -> ((Labeled) named(robot, "edge-welcome-NEXT").lookup(".edge-count")).getText()))
                .isEqualTo("1,201");
        robot.clickOn("#activity-welcome .count-badge");
        waitUntil(() -> "welcome".equals(participants.get()));
    }

    @Test
    void aReadOnlyJourneyIsSelectedAndZoomedButNotChanged(FxRobot robot) {
        robot.interact(() -> screen.document.readOnlyProperty().set(true));
        JourneyGraph before = graph();

        robot.drag("#activity-reminder").moveBy(120, 0).release(MouseButton.PRIMARY);
        robot.drag(named(robot, "port-opened-NO")).moveTo("#activity-reminder").release(MouseButton.PRIMARY);
        robot.clickOn("#activity-reminder").type(KeyCode.DELETE);
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);

        waitUntil(() -> screen.model.zoomProperty().get() > 1);
        assertThat(onFx(() -> Set.copyOf(screen.document.selection()))).containsExactly("reminder");
        assertThat(graph()).isEqualTo(before);
        assertThat(onFx(() -> robot.lookup("#activity-reminder").query().getLayoutX()))
                .isEqualTo(before.layout().of("reminder").x());
        assertThat(onFx(() -> robot.lookup("#palette-email").query().isDisabled())).isTrue();
    }

    @Test
    void doubleClickOnThePaletteAddsInTheMiddleOfTheCanvas(FxRobot robot) {
        robot.doubleClickOn("#palette-random-split");

        waitUntil(() -> graph().has("RandomSplit1"));
        assertThat(graph().activity("RandomSplit1").config().ports()).containsExactly(Port.PATH_1, Port.PATH_2);
        waitUntil(() -> find(robot, "port-RandomSplit1-PATH_2").isPresent());
        assertThat(onFx(() -> ((Text) robot.lookup("#activity-RandomSplit1 .port-label").query()).getText()))
                .isEqualTo("Path 1 · 50%");
        assertThat(graph().activity("RandomSplit1").config()).isNotInstanceOf(MessageActivity.class);
    }

    @Test
    void escapePutsCardsBeingMovedBackAndNothingIsKept(FxRobot robot) {
        double startX = onFx(() -> robot.lookup("#activity-reminder").query().getLayoutX());
        robot.drag("#activity-reminder").moveBy(120, 40);
        waitUntil(() -> onFx(() -> robot.lookup("#activity-reminder").query().getLayoutX()) > startX + 60);

        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);

        waitUntil(() -> onFx(() -> robot.lookup("#activity-reminder").query().getLayoutX()) == startX);
        assertThat(screen.document.canUndoProperty().get()).isFalse();
        assertThat(graph().layout().of("reminder").x()).isEqualTo(startX);
    }

    @Test
    void anActivityDroppedFromThePaletteOnAConnectionGoesInBetweenInOneUndoStep(FxRobot robot) {
        JourneyGraph before = graph();

        robot.drag("#palette-email").moveTo(named(robot, "edge-welcome-NEXT"));
        waitUntil(() -> onFx(() -> named(robot, "edge-welcome-NEXT").getPseudoClassStates().toString())
                .contains("drop-target"));
        robot.release(MouseButton.PRIMARY);

        waitUntil(() -> graph().has("Email1"));
        assertThat(graph().target(Outlet.of("welcome", Port.NEXT))).isEqualTo("Email1");
        assertThat(graph().target(Outlet.of("Email1", Port.NEXT))).isEqualTo("wait");
        waitUntil(() -> find(robot, "edge-Email1-NEXT").isPresent());
        assertThat(screen.document.undoDescriptionProperty().get())
                .isEqualTo("Undo Insert Email1 between welcome and wait");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> graph().equals(before));
        waitUntil(() -> robot.lookup("#activity-Email1").tryQuery().isEmpty()
                && find(robot, "edge-welcome-NEXT").isPresent());
    }

    @Test
    void aCardConnectedToNothingDroppedOnAConnectionGoesInBetween(FxRobot robot) {
        robot.drag("#activity-reminder").moveTo(named(robot, "edge-wait-NEXT"));
        waitUntil(() -> onFx(() -> named(robot, "edge-wait-NEXT").getPseudoClassStates().toString())
                .contains("drop-target"));
        robot.release(MouseButton.PRIMARY);

        waitUntil(() -> "reminder".equals(graph().target(Outlet.of("wait", Port.NEXT))));
        assertThat(graph().target(Outlet.of("reminder", Port.NEXT))).isEqualTo("opened");
        assertThat(screen.document.undoDescriptionProperty().get())
                .isEqualTo("Undo Insert reminder between wait and opened");
    }

    @Test
    void aSplitDroppedOnAConnectionBeforeTheMessageItTestsIsRefusedInWords(FxRobot robot) {
        robot.interact(() -> screen.model.disconnect(Outlet.of("wait", Port.NEXT)));
        JourneyGraph before = graph();

        robot.drag("#activity-opened").moveTo(named(robot, "edge-entry-START"));
        waitUntil(() -> onFx(() -> named(robot, "edge-entry-START").getPseudoClassStates().toString())
                .contains("refused"));
        assertThat(onFx(() -> robot.lookup("#connection-refusal").queryLabeled().getText()))
                .contains("opened tests an event of welcome");
        robot.release(MouseButton.PRIMARY);

        waitUntil(() -> onFx(() -> robot.lookup("#canvas-message").query().isVisible()));
        assertThat(graph().target(Outlet.ENTRY)).isEqualTo("welcome");
        assertThat(graph().activity("opened").next()).isEqualTo(before.activity("opened").next());
    }

    @Test
    void thePlusBesideAnOpenPortAddsTheChosenActivityConnectedToItsRightInOneUndoStep(FxRobot robot) {
        JourneyGraph before = graph();
        waitUntil(() -> isShown(robot, "add-after-reminder-NEXT"));
        assertThat(find(robot, "add-after-welcome-NEXT").filter(Node::isVisible)).as("a connected port has no +")
                .isEmpty();

        robot.clickOn(named(robot, "add-after-reminder-NEXT"));
        waitUntil(() -> robot.lookup("#quick-add-wait").tryQuery().isPresent());
        robot.clickOn("#quick-add-wait");

        waitUntil(() -> "Wait1".equals(graph().target(Outlet.of("reminder", Port.NEXT))));
        Position reminder = graph().layout().of("reminder");
        Position added = graph().layout().of("Wait1");
        assertThat(added.x()).isGreaterThan(reminder.x() + CardGeometry.WIDTH);
        assertThat(added.y()).isEqualTo(reminder.y());
        assertThat(onFx(() -> Set.copyOf(screen.document.selection()))).containsExactly("Wait1");
        assertThat(screen.document.undoDescriptionProperty().get()).isEqualTo("Undo Add Wait1 after reminder");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> graph().equals(before));
    }

    @Test
    void plusOnAFocusedCardOpensTheSameMenuFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#activity-reminder");
        robot.type(KeyCode.ADD);
        waitUntil(() -> robot.lookup("#quick-add-email").tryQuery().isPresent());

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        waitUntil(() -> "Email1".equals(graph().target(Outlet.of("reminder", Port.NEXT))));
    }

    @Test
    void aCardDraggedToTheBorderScrollsTheCanvasAndKeepsFollowingThePointer(FxRobot robot) {
        double panBefore = onFx(() -> screen.model.viewport().panXProperty().get());
        double zoom = onFx(() -> screen.model.zoomProperty().get());
        Position before = graph().layout().of("reminder");
        Bounds card = onFx(() -> {
            Node reminder = robot.lookup("#activity-reminder").query();
            return reminder.localToScreen(reminder.getBoundsInLocal());
        });
        Bounds canvas = onFx(() -> screen.canvas.localToScreen(screen.canvas.getBoundsInLocal()));
        Point2D border = new Point2D(canvas.getMaxX() - 6, card.getCenterY());

        robot.drag("#activity-reminder").moveTo(border);
        waitUntil(() -> onFx(() -> screen.model.viewport().panXProperty().get()) < panBefore - 200);
        robot.release(MouseButton.PRIMARY);

        waitUntil(() -> !before.equals(graph().layout().of("reminder")));
        double pointerTravel = (border.getX() - card.getCenterX()) / zoom;
        assertThat(graph().layout().of("reminder").x()).as("the card went on with the canvas, past where the pointer "
                + "stopped").isGreaterThan(before.x() + pointerTravel + 150 / zoom);
    }

    private JourneyGraph graph() {
        return onFx(() -> screen.document.graph());
    }

    /** A port, connection or "+" by the name the canvas gives it ("port-opened-NO", "edge-wait-NEXT"). */
    static Optional<Node> find(FxRobot robot, String name) {
        return robot.lookup((Node node) -> name.equals(CanvasNodeNames.of(node))).tryQuery();
    }

    static Node named(FxRobot robot, String name) {
        return find(robot, name).orElseThrow(() -> new AssertionError("nothing on the canvas is named " + name));
    }

    static boolean isShown(FxRobot robot, String name) {
        return onFx(() -> find(robot, name).filter(Node::isVisible).isPresent());
    }
}
