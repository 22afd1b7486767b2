package io.tidings.campaign.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.template.TemplatePreviewer;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Campaigns section on the sample workspace, sending to the sandbox, clicked through as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class CampaignsScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = SampleCampaigns.workspace(folder).startSending();
        background = new FxBackgroundWork(3);
        RecordingDialogs dialogs = new RecordingDialogs();
        CampaignEditorViewModel editor = new CampaignEditorViewModel(workspace.campaigns(), workspace.segments(),
                workspace.templates(), new TemplatePreviewer(workspace.templateRenderer()), background, Map::of);
        RunMonitorViewModel monitor = new RunMonitorViewModel(workspace.campaigns(), workspace.sendJobs(), background,
                dialogs, Clock.systemUTC());
        ScreenTestSetup.show(stage, new CampaignsView(new CampaignsViewModel(workspace.campaigns(), editor, monitor,
                background, dialogs)));
    }

    @AfterEach
    void close(FxRobot robot) {
        // Off the stage, the monitor stops reading every second.
        robot.interact(() -> stage.getScene().setRoot(new Region()));
        background.close();
        workspace.close();
    }

    @Test
    void anABTestWithAHoldoutIsBuiltCheckedLaunchedAndWatchedToTheEnd(FxRobot robot) {
        waitUntil(() -> robot.lookup("#campaigns-empty").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#campaigns-empty-new");

        waitUntil(() -> cell(robot, "#campaign-segments .list-cell", SampleCampaigns.SEGMENT).isPresent());
        robot.clickOn(cell(robot, "#campaign-segments .list-cell", SampleCampaigns.SEGMENT).orElseThrow());
        waitUntil(() -> String.valueOf(text(robot, "#campaign-audience-size")).matches("In the segment now: [0-9,]+ endpoints.*"));

        robot.clickOn("#campaign-step-message");
        chooseTemplate(robot, 0);
        robot.clickOn("#campaign-add-treatment");
        replace(robot, "#campaign-share-1", "40");
        chooseTemplate(robot, 1);
        replace(robot, "#campaign-holdout", "10");
        assertThat(text(robot, "#campaign-default-share")).isEqualTo("50 % (what is left)");

        replace(robot, "#campaign-holdout", "70");
        waitUntil(() -> String.valueOf(text(robot, "#campaign-problem-shares")).startsWith("The percentages do not add up"));
        assertThat(onFx(() -> robot.lookup("#campaign-save").query().isDisabled())).isTrue();
        replace(robot, "#campaign-holdout", "10");
        waitUntil(() -> text(robot, "#campaign-problem-shares").isEmpty());

        robot.clickOn("#campaign-step-review");
        waitUntil(() -> String.valueOf(text(robot, "#campaign-preflight-summary")).matches("[0-9,]+ endpoints in the segment: .*"));
        TableView<?> preflight = robot.lookup("#campaign-preflight").queryAs(TableView.class);
        assertThat(onFx(() -> preflight.getItems().stream().map(item -> ((PreflightLine) item).treatment())
                .distinct().toList())).containsExactly("Default treatment", "Treatment 2", "Holdout");
        assertThat(onFx(() -> preflight.getItems().stream().map(PreflightLine.class::cast)
                .anyMatch(line -> line.why().equals("Holdout") && !line.samples().isEmpty()))).isTrue();
        waitUntil(() -> !onFx(() -> robot.lookup("#campaign-launch").query().isDisabled()));

        robot.clickOn("#campaign-launch");

        waitUntil(() -> robot.lookup("#campaign-monitor").tryQuery().isPresent());
        waitUntil(() -> String.valueOf(text(robot, "#campaign-monitor-state")).startsWith("Completed."));
        assertThat(Long.parseLong(text(robot, "#campaign-count-sent").replace(",", ""))).isPositive();
        assertThat(text(robot, "#campaign-count-queued")).isEqualTo("0");
        TableView<?> treatments = robot.lookup("#campaign-monitor-treatments").queryAs(TableView.class);
        waitUntil(() -> onFx(() -> treatments.getItems().size()) == 3);

        robot.clickOn("#campaign-drill-show");
        waitUntil(() -> String.valueOf(text(robot, "#campaign-drill-title")).startsWith("Sent: "));
        assertThat(onFx(() -> robot.lookup("#campaign-drill-messages").queryAs(TableView.class).getItems())).isNotEmpty();
    }

    private static void chooseTemplate(FxRobot robot, int treatment) {
        robot.clickOn("#campaign-template-" + treatment);
        waitUntil(() -> cell(robot, ".combo-box-popup .list-cell", SampleCampaigns.TEMPLATE).isPresent());
        robot.clickOn(cell(robot, ".combo-box-popup .list-cell", SampleCampaigns.TEMPLATE).orElseThrow());
    }

    private static void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    private static Optional<Labeled> cell(FxRobot robot, String query, String text) {
        return onFx(() -> robot.lookup(query).<Labeled>queryAll().stream()
                .filter(cell -> cell.isVisible() && text.equals(cell.getText())).findFirst());
    }
}
