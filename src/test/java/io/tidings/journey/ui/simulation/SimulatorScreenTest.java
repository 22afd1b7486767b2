package io.tidings.journey.ui.simulation;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static io.tidings.FxTesting.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.TrackedBackgroundWork;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The simulator panel on its own over the sample workspace: a marketer runs the welcome series and reads the paths. */
@ExtendWith(ApplicationExtension.class)
class SimulatorScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private TrackedBackgroundWork background;
    private final AtomicReference<JourneyCounts> drawn = new AtomicReference<>();
    private final AtomicReference<String> caption = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        workspace = new Wiring(Wiring.Host.DESKTOP).createSample(folder.resolve("screen.tidings"), "Screen test", true,
                Progress.NONE);
        Journey welcome = workspace.journeys().findByName("Welcome series").orElseThrow();
        background = new TrackedBackgroundWork(new FxBackgroundWork(2));
        SimulatorViewModel viewModel = new SimulatorViewModel(workspace.journeySimulator(), workspace.segments(),
                background, welcome::graph, () -> String.valueOf(welcome.id()), (counts, words) -> {
                    drawn.set(counts);
                    caption.set(words);
                });
        ScreenTestSetup.show(stage, new SimulatorView(viewModel));
        viewModel.start();
    }

    @AfterEach
    void close() {
        background.close();
        workspace.close();
    }

    @Test
    void runningTheEntrySegmentShowsTotalsPathsAndDrawsTheCounts(FxRobot robot) {
        waitUntilIdle(background);
        assertThat(onFx(() -> robot.lookup("#simulator-segment").queryComboBox().getValue()))
                .isEqualTo("North America");

        robot.clickOn("#simulator-run");
        waitUntil(() -> drawn.get() != null);
        waitUntilIdle(background);

        TableView<ActivityTotalRow> totals = robot.lookup("#simulator-totals").queryTableView();
        assertThat(onFx(() -> totals.getItems().stream().map(ActivityTotalRow::activity).toList()))
                .containsExactly("welcomeEmail", "wait3Days", "openedWelcome", "saleNudge");
        assertThat(drawn.get().activity("welcomeEmail").sent()).isPositive();
        assertThat(caption.get()).startsWith("Simulated: ");
        assertThat(text(robot, "#simulator-summary")).contains("the sandbox's simulated rates");

        robot.clickOn(robot.lookup("#simulator-participants .table-row-cell").nth(0).<javafx.scene.Node>query());
        ListView<String> steps = robot.lookup("#simulator-steps").queryListView();
        waitUntil(() -> onFx(() -> steps.getItems().stream().anyMatch(step -> step.contains("(waits 3 days)"))));
    }

    @Test
    void personasWithNoOpensAllTakeNoAndTheTableFiltersAndSearches(FxRobot robot) {
        waitUntilIdle(background);
        robot.clickOn("#simulator-source").clickOn("Generated personas");
        robot.doubleClickOn("#simulator-personas").write("300");
        robot.clickOn("#simulator-open-rate").write("0");

        robot.clickOn("#simulator-run");
        waitUntil(() -> drawn.get() != null);
        waitUntilIdle(background);

        TableView<ActivityTotalRow> totals = robot.lookup("#simulator-totals").queryTableView();
        assertThat(onFx(() -> totals.getItems().get(2).wentOn())).isEqualTo("Yes 0, No 300");
        assertThat(text(robot, "#simulator-shown")).isEqualTo("300 participants shown");

        robot.clickOn("#simulator-activity-filter").clickOn("saleNudge");
        assertThat(text(robot, "#simulator-shown")).isEqualTo("300 participants shown");
        robot.clickOn("#simulator-search").write("Persona 27 (");
        waitUntil(() -> "1 participants shown".equals(text(robot, "#simulator-shown")));
    }

    @Test
    void runIsUnavailableWithBadDaysAndSaysWhy(FxRobot robot) {
        waitUntilIdle(background);
        robot.doubleClickOn("#simulator-days").type(KeyCode.BACK_SPACE).write("0");

        assertThat(onFx(() -> robot.lookup("#simulator-run").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(text(robot, "#simulator-why-not")).isEqualTo("Days: give a whole number from 1 to 540.");
        robot.doubleClickOn("#simulator-days").write("3");
        assertThat(onFx(() -> robot.lookup("#simulator-run").queryAs(Button.class).isDisabled())).isFalse();
    }

    @Test
    void cancelStopsALongRunAndSaysSo(FxRobot robot) {
        waitUntilIdle(background);
        robot.clickOn("#simulator-source").clickOn("Generated personas");
        robot.doubleClickOn("#simulator-personas").write("4000000");
        robot.doubleClickOn("#simulator-days").write("30");

        robot.clickOn("#simulator-run");
        waitUntil(() -> onFx(() -> !robot.lookup("#simulator-cancel").queryAs(Button.class).isDisabled()));
        robot.clickOn("#simulator-cancel");
        waitUntilIdle(background);

        assertThat(text(robot, "#simulator-progress-message")).isEqualTo("Cancelled.");
        assertThat(drawn.get()).as("a cancelled run draws nothing").isNull();
        assertThat(onFx(() -> robot.lookup("#simulator-run").queryAs(Button.class).isDisabled())).isFalse();
    }
}
