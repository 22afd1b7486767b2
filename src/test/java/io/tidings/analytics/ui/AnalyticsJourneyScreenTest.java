package io.tidings.analytics.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.waitUntil;
import static io.tidings.FxTesting.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.analytics.EventOutcome;
import io.tidings.analytics.JourneyWorkspace;
import io.tidings.campaign.CampaignWorkspace;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.shell.TrackedBackgroundWork;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Analytics section's journey picker: a journey's results per activity, chosen as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class AnalyticsJourneyScreenTest {

    /** Two days ago (UTC): inside the default range, the last 30 days. */
    private static final String DAY = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private TrackedBackgroundWork background;
    private AnalyticsViewModel viewModel;

    @Start
    void start(Stage stage) {
        workspace = CampaignWorkspace.create(folder, 4);
        JourneyWorkspace journey = new JourneyWorkspace(workspace);
        journey.event("_email.send", "welcome", "ep-00000", DAY + "T09:00:00Z")
                .event("_email.send", "welcome", "ep-00001", DAY + "T09:00:00Z")
                .event("_email.delivered", "welcome", "ep-00000", DAY + "T09:01:00Z")
                .event("_email.hardbounce", "welcome", "ep-00001", DAY + "T09:01:00Z")
                .event("_email.open", "welcome", "ep-00000", DAY + "T10:00:00Z")
                .event("_email.click", "welcome", "ep-00000", DAY + "T10:01:00Z")
                .event("_SMS.BUFFERED", "reminder", "ep-00000", DAY + "T12:00:00Z");
        assertThat(journey.record()).allMatch(EventOutcome::recorded);
        background = new TrackedBackgroundWork(new FxBackgroundWork(2));
        viewModel = new AnalyticsViewModel(workspace.analytics(), background, new RecordingDialogs(),
                workspace.workspace().file());
        ScreenTestSetup.show(stage, new AnalyticsView(viewModel));
        viewModel.start();
    }

    @AfterEach
    void close() {
        background.close();
        workspace.close();
    }

    @Test
    void aJourneysResultsShowItsActivitiesAndTheCampaignPickerTakesOverAgain(FxRobot robot) {
        waitUntilIdle(background);
        robot.clickOn("#analytics-journey");
        waitUntil(() -> cell(robot, JourneyWorkspace.NAME) != null);
        robot.clickOn(cell(robot, JourneyWorkspace.NAME));
        waitUntilIdle(background);
        waitUntil(() -> shown(robot, "#analytics-journey-results"));

        assertThat(tile(robot, "#kpi-messages-sent-value")).isEqualTo("3");
        assertThat(tile(robot, "#kpi-bounces-value")).isEqualTo("1");
        assertThat(onFx(() -> robot.lookup("#analytics-journey-participants").queryAs(Label.class).getText()))
                .isEqualTo("Participants: 0 entered, 0 in the journey now, 0 left.");
        // Row 1: welcome; columns Sent, Delivered, Failed, Opens, Clicks, Bounces.
        assertThat(activityCell(robot, 1, 0)).isEqualTo("welcome: Send email");
        assertThat(activityCell(robot, 1, 1)).isEqualTo("2");
        assertThat(activityCell(robot, 1, 2)).isEqualTo("1");
        assertThat(activityCell(robot, 1, 5)).isEqualTo("1");
        assertThat(activityCell(robot, 3, 0)).isEqualTo("reminder: Send SMS");
        assertThat(activityCell(robot, 3, 1)).isEqualTo("1");
        assertThat(shown(robot, "#analytics-tabs")).isFalse();

        robot.clickOn("#analytics-subject");
        waitUntil(() -> cell(robot, "All messages") != null);
        robot.clickOn(cell(robot, "All messages"));
        waitUntilIdle(background);
        assertThat(onFx(() -> viewModel.journeyProperty().get())).isNull();
        waitUntil(() -> shown(robot, "#analytics-tabs"));
        assertThat(shown(robot, "#analytics-journey-results")).isFalse();
    }

    /** Whether the node and every node around it are visible. */
    private static boolean shown(FxRobot robot, String id) {
        return onFx(() -> {
            for (Node node = robot.lookup(id).query(); node != null; node = node.getParent()) {
                if (!node.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    private static Node cell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match(cell -> text.equals(((Labeled) cell).getText())).tryQuery()
                .orElse(null);
    }

    private static String tile(FxRobot robot, String id) {
        return onFx(() -> robot.lookup("#analytics-journey-tiles").lookup(id).queryAs(Labeled.class).getText());
    }

    private static String activityCell(FxRobot robot, int row, int column) {
        return onFx(() -> robot.lookup("#analytics-journey-activities").queryAs(GridPane.class).getChildren().stream()
                .filter(node -> GridPane.getRowIndex(node) == row && GridPane.getColumnIndex(node) == column)
                .map(node -> ((Labeled) node).getText()).findFirst().orElse(null));
    }
}
