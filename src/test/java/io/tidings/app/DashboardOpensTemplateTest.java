package io.tidings.app;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ui.ScrollIntoView;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A template's name on the Dashboard opens it in the template editor, in the whole window. */
@ExtendWith(ApplicationExtension.class)
class DashboardOpensTemplateTest {

    /** The first launch makes the sample workspace and the Dashboard reads it: slow while the machine is busy. */
    private static final Duration SLOW_WORK = Duration.ofMinutes(3);

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
    void clickingATemplatesNameOpensItInTheEditor(FxRobot robot) {
        // Everything below the results moves while they load: wait until the Dashboard has read all it shows.
        waitUntil(SLOW_WORK, () -> link(robot, "Order shipped").isPresent()
                && !visible(robot, "#overview-loading") && !visible(robot, "#dashboard-loading"));
        // Then bring the name into view as the app brings a field into view and click it once it is on screen; the
        // results above it may still grow and push it away, so until the editor opens this goes round again.
        waitUntil(SLOW_WORK, () -> {
            if (robot.lookup("#template-editor").tryQuery().isPresent()) {
                return true;
            }
            if (onScreen(robot, "Order shipped")) {
                try {
                    robot.clickOn(link(robot, "Order shipped").orElseThrow());
                } catch (RuntimeException movedMeanwhile) {
                    return false;
                }
            } else {
                robot.interact(() -> shownLink(robot, "Order shipped").ifPresent(ScrollIntoView::now));
            }
            return false;
        });

        waitUntil(SLOW_WORK, () -> robot.lookup("#template-editor").tryQuery().isPresent()
                && "Order shipped".equals(text(robot, "#template-title")));
        assertThat(onFx(() -> robot.lookup("#template-editor").query().isVisible())).isTrue();
        assertThat(robot.lookup("#overview").tryQuery()).as("the Dashboard gave way to Templates").isEmpty();
    }

    private static boolean visible(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    private static boolean onScreen(FxRobot robot, String name) {
        return onFx(() -> shownLink(robot, name).map(link -> {
            Bounds bounds = link.localToScene(link.getBoundsInLocal());
            return bounds.getMinY() >= 0 && bounds.getMaxY() <= link.getScene().getHeight();
        }).orElse(false));
    }

    private static Optional<Hyperlink> link(FxRobot robot, String name) {
        return onFx(() -> shownLink(robot, name));
    }

    /** Read on the FX thread. */
    private static Optional<Hyperlink> shownLink(FxRobot robot, String name) {
        return robot.lookup("#overview-templates .hyperlink").<Hyperlink>queryAll().stream()
                .filter(link -> name.equals(link.getText())).findFirst();
    }
}
