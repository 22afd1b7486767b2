package io.tidings.analytics.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Analytics section over a real workspace, a campaign's results opened and read as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class AnalyticsScreenTest {

    /** Two days ago (UTC): inside the default range, the last 30 days. */
    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(2);

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private TrackedBackgroundWork background;
    private AnalyticsViewModel viewModel;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private long campaignId;

    @Start
    void start(Stage stage) {
        workspace = CampaignWorkspace.create(folder, 4);
        campaignId = workspace.campaigns().create("Spring sale", null, new CampaignDefinition(null, null,
                DeliveryChannel.EMAIL, new Treatment("Plain", null, 0, null),
                List.of(new Treatment("Bold", null, 50, null)), 0, null, null, null, false)).id();
        record();
        background = new TrackedBackgroundWork(new FxBackgroundWork(2));
        viewModel = new AnalyticsViewModel(workspace.analytics(), background, dialogs, workspace.workspace().file());
        ScreenTestSetup.show(stage, new AnalyticsView(viewModel));
        viewModel.start();
    }

    @AfterEach
    void close() {
        background.close();
        workspace.close();
    }

    /** Plain to ep-00000 and ep-00001, Bold to ep-00002 and ep-00003: all delivered; ep-00000 and ep-00002 click. */
    private void record() {
        List<Event> events = new ArrayList<>();
        String[][] sends = {{"ep-00000", "0"}, {"ep-00001", "0"}, {"ep-00002", "1"}, {"ep-00003", "1"}};
        for (String[] send : sends) {
            events.add(event("_email.send", send[0], send[1], "09:00"));
            events.add(event("_email.delivered", send[0], send[1], "09:01"));
        }
        events.add(event("_email.click", "ep-00000", "0", "10:00"));
        events.add(event("_email.click", "ep-00002", "1", "10:00"));
        workspace.eventRecorder().record(events, EventLimits.FieldNames.PINPOINT);
    }

    private Event event(String type, String endpoint, String treatment, String time) {
        return new Event(type, Instant.parse(DAY + "T" + time + ":00Z"), endpoint, null, null, Map.of(), Map.of(),
                new Attribution(Long.toString(campaignId), "r1", treatment, null, null, "EMAIL", endpoint));
    }

    @Test
    void aCampaignsResultsShowTheirChartsAndTheABSentence(FxRobot robot) {
        waitUntilIdle(background);
        robot.clickOn("#analytics-subject");
        waitUntil(() -> robot.lookup(".list-cell").match(cell -> "Spring sale".equals(((Labeled) cell).getText()))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match(cell -> "Spring sale".equals(((Labeled) cell).getText()))
                .<Node>query());
        waitUntilIdle(background);

        assertThat(text(robot, "#kpi-messages-sent-value")).isEqualTo("4");
        assertThat(text(robot, "#kpi-click-rate-value")).isEqualTo("50.0 %");
        XYDataset days = onFx(() -> robot.lookup("#analytics-daily-viewer").queryAs(ChartViewer.class).getChart()
                .getXYPlot().getDataset());
        assertThat(onFx(() -> days.getSeriesKey(0))).isEqualTo("Sent");
        assertThat(onFx(() -> days.getItemCount(0))).isEqualTo(30);
        // The 30 days end today: two days ago is the 28th.
        assertThat(onFx(() -> days.getYValue(0, 27))).isEqualTo(4.0);
        assertThat(onFx(() -> days.getYValue(3, 27))).isEqualTo(2.0);

        openTab(robot, "Treatments");
        waitUntil(() -> robot.lookup("#analytics-ab-sentence-1").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text(robot, "#analytics-ab-sentence-1")).isEqualTo(
                "Bold's click rate is the same as the control's (95 % CI -98.0 to 98.0); too few messages to tell "
                        + "whether this is chance.");
        assertThat(onFx(() -> robot.lookup("#analytics-ab-warning-1").query().isVisible())).isTrue();
        CategoryPlot rates = onFx(() -> robot.lookup("#analytics-treatment-rates-viewer").queryAs(ChartViewer.class)
                .getChart().getCategoryPlot());
        assertThat(onFx(() -> rates.getDataset().getValue("Click rate", "Plain").doubleValue())).isEqualTo(50.0);
        assertThat(onFx(() -> rates.getDataset().getValue("Click rate", "Bold").doubleValue())).isEqualTo(50.0);

        openTab(robot, "Funnel");
        CategoryPlot funnel = onFx(() -> robot.lookup("#analytics-funnel-viewer").queryAs(ChartViewer.class).getChart()
                .getCategoryPlot());
        assertThat(onFx(() -> funnel.getDataset().getValue("Count", "Clicked").doubleValue())).isEqualTo(2.0);

        // The breakdowns are read when their tab opens.
        assertThat(onFx(() -> viewModel.breakdownsProperty().get())).isNull();
        openTab(robot, "Breakdowns");
        waitUntilIdle(background);
        CategoryPlot countries = onFx(() -> robot.lookup("#analytics-countries-viewer").queryAs(ChartViewer.class)
                .getChart().getCategoryPlot());
        assertThat(onFx(() -> countries.getDataset().getValue("Delivered to", "United States").doubleValue()))
                .isEqualTo(4.0);
        assertThat(onFx(() -> countries.getDataset().getValue("Clicked", "United States").doubleValue())).isEqualTo(2.0);
    }

    private static void openTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-label").match(label -> title.equals(((Labeled) label).getText()))
                .<Node>query());
        waitUntil(() -> onFx(() -> robot.lookup("#analytics-tabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getText()).equals(title));
    }

    @Test
    void opensTheCampaignTheDashboardAsksForAndExportsAChartsDataButNeverOverTheWorkspace(FxRobot robot)
            throws Exception {
        waitUntilIdle(background);
        robot.interact(() -> viewModel.showCampaign(campaignId));
        waitUntilIdle(background);
        assertThat(onFx(() -> viewModel.subjectProperty().get().label())).isEqualTo("Spring sale");
        assertThat(text(robot, "#kpi-messages-sent-value")).isEqualTo("4");

        dialogs.answer(workspace.workspace().file());
        robot.clickOn("#analytics-daily-export").clickOn("Data (CSV)…");
        waitUntil(() -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors().get(0).message()).startsWith("Tidings will not write to");

        Path csv = folder.resolve("days.csv");
        dialogs.answer(csv);
        robot.clickOn("#analytics-daily-export").clickOn("Data (CSV)…");
        waitUntil(() -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("Day,Sent,Delivered,Opens,Clicks,Purchases");
        assertThat(lines).contains(DAY + ",4,4,0,2,0");
        waitUntil(() -> String.valueOf(text(robot, "#analytics-notice")).equals("Saved to " + csv + "."));
    }
}
