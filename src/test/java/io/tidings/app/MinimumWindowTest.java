package io.tidings.app;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.shell.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every main screen at the smallest window the app allows: no button loses its words, no editor its name. */
@ExtendWith(ApplicationExtension.class)
class MinimumWindowTest {

    @TempDir
    Path home;

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = WindowUnderTest.openAtMinimumSize(stage, home);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(desktop::close);
    }

    @Test
    void theWindowCannotGetSmallerThanTheScreensAreLaidOutFor(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        Stage stage = (Stage) onFx(() -> robot.lookup("#main-window").query().getScene().getWindow());
        assertThat(stage.getMinWidth()).isEqualTo(Desktop.MINIMUM_WIDTH);
        assertThat(stage.getMinHeight()).isEqualTo(Desktop.MINIMUM_HEIGHT);
    }

    @Test
    void noButtonIsCutOnAnyMainScreen(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        for (Section section : List.of(Section.DASHBOARD, Section.AUDIENCE, Section.OUTBOX, Section.SETTINGS)) {
            robot.clickOn("#" + section.navigationId());
            assertThat(cutButtons(robot)).as("buttons cut on %s", section).isEmpty();
        }

        robot.clickOn("#" + Section.SEGMENTS.navigationId());
        waitUntil(() -> robot.lookup("#segment-list").lookup("North America").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#segment-list").lookup("North America").<Node>query());
        waitUntil(() -> text(robot, "#segment-count").matches("[0-9,]+"));
        assertThat(cutButtons(robot)).as("buttons cut in the segment builder").isEmpty();

        robot.clickOn("#" + Section.TEMPLATES.navigationId());
        waitUntil(() -> robot.lookup("#templates").lookup("Weekend sale").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#templates").lookup("Weekend sale").<Node>query());
        waitUntil(() -> "Weekend sale".equals(shownText(robot.lookup("#template-title").queryLabeled())));
        assertThat(cutButtons(robot)).as("buttons cut in the template editor").isEmpty();
    }

    /** The buttons on screen whose text the window shortened, as "the text: what shows". */
    private static List<String> cutButtons(FxRobot robot) {
        return onFx(() -> {
            List<String> cut = new ArrayList<>();
            collect(robot.lookup("#main-window").<Parent>query(), cut);
            return cut;
        });
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof ButtonBase button && button.getText() != null && !button.getText().isEmpty()
                && !button.getText().equals(shownText(button))) {
            cut.add(button.getText() + ": " + shownText(button));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    private static String shownText(Labeled labeled) {
        return onFx(() -> labeled.lookup(".text") instanceof Text text ? text.getText() : labeled.getText());
    }
}
