package io.tidings.app;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.AppSettingsStore;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
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

    @TempDir
    Path home;

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        AppDirectories directories = new AppDirectories(home);
        AppSettingsStore store = new AppSettingsStore(directories.settingsFile());
        desktop = Desktop.onStage(stage, directories, store, store.load());
        stage.show();
        desktop.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(desktop::close);
    }

    @Test
    void clickingATemplatesNameOpensItInTheEditor(FxRobot robot) {
        waitUntil(() -> link(robot, "Order shipped").isPresent());
        // The templates sit below the results, which may still grow as they load: scroll down as a person would
        // until the name is on screen.
        robot.moveTo("#overview");
        waitUntil(() -> {
            if (onScreen(robot, "Order shipped")) {
                return true;
            }
            robot.scroll(10, VerticalDirection.DOWN);
            return false;
        });

        robot.clickOn(link(robot, "Order shipped").orElseThrow());

        waitUntil(() -> robot.lookup("#template-editor").tryQuery().isPresent()
                && "Order shipped".equals(text(robot, "#template-title")));
        assertThat(onFx(() -> robot.lookup("#template-editor").query().isVisible())).isTrue();
        assertThat(robot.lookup("#overview").tryQuery()).isEmpty();
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
