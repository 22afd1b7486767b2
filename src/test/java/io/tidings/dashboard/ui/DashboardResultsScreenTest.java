package io.tidings.dashboard.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.analytics.Attribution;
import io.tidings.analytics.Event;
import io.tidings.analytics.EventLimits;
import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignWorkspace;
import io.tidings.campaign.Treatment;
import io.tidings.channel.DeliveryChannel;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.shell.TrackedBackgroundWork;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Dashboard's results: tiles, chart and campaigns for a workspace with events; what to do for one without. */
@ExtendWith(ApplicationExtension.class)
class DashboardResultsScreenTest {

    @TempDir
    Path folder;

    private Stage stage;
    private OpenedWorkspace workspace;
    private TrackedBackgroundWork background;
    private final List<Long> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = new TrackedBackgroundWork(new FxBackgroundWork(2));
    }

    @AfterEach
    void close() {
        background.close();
        workspace.close();
    }

    private void show(FxRobot robot) {
        robot.interact(() -> ScreenTestSetup.show(stage, new StackPane(new DashboardResultsView(
                new DashboardResultsViewModel(workspace.analytics(), background, new RecordingDialogs(),
                        workspace.workspace().file(), opened::add)))));
        waitUntilIdle(background);
    }

    @Test
    void aWorkspaceWithEventsShowsItsTilesChartAndCampaignsWhichOpenTheirResults(FxRobot robot) {
        workspace = CampaignWorkspace.create(folder, 3);
        long id = workspace.campaigns().create("Spring sale", null, new CampaignDefinition(null, null,
                DeliveryChannel.EMAIL, new Treatment(null, null, 0, null), List.of(), 0, null, null, null, false)).id();
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        List<Event> events = new ArrayList<>();
        for (String endpoint : List.of("ep-00000", "ep-00001", "ep-00002")) {
            events.add(new Event("_email.send", Instant.parse(yesterday + "T09:00:00Z"), endpoint, null, null, Map.of(),
                    Map.of(), new Attribution(Long.toString(id), "r1", "0", null, null, "EMAIL", endpoint)));
        }
        workspace.eventRecorder().record(events, EventLimits.FieldNames.PINPOINT);

        show(robot);

        assertThat(text(robot, "#kpi-messages-sent-value")).isEqualTo("3");
        assertThat(text(robot, "#kpi-messages-sent-change")).isEqualTo("new");
        assertThat(onFx(() -> robot.lookup("#dashboard-empty").query().isVisible())).isFalse();
        assertThat(onFx(() -> robot.lookup("#dashboard-daily-viewer").queryAs(ChartViewer.class).getChart()
                .getXYPlot().getDataset().getYValue(0, 28))).isEqualTo(3.0);
        robot.clickOn("#dashboard-campaign-" + id);
        assertThat(opened).containsExactly(id);
    }

    @Test
    void aNewWorkspaceSaysHowToGetResults(FxRobot robot) {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("new.tidings"), "New");

        show(robot);

        assertThat(onFx(() -> robot.lookup("#dashboard-empty").query().isVisible())).isTrue();
        assertThat(text(robot, "#dashboard-empty-title")).isEqualTo("No events yet");
        assertThat(text(robot, "#dashboard-empty-advice")).contains("Launch a campaign",
                "tidings events import --workspace FILE events.ndjson");
        assertThat(onFx(() -> robot.lookup("#dashboard-tiles").tryQuery().map(Node::isVisible).orElse(false))).isFalse();
        assertThat(text(robot, "#dashboard-campaigns .label")).startsWith("No campaigns yet.");
    }
}
