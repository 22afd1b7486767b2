package io.tidings.shell;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A button bound to a command: clickable when it can run, and saying why not, on hover, when it cannot. */
@ExtendWith(ApplicationExtension.class)
class CommandButtonsTest {

    private final SimpleStringProperty reason = new SimpleStringProperty("Nothing to save: no changes yet.");
    private final AtomicInteger saves = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Button save = new Button("Save");
        save.setId("save");
        save.setTooltip(new Tooltip("Save as a new version"));
        HBox root = new HBox(CommandButtons.bind(save, new UiCommand(saves::incrementAndGet, reason)));
        root.setId("root");
        stage.setScene(new Scene(root, 300, 120));
        stage.show();
    }

    @Test
    void aDisabledButtonSaysWhyNotOnHover(FxRobot robot) {
        assertThat(onFx(() -> robot.lookup("#save").queryButton().isDisabled())).isTrue();

        robot.moveTo("#save");

        waitUntil(() -> tooltipShowing("Nothing to save: no changes yet."));
        robot.clickOn("#save");
        assertThat(saves).hasValue(0);
    }

    @Test
    void anEnabledButtonRunsTheCommandAndKeepsItsOwnTooltip(FxRobot robot) {
        robot.interact(() -> reason.set(null));

        robot.moveTo("#root").moveTo("#save");
        waitUntil(() -> tooltipShowing("Save as a new version"));
        robot.clickOn("#save");

        assertThat(saves).hasValue(1);
    }

    private static boolean tooltipShowing(String text) {
        return onFx(() -> Window.getWindows().stream()
                .anyMatch(window -> window instanceof Tooltip tooltip && tooltip.isShowing() && text.equals(tooltip.getText())));
    }
}
