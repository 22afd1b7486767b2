package io.tidings.journey.ui.canvas;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.journey.JourneyGraph;
import io.tidings.shell.FxBackgroundWork;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A journey of 200 activities on the canvas: every card is drawn, it opens where its words can be read, and fitting it
 * hides the small print.
 */
@ExtendWith(ApplicationExtension.class)
class LargeJourneyCanvasScreenTest {

    private static final JourneyGraph JOURNEY = CanvasJourneys.lengthy(200);

    private FxBackgroundWork background;
    private CanvasStage screen;

    @Start
    void start(Stage stage) {
        background = new FxBackgroundWork(1);
        screen = new CanvasStage(JOURNEY, background);
        ScreenTestSetup.show(stage, screen.root);
    }

    @AfterEach
    void close() {
        background.close();
    }

    @Test
    void everyActivityOfALongJourneyIsDrawnItOpensWhereItCanBeReadAndFitHidesTheSmallPrint(FxRobot robot) {
        int cards = JOURNEY.activities().size() + 1;
        waitUntil(Duration.ofMinutes(2), () -> onFx(() -> placedCards(robot)) == cards);
        assertThat(JOURNEY.activities()).hasSize(200);
        assertThat(onFx(() -> screen.model.zoomProperty().get())).as("opens where its words can be read")
                .isEqualTo(JourneyCanvasViewModel.READABLE_ZOOM);
        waitUntil(() -> onFx(() -> robot.lookup(".card-title").queryAll().stream().anyMatch(Node::isVisible)));
        int titles = onFx(() -> robot.lookup(".card-title").queryAll().size());
        assertThat(titles).as("made for the cards on screen, not for all 201").isBetween(2, cards - 1);

        robot.clickOn("#activity-entry");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);

        waitUntil(() -> onFx(() -> screen.model.zoomProperty().get()) < JourneyCanvasView.DETAIL_ZOOM);
        waitUntil(() -> onFx(() -> robot.lookup(".card-title").queryAll().stream().noneMatch(Node::isVisible)));
    }

    private static int placedCards(FxRobot robot) {
        int placed = 0;
        for (Node card : robot.lookup(".activity-card").queryAll()) {
            if (card.getLayoutBounds().getWidth() > 0 && card.getScene() != null) {
                placed++;
            }
        }
        return placed;
    }
}
