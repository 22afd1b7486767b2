package io.tidings.app;

import static io.tidings.FxTesting.answerUnsavedEdits;
import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.shell.Section;
import java.nio.file.Path;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Leaving an editor through the window (another section, another workspace, closing it) asks before edits are lost. */
@ExtendWith(ApplicationExtension.class)
class UnsavedEditsInTheWindowTest {

    @TempDir
    Path home;

    private Desktop desktop;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desktop = WindowUnderTest.open(stage, home);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(desktop::close);
    }

    @Test
    void anotherSectionAsksAndCancelStays(FxRobot robot) {
        renameInSettings(robot, "Northwind demo");

        robot.clickOn("#" + Section.DASHBOARD.navigationId());
        answerUnsavedEdits(robot, "Cancel");

        assertThat(robot.lookup("#settings").tryQuery()).isPresent();
        assertThat(desktop.shell().sectionProperty().get()).isEqualTo(Section.SETTINGS);
        assertThat(onFx(() -> robot.lookup("#" + Section.SETTINGS.navigationId())
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected())).as("the sidebar stays on Settings").isTrue();
        assertThat(nameField(robot)).isEqualTo("Northwind demo");
    }

    @Test
    void discardShowsTheOtherSectionAndForgetsTheEdit(FxRobot robot) {
        renameInSettings(robot, "Northwind demo");

        robot.clickOn("#" + Section.DASHBOARD.navigationId());
        answerUnsavedEdits(robot, "Discard");

        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        robot.clickOn("#" + Section.SETTINGS.navigationId());
        assertThat(nameField(robot)).isEqualTo(switcher(robot));
    }

    @Test
    void aShortcutToAnotherSectionAsksAndSaveSaves(FxRobot robot) {
        renameInSettings(robot, "Northwind demo");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        answerUnsavedEdits(robot, "Save");

        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        waitUntil(() -> "Northwind demo".equals(switcher(robot)));
    }

    @Test
    void closingTheWindowAsks(FxRobot robot) {
        renameInSettings(robot, "Northwind demo");

        requestClose(robot);
        answerUnsavedEdits(robot, "Cancel");
        assertThat(onFx(stage::isShowing)).as("Cancel keeps the window open").isTrue();

        requestClose(robot);
        answerUnsavedEdits(robot, "Discard");
        waitUntil(() -> !onFx(stage::isShowing));
    }

    @Test
    void openingAnotherWorkspaceAsks(FxRobot robot) {
        renameInSettings(robot, "Northwind demo");
        String before = switcher(robot);

        robot.clickOn("#workspace-switcher").clickOn("#menu-sample-workspace");
        answerUnsavedEdits(robot, "Cancel");

        assertThat(switcher(robot)).isEqualTo(before);
        assertThat(nameField(robot)).isEqualTo("Northwind demo");
    }

    @Test
    void nothingUnsavedMeansNoQuestion(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        robot.clickOn("#" + Section.SETTINGS.navigationId());

        robot.clickOn("#" + Section.DASHBOARD.navigationId());

        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        assertThat(robot.lookup("#unsaved-edits-dialog").tryQuery()).isEmpty();
    }

    private static void renameInSettings(FxRobot robot, String name) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        robot.clickOn("#" + Section.SETTINGS.navigationId());
        robot.doubleClickOn("#settings-workspace-name").press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL).write(name);
        waitUntil(() -> onFx(() -> robot.lookup("#settings-unsaved").query().isVisible()));
    }

    /** As the window manager's close button does; not waited for, since the question holds the FX thread. */
    private void requestClose(FxRobot robot) {
        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private static String nameField(FxRobot robot) {
        return onFx(() -> robot.lookup("#settings-workspace-name").queryAs(TextField.class).getText());
    }

    private static String switcher(FxRobot robot) {
        return onFx(() -> robot.lookup("#workspace-switcher").queryAs(MenuButton.class).getText());
    }
}
