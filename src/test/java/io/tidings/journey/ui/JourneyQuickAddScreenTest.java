package io.tidings.journey.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.journey.Issue;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.template.TemplatePreviewer;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The sample's "Welcome series" in the designer: a connection dragged from the split's open Yes port and dropped on
 * the empty canvas opens the quick-add menu there, as a marketer would use it; the palette beside the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class JourneyQuickAddScreenTest {

    private static final Outlet OPENED_YES = Outlet.of("openedWelcome", Port.YES);
    /** Where an email card's input is, below its top. */
    private static final double CARD_HALF_HEIGHT = 32;

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;
    private JourneyDesignerViewModel designer;

    @Start
    void start(Stage stage) {
        workspace = new Wiring(Wiring.Host.DESKTOP).createSample(folder.resolve("quick-add.tidings"), "Quick add",
                true, Progress.NONE);
        background = new FxBackgroundWork(2);
        designer = new JourneyDesignerViewModel(workspace.journeys(), workspace.journeyRuns(),
                new ActivityPropertiesViewModel(workspace.templates(), workspace.segments(),
                        new TemplatePreviewer(workspace.templateRenderer()), background, ZoneId.of("UTC")),
                background, new RecordingDialogs(), Clock.systemUTC(), Duration.ZERO);
        ScreenTestSetup.show(stage, new JourneyDesignerView(designer, () -> { }));
        designer.open(workspace.journeys().findByName(JourneysViewModel.SAMPLE_JOURNEY).orElseThrow().id());
    }

    /** The journey shown, its cards placed, and the validator's note that Yes leads nowhere. */
    @BeforeEach
    void waitForTheJourney(FxRobot robot) {
        waitUntil(() -> onFx(() -> designer.documentProperty().get() != null
                && port(robot, "openedWelcome", Port.YES) != null && port(robot, "openedWelcome", Port.YES).isVisible()
                && hasNoteOnOpenedYes()));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(designer::close);
        background.close();
        workspace.close();
    }

    @Test
    void anActivityChosenWhereAConnectionIsDroppedLandsThereConnectedAndUndoesAndRedoesInOneStep(FxRobot robot) {
        JourneyGraph before = graph();
        Point2D drop = belowTheWelcomeEmail(robot);

        robot.drag(port(robot, "openedWelcome", Port.YES), MouseButton.PRIMARY).moveTo(drop)
                .release(MouseButton.PRIMARY);

        waitUntil(() -> robot.lookup("#quick-add-email").tryQuery().isPresent());
        assertThat(robot.lookup("#quick-add-after-NO").tryQuery()).as("the menu is for the port dragged").isEmpty();
        assertThat(onFx(() -> robot.lookup(".connection-preview").query().isVisible()))
                .as("the line stays while the menu is open").isTrue();
        Bounds menu = onFx(() -> screenBounds(robot.lookup(".context-menu").query()));
        assertThat(menu.getMinX()).as("the menu opens at the drop point").isBetween(drop.getX() - 4, drop.getX() + 12);
        assertThat(Math.min(Math.abs(menu.getMinY() - drop.getY()), Math.abs(menu.getMaxY() - drop.getY())))
                .as("downwards from the drop point, or upwards when the screen has no room below: %s", menu)
                .isLessThan(16);

        // The drop point on the canvas (canvas units): the line's layer is zoomed and panned with the cards.
        Point2D dropped = onFx(() -> robot.lookup(".connection-preview").query().getParent().screenToLocal(drop));
        double canvasTop = onFx(() -> screenBounds(robot.lookup("#canvas").query()).getMinY());
        robot.clickOn("#quick-add-email");

        waitUntil(() -> graph().target(OPENED_YES) != null);
        String added = graph().target(OPENED_YES);
        assertThat(graph().activity(added).config()).isInstanceOf(MessageActivity.Email.class);
        Position at = graph().layout().of(added);
        assertThat(Math.abs(at.x() - dropped.getX())).as("its input where the line was dropped, on the grid: %s, %s",
                at, dropped).isLessThanOrEqualTo(4);
        assertThat(Math.abs(at.y() + CARD_HALF_HEIGHT - dropped.getY())).isLessThanOrEqualTo(4);
        waitUntil(() -> robot.lookup("#activity-" + added).tryQuery().isPresent());
        // On screen too, though the designer's "Save the journey first" line came above the canvas meanwhile.
        waitUntil(() -> String.valueOf(text(robot, "#journey-publish-why-not")).startsWith("Save the journey first")
                && onFx(() -> screenBounds(robot.lookup("#canvas").query()).getMinY()) > canvasTop + 8);
        Bounds card = onFx(() -> screenBounds(robot.lookup("#activity-" + added).query()));
        double grid = 8 * onFx(() -> designer.canvasProperty().get().zoomProperty().get());
        assertThat(card.getMinX()).isBetween(drop.getX() - grid, drop.getX() + grid);
        assertThat(card.getCenterY()).isBetween(drop.getY() - grid, drop.getY() + grid);
        waitUntil(() -> onFx(() -> !robot.lookup(".connection-preview").query().isVisible()));
        waitUntil(() -> onFx(() -> !hasNoteOnOpenedYes()));
        assertThat(text(robot, "#journey-designer-title")).endsWith(" *");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> graph().equals(before) && robot.lookup("#activity-" + added).tryQuery().isEmpty());
        assertThat(text(robot, "#journey-designer-title")).doesNotEndWith(" *");
        waitUntil(() -> onFx(this::hasNoteOnOpenedYes));

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> added.equals(graph().target(OPENED_YES)) && robot.lookup("#activity-" + added).tryQuery()
                .isPresent());
        waitUntil(() -> onFx(() -> !hasNoteOnOpenedYes()));
    }

    @Test
    void thePalettesBackgroundGoesDownTheWholeColumn(FxRobot robot) {
        double column = onFx(() -> robot.lookup("#journey-palette-scroll").query().getLayoutBounds().getHeight());
        double items = onFx(() -> robot.lookup("#activity-palette").queryAs(Region.class).prefHeight(-1));
        assertThat(column).as("a window taller than the palette's items").isGreaterThan(items + 100);

        assertThat(onFx(() -> robot.lookup("#activity-palette").query().getLayoutBounds().getHeight()))
                .isEqualTo(column);
    }

    @Test
    void escapeOrAClickElsewhereClosesTheMenuAndTheJourneyStaysAsItWasAndUnchanged(FxRobot robot) {
        JourneyGraph before = graph();

        robot.drag(port(robot, "openedWelcome", Port.YES), MouseButton.PRIMARY).moveTo(belowTheWelcomeEmail(robot))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> robot.lookup("#quick-add-email").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> robot.lookup("#quick-add-email").tryQuery().isEmpty());
        waitUntil(() -> onFx(() -> !robot.lookup(".connection-preview").query().isVisible()));
        assertThat(graph()).isEqualTo(before);
        assertThat(onFx(() -> designer.documentProperty().get().dirtyProperty().get())).isFalse();
        assertThat(onFx(() -> designer.documentProperty().get().canUndoProperty().get())).isFalse();

        Bounds canvas = onFx(() -> screenBounds(robot.lookup("#canvas").query()));
        // Just outside the border zone where a drag scrolls the canvas.
        Point2D corner = new Point2D(canvas.getMaxX() - 48, canvas.getMaxY() - 48);
        robot.drag(port(robot, "openedWelcome", Port.YES), MouseButton.PRIMARY).moveTo(corner)
                .release(MouseButton.PRIMARY);
        waitUntil(() -> robot.lookup("#quick-add-holdout").tryQuery().isPresent());
        Bounds menu = onFx(() -> screenBounds(robot.lookup(".context-menu").query()));
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getBounds());
        assertThat(screen.contains(menu.getMinX(), menu.getMinY(), menu.getWidth(), menu.getHeight())).as("the menu dropped near the corner is whole on the screen: %s in %s",
                menu, screen).isTrue();
        robot.clickOn(robot.lookup("#activity-entry").<Node>query());

        waitUntil(() -> robot.lookup("#quick-add-email").tryQuery().isEmpty());
        waitUntil(() -> onFx(() -> !robot.lookup(".connection-preview").query().isVisible()));
        assertThat(graph()).isEqualTo(before);
        assertThat(text(robot, "#journey-designer-title")).isEqualTo("Welcome series \u00b7 Draft");
    }

    /** Empty canvas: well below the welcome email, which nothing is under. */
    private Point2D belowTheWelcomeEmail(FxRobot robot) {
        Bounds email = onFx(() -> screenBounds(robot.lookup("#activity-welcomeEmail").query()));
        Bounds canvas = onFx(() -> screenBounds(robot.lookup("#canvas").query()));
        Point2D drop = new Point2D(email.getCenterX(), email.getMaxY() + 150);
        assertThat(canvas.contains(drop)).as("the drop point %s is on the canvas %s", drop, canvas).isTrue();
        return drop;
    }

    private boolean hasNoteOnOpenedYes() {
        return designer.documentProperty().get().issues().stream().anyMatch(issue -> issue.severity()
                == Issue.Severity.NOTE && "openedWelcome".equals(issue.activityKey()) && issue.port() == Port.YES);
    }

    private JourneyGraph graph() {
        return onFx(() -> designer.documentProperty().get().graph());
    }

    /** The circle of an output port: it carries its port. */
    private static Node port(FxRobot robot, String activity, Port port) {
        return robot.lookup("#activity-" + activity).lookup((Node node) -> node.getUserData() == port).tryQuery()
                .orElse(null);
    }

    /** Where the node is on the screen, its shadow left out. */
    private static Bounds screenBounds(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }
}
