package io.tidings.campaign.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.campaign.Campaign;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.template.TemplatePreviewer;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The campaign editor's "Track opens and clicks": on for a new campaign, turned off, saved and shown again. */
@ExtendWith(ApplicationExtension.class)
class CampaignTrackingChoiceScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;
    private CampaignEditorViewModel editor;

    @Start
    void start(Stage stage) {
        workspace = SampleCampaigns.workspace(folder);
        background = new FxBackgroundWork(3);
        RecordingDialogs dialogs = new RecordingDialogs();
        editor = new CampaignEditorViewModel(workspace.campaigns(), workspace.segments(), workspace.templates(),
                new TemplatePreviewer(workspace.templateRenderer()), background, Map::of);
        RunMonitorViewModel monitor = new RunMonitorViewModel(workspace.campaigns(), workspace.sendJobs(), background,
                dialogs, Clock.systemUTC());
        ScreenTestSetup.show(stage, new CampaignsView(new CampaignsViewModel(workspace.campaigns(), editor, monitor,
                background, dialogs)));
    }

    @AfterEach
    void close() {
        background.close();
        workspace.close();
    }

    @Test
    void turnedOffItIsSavedWithTheCampaignAndShownWhenItIsOpenedAgain(FxRobot robot) {
        waitUntil(() -> robot.lookup("#campaigns-empty").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#campaigns-empty-new");
        waitUntil(() -> cell(robot, "#campaign-segments .list-cell", SampleCampaigns.SEGMENT).isPresent());
        robot.clickOn(cell(robot, "#campaign-segments .list-cell", SampleCampaigns.SEGMENT).orElseThrow());
        robot.clickOn("#campaign-step-message");
        robot.clickOn("#campaign-template-0");
        waitUntil(() -> cell(robot, ".combo-box-popup .list-cell", SampleCampaigns.TEMPLATE).isPresent());
        robot.clickOn(cell(robot, ".combo-box-popup .list-cell", SampleCampaigns.TEMPLATE).orElseThrow());

        robot.clickOn("#campaign-step-limits");
        waitUntil(() -> robot.lookup("#campaign-track-opens-and-clicks").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(checked(robot)).isTrue();
        robot.clickOn("#campaign-track-opens-and-clicks");
        robot.clickOn("#campaign-save");
        waitUntil(() -> "Saved.".equals(onFx(() -> editor.statusProperty().get())));

        List<Campaign> saved = workspace.campaigns().campaigns();
        assertThat(saved).hasSize(1);
        long id = saved.get(0).id();
        assertThat(workspace.campaigns().tracksOpensAndClicks(id)).isFalse();

        robot.interact(() -> editor.open(id));
        waitUntil(() -> onFx(() -> editor.campaignProperty().get() != null
                && !editor.draft().trackOpensAndClicksProperty().get()));
        robot.clickOn("#campaign-step-limits");
        waitUntil(() -> robot.lookup("#campaign-track-opens-and-clicks").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(checked(robot)).isFalse();
        assertThat(onFx(() -> editor.unsavedProperty().get())).isFalse();
        robot.clickOn("#campaign-track-opens-and-clicks");
        assertThat(onFx(() -> editor.unsavedProperty().get())).isTrue();
        robot.clickOn("#campaign-save");
        waitUntil(() -> workspace.campaigns().tracksOpensAndClicks(id));
    }

    private static boolean checked(FxRobot robot) {
        return onFx(() -> robot.lookup("#campaign-track-opens-and-clicks").queryAs(CheckBox.class).isSelected());
    }

    private static Optional<Labeled> cell(FxRobot robot, String query, String text) {
        return onFx(() -> robot.lookup(query).<Labeled>queryAll().stream()
                .filter(cell -> cell.isVisible() && text.equals(cell.getText())).findFirst());
    }
}
