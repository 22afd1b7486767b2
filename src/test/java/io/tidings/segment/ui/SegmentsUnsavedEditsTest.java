package io.tidings.segment.ui;

import static io.tidings.FxTesting.answerUnsavedEdits;
import static io.tidings.FxTesting.askedAboutUnsavedEdits;
import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.segment.SegmentGroup;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
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

/** A segment's edits are never lost: picking another segment with unsaved changes asks Save, Discard or Cancel. */
@ExtendWith(ApplicationExtension.class)
class SegmentsUnsavedEditsTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;

    @Start
    void start(Stage stage) {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        workspace.segments().create("Americas", countries("US", "CA", "BR"));
        workspace.segments().create("Europe", countries("DE", "FR"));
        background = new FxBackgroundWork(2);
        ScreenTestSetup.show(stage, new SegmentsView(new SegmentsViewModel(workspace.segments(),
                workspace.segmentFields(), workspace.audienceExport(), background, new FxDialogService(stage))));
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    private static SegmentDefinition countries(String... codes) {
        SegmentDimensions location = new SegmentDimensions(null, null, null, null,
                new SegmentDimensions.Location(new SetDimension(DimensionType.INCLUSIVE, List.of(codes)), null), null);
        return new SegmentDefinition(List.of(new SegmentGroup(List.of(location), List.of(), null, null)), null);
    }

    @Test
    void anUntouchedNewSegmentIsLeftWithoutAQuestion(FxRobot robot) {
        waitUntil(() -> robot.lookup("#group-1-criterion-1-values").tryQuery().isPresent());

        pick(robot, "Europe");

        waitUntil(() -> "Europe".equals(name(robot)));
        assertThat(askedAboutUnsavedEdits(robot)).isFalse();
    }

    @Test
    void cancelKeepsTheEditedSegment(FxRobot robot) {
        openAndRename(robot, "Americas", "The Americas");

        pick(robot, "Europe");
        answerUnsavedEdits(robot, "Cancel");

        waitUntil(() -> "Americas".equals(selected(robot)));
        assertThat(name(robot)).isEqualTo("The Americas");
        assertThat(onFx(() -> robot.lookup("#segment-unsaved").query().isVisible())).as("the unsaved marker").isTrue();
    }

    @Test
    void discardOpensTheOtherAndSavesNothing(FxRobot robot) {
        openAndRename(robot, "Americas", "The Americas");

        pick(robot, "Europe");
        answerUnsavedEdits(robot, "Discard");

        waitUntil(() -> "Europe".equals(name(robot)));
        assertThat(selected(robot)).isEqualTo("Europe");
        assertThat(workspace.segments().findByName("Americas")).isPresent();
        assertThat(workspace.segments().findByName("The Americas")).isEmpty();
    }

    @Test
    void saveSavesThenOpensTheOther(FxRobot robot) {
        openAndRename(robot, "Americas", "The Americas");

        pick(robot, "Europe");
        answerUnsavedEdits(robot, "Save");

        waitUntil(() -> "Europe".equals(name(robot)));
        waitUntil(() -> "Europe".equals(selected(robot)));
        assertThat(workspace.segments().findByName("The Americas")).isPresent();
    }

    @Test
    void newAsksToo(FxRobot robot) {
        openAndRename(robot, "Americas", "The Americas");

        robot.clickOn("#segment-new");
        answerUnsavedEdits(robot, "Cancel");

        assertThat(name(robot)).isEqualTo("The Americas");
    }

    @Test
    void ctrlSSaves(FxRobot robot) {
        openAndRename(robot, "Europe", "Western Europe");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> workspace.segments().findByName("Western Europe").isPresent());
        waitUntil(() -> !onFx(() -> robot.lookup("#segment-unsaved").query().isVisible()));
    }

    private static void openAndRename(FxRobot robot, String segment, String newName) {
        waitUntil(() -> robot.lookup("#group-1-criterion-1-values").tryQuery().isPresent());
        pick(robot, segment);
        waitUntil(() -> segment.equals(name(robot)));
        robot.clickOn("#segment-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(newName);
    }

    private static void pick(FxRobot robot, String segment) {
        waitUntil(() -> robot.lookup("#segment-list").lookup(segment).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#segment-list").lookup(segment).<Node>query());
    }

    private static String name(FxRobot robot) {
        return onFx(() -> robot.lookup("#segment-name").queryAs(TextField.class).getText());
    }

    @SuppressWarnings("unchecked")
    private static String selected(FxRobot robot) {
        return onFx(() -> {
            Segment chosen = ((ListView<Segment>) robot.lookup("#segment-list").query()).getSelectionModel().getSelectedItem();
            return chosen == null ? null : chosen.name();
        });
    }
}
