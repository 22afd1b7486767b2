package io.tidings.app;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.reveal;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.analytics.EventRetention;
import io.tidings.analytics.RetentionPeriod;
import io.tidings.shell.Section;
import io.tidings.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings › Analytics on the real window with the sample workspace: the events' retention, checked in words and
 * saved as the same setting {@code tidings events retention} changes.
 */
@ExtendWith(ApplicationExtension.class)
class EventRetentionSettingsScreenTest {

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

    private RetentionPeriod saved() {
        try (Database database = Database.open(home.resolve("workspaces").resolve("sample.tidings"))) {
            return new EventRetention(database, Clock.systemUTC()).retention();
        }
    }

    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(reveal(robot, field)).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
    }

    @Test
    void wrongDaysAreNamedAndNothingIsSavedThenDaysAndUnlimitedAreSaved(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        robot.clickOn("#" + Section.SETTINGS.navigationId());
        waitUntil(() -> robot.lookup("#settings-page-analytics").tryQuery().isPresent());
        robot.clickOn("#settings-page-analytics");
        waitUntil(() -> "90".equals(onFx(() -> robot.lookup("#analytics-retention-days").queryAs(TextField.class).getText())));

        type(robot, "#analytics-retention-days", "0");
        robot.clickOn("#analytics-retention-save");
        waitUntil(() -> shown(robot, "#analytics-retention-problem"));
        assertThat(text(robot, "#analytics-retention-problem"))
                .isEqualTo("Days: 0 is out of range; enter from 1 to 36,500 days, or choose Unlimited.");
        type(robot, "#analytics-retention-days", "ninety");
        robot.clickOn("#analytics-retention-save");
        waitUntil(() -> text(robot, "#analytics-retention-problem").contains("\"ninety\" is not a whole number"));
        assertThat(saved()).isEqualTo(RetentionPeriod.DEFAULT);

        type(robot, "#analytics-retention-days", "30");
        robot.clickOn("#analytics-retention-save");
        waitUntil(() -> text(robot, "#analytics-retention-status").startsWith("Saved"));
        assertThat(shown(robot, "#analytics-retention-problem")).isFalse();
        assertThat(saved()).isEqualTo(RetentionPeriod.ofDays(30));

        robot.clickOn("#analytics-retention-unlimited");
        robot.clickOn("#analytics-retention-save");
        waitUntil(() -> text(robot, "#analytics-retention-status").equals("Saved: raw events are kept for ever."));
        assertThat(saved()).isEqualTo(RetentionPeriod.UNLIMITED);
    }
}
