package io.tidings.audience.ui;

import static io.tidings.FxTesting.answerUnsavedEdits;
import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.reveal;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.audience.EndpointRow;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An endpoint's edits are never lost: choosing another row with unsaved changes asks Save, Discard or Cancel. */
@ExtendWith(ApplicationExtension.class)
class AudienceUnsavedEditsTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;

    @Start
    void start(Stage stage) {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        background = new FxBackgroundWork(2);
        ScreenTestSetup.show(stage, new AudienceView(new AudienceViewModel(workspace.audience(),
                workspace.audienceImport(), workspace.audienceExport(), workspace.userActivity(), background,
                new FxDialogService(stage))));
    }

    /** These tests are about the endpoint table: the marketer switches to it first. */
    @BeforeEach
    void listEndpoints(FxRobot robot) {
        robot.clickOn("#audience-show-endpoints");
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    @Test
    void cancelKeepsTheEditAndTheRow(FxRobot robot) {
        EndpointRow first = open(robot, 0);
        typeCity(robot, "Springfield");
        assertThat(onFx(() -> robot.lookup("#endpoint-unsaved").query().isVisible())).as("the unsaved marker").isTrue();

        clickRow(robot, 1);
        answerUnsavedEdits(robot, "Cancel");

        waitUntil(() -> selectedIndex(robot) == 0);
        assertThat(text(robot, "#endpoint-editor-heading")).isEqualTo(first.address());
        assertThat(onFx(() -> robot.lookup("#endpoint-location-city").queryAs(TextField.class).getText()))
                .isEqualTo("Springfield");
    }

    @Test
    void discardMovesOnAndSavesNothing(FxRobot robot) {
        EndpointRow first = open(robot, 0);
        String city = workspace.audience().endpoint(first.id()).orElseThrow().location().city();
        typeCity(robot, "Springfield");

        EndpointRow second = clickRow(robot, 1);
        answerUnsavedEdits(robot, "Discard");

        waitUntil(() -> second.address().equals(text(robot, "#endpoint-editor-heading")));
        assertThat(workspace.audience().endpoint(first.id()).orElseThrow().location().city()).isEqualTo(city);
    }

    @Test
    void saveSavesThenMovesOn(FxRobot robot) {
        EndpointRow first = open(robot, 0);
        typeCity(robot, "Springfield");

        EndpointRow second = clickRow(robot, 1);
        answerUnsavedEdits(robot, "Save");

        waitUntil(() -> second.address().equals(text(robot, "#endpoint-editor-heading")));
        assertThat(workspace.audience().endpoint(first.id()).orElseThrow().location().city()).isEqualTo("Springfield");
    }

    @Test
    void ctrlSSaves(FxRobot robot) {
        EndpointRow first = open(robot, 0);
        typeCity(robot, "Shelbyville");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> "Saved.".equals(text(robot, "#endpoint-saved")));
        assertThat(workspace.audience().endpoint(first.id()).orElseThrow().location().city()).isEqualTo("Shelbyville");
        assertThat(onFx(() -> robot.lookup("#endpoint-unsaved").query().isVisible())).isFalse();
    }

    private static void typeCity(FxRobot robot, String city) {
        robot.clickOn(reveal(robot, "#endpoint-location-city")).press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL).write(city);
    }

    /** Clicks the row at {@code index} and waits for the editor to show it. */
    private static EndpointRow open(FxRobot robot, int index) {
        EndpointRow row = clickRow(robot, index);
        waitUntil(() -> row.address().equals(text(robot, "#endpoint-editor-heading")));
        return row;
    }

    private static EndpointRow clickRow(FxRobot robot, int index) {
        waitUntil(() -> onFx(() -> robot.lookup("#audience-table .table-row-cell")
                .match((TableRow<?> cell) -> cell.getIndex() == index && cell.getItem() != null).tryQuery().isPresent()));
        EndpointRow row = onFx(() -> table(robot).getItems().get(index));
        robot.clickOn(robot.lookup("#audience-table .table-row-cell")
                .match((TableRow<?> cell) -> cell.getIndex() == index).<Node>query());
        return row;
    }

    private static int selectedIndex(FxRobot robot) {
        return onFx(() -> table(robot).getSelectionModel().getSelectedIndex());
    }

    private static TableView<EndpointRow> table(FxRobot robot) {
        return robot.lookup("#audience-table").queryTableView();
    }
}
