package io.tidings.app;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** "Send now" on a template or a segment, in the whole window: the campaign editor opens with it chosen. */
@ExtendWith(ApplicationExtension.class)
class SendNowTest {

    @TempDir
    Path home;

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = WindowUnderTest.open(stage, home);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(desktop::close);
    }

    @Test
    void fromATemplateTheEditorOpensWithItAndSendsImmediately(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        robot.clickOn("#nav-templates");
        waitUntil(() -> cell(robot, "#templates-list .label", "Welcome email").isPresent());
        robot.clickOn(cell(robot, "#templates-list .label", "Welcome email").orElseThrow());

        robot.clickOn("#templates-send-now");

        waitUntil(() -> robot.lookup("#campaign-editor").tryQuery().isPresent()
                && onFx(() -> robot.lookup("#campaign-name").queryAs(TextField.class).getText()).startsWith("Welcome email, "));
        robot.clickOn("#campaign-step-message");
        waitUntil(() -> onFx(() -> robot.lookup("#campaign-template-0").queryAs(ComboBox.class).getValue()) != null);
        assertThat(text(robot, "#campaign-default-share")).isEqualTo("100 % (what is left)");
        robot.clickOn("#campaign-step-schedule");
        assertThat(onFx(() -> robot.lookup("#campaign-schedule").queryAs(ComboBox.class).getValue()))
                .isEqualTo(io.tidings.campaign.ui.ScheduleChoice.IMMEDIATELY);
    }

    @Test
    void fromASegmentTheEditorOpensWithItCounted(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        robot.clickOn("#nav-segments");
        waitUntil(() -> cell(robot, "#segment-list .label", "North America").isPresent());
        robot.clickOn(cell(robot, "#segment-list .label", "North America").orElseThrow());

        robot.clickOn("#segment-send-now");

        waitUntil(() -> robot.lookup("#campaign-editor").tryQuery().isPresent());
        waitUntil(() -> String.valueOf(text(robot, "#campaign-audience-size")).matches("In the segment now: [0-9,]+ endpoints.*"));
        assertThat(onFx(() -> robot.lookup("#campaign-name").queryAs(TextField.class).getText()))
                .startsWith("To North America, ");
    }

    private static Optional<Labeled> cell(FxRobot robot, String query, String text) {
        return onFx(() -> robot.lookup(query).<Labeled>queryAll().stream()
                .filter(label -> text.equals(label.getText())).findFirst());
    }
}
