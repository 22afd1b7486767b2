package io.tidings.delivery.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.channel.sandbox.SandboxOutbox;
import io.tidings.delivery.JobState;
import io.tidings.delivery.Outbox;
import io.tidings.delivery.SendJob;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.delivery.ReasonWords;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Outbox screen on the sample workspace after one email job, with a push job running, clicked as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class OutboxScreenTest {

    private static final java.time.Duration SLOW_WORK = java.time.Duration.ofSeconds(90);

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;
    private SendJob pushJob;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ScreenTestSetup.show(stage, new Region());
    }

    /**
     * The slow part (the sample workspace, an email sent to all of it) runs here, on the test's thread: in {@code @Start}
     * it ran on the FX thread and, on a busy machine, outlasted TestFX's setup timeout before any test began.
     */
    @BeforeEach
    void showTheOutbox(FxRobot robot) throws Exception {
        workspace = OutboxFixture.workspace(folder);
        OutboxFixture.sentEmailJob(workspace);
        pushJob = OutboxFixture.runningPushJob(workspace);
        background = new FxBackgroundWork(2);
        var database = workspace.workspace().database();
        Outbox outbox = new Outbox(database);
        robot.interact(() -> stage.getScene().setRoot(new OutboxView(
                new SendJobsViewModel(outbox, workspace.delivery(), background, new RecordingDialogs()),
                new SandboxMessagesViewModel(new SandboxOutbox(database), outbox, background, Clock.systemDefaultZone()))));
    }

    @AfterEach
    void close(FxRobot robot) {
        // Off the stage, the screen stops reading every second.
        robot.interact(() -> stage.getScene().setRoot(new Region()));
        if (background != null) {
            background.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void aCapturedEmailOpensAsItsReaderSeesItWithItsEvents(FxRobot robot) {
        robot.clickOn("#outbox-tab-sandbox");
        robot.clickOn("#outbox-channel-email");
        waitUntil(SLOW_WORK, () -> shownBadge(robot).isPresent());

        robot.clickOn(shownBadge(robot).orElseThrow());

        waitUntil(SLOW_WORK, () -> text(robot, "#email-preview-subject") != null
                && text(robot, "#email-preview-subject").startsWith("Welcome to Northwind Outfitters, "));
        assertThat(text(robot, "#outbox-message-heading")).startsWith("Email to ");
        assertThat(text(robot, "#outbox-message-source")).contains("Sent by the job \u201cWelcome email to Everyone\u201d");
        assertThat(onFx(() -> robot.lookup("#outbox-message-events").queryAs(TableView.class).getItems().size()))
                .isPositive();
    }

    @Test
    void aRunningJobIsPausedWithOneClick(FxRobot robot) {
        choose(robot, OutboxFixture.PUSH_JOB, "is sending.");

        robot.clickOn("#outbox-pause");

        waitUntil(SLOW_WORK, () -> text(robot, "#outbox-job-state").equals(
                "\u201c" + OutboxFixture.PUSH_JOB + "\u201d is paused: Paused by the user."));
        assertThat(OutboxFixture.jobs(workspace).job(pushJob.id()).orElseThrow().state()).isEqualTo(JobState.PAUSED);
        assertThat(onFx(() -> robot.lookup("#outbox-resume").query().isDisabled())).isFalse();
    }

    @Test
    void aMessageNotSentSaysWhyInWordsWithPinpointsCodeBeside(FxRobot robot) {
        choose(robot, OutboxFixture.EMAIL_JOB, "is done.");

        // the unsent messages are read in the background after the job is chosen: slow while the machine is busy
        waitUntil(SLOW_WORK, () -> onFx(() -> robot.lookup("#outbox-unsent-table .table-cell").<Labeled>queryAll().stream()
                .anyMatch(cell -> cell.getGraphic() instanceof Labeled code && code.getText() != null
                        && ReasonWords.of(io.tidings.delivery.ReasonCode.valueOf(code.getText())).equals(cell.getText())
                        && !code.getText().equals(cell.getText()))));
    }

    /**
     * Clicks the job until the screen says it is chosen ("... is done."), as a person clicks again when a click is
     * lost: on a busy machine the table's every-second reload can fall between the pointer's press and release.
     */
    private static void choose(FxRobot robot, String job, String stateEnding) {
        String chosen = "\u201c" + job + "\u201d " + stateEnding;
        long[] lastClick = {0};
        try {
            waitUntilChosen(robot, job, chosen, lastClick);
        } catch (AssertionError timedOut) {
            throw new AssertionError("Waited for " + chosen + "; the screen says " + text(robot, "#outbox-job-state"),
                    timedOut);
        }
    }

    private static void waitUntilChosen(FxRobot robot, String job, String chosen, long[] lastClick) {
        waitUntil(SLOW_WORK, () -> {
            if (chosen.equals(text(robot, "#outbox-job-state"))) {
                return true;
            }
            Optional<Labeled> cell = jobCell(robot, job);
            if (cell.isPresent() && System.nanoTime() - lastClick[0] > java.time.Duration.ofSeconds(5).toNanos()) {
                lastClick[0] = System.nanoTime();
                robot.clickOn(cell.get());
            }
            return false;
        });
    }

    /**
     * The cell on screen that shows the job's name. Not just any cell with that text: the table keeps a hidden cell
     * for measuring, and a click there selects nothing.
     */
    private static Optional<Labeled> jobCell(FxRobot robot, String job) {
        return onFx(() -> robot.lookup("#outbox-jobs-table .table-cell").<Labeled>queryAll().stream()
                .filter(cell -> job.equals(cell.getText()) && cell.isVisible() && cell.getParent() != null
                        && cell.getParent().isVisible()
                        && cell instanceof javafx.scene.control.TableCell<?, ?> tableCell
                        && tableCell.getTableRow() != null && tableCell.getTableRow().isVisible())
                .findFirst());
    }

    /** A message's badge in a cell on screen, not in the list's hidden measuring cell. */
    private static Optional<Node> shownBadge(FxRobot robot) {
        return onFx(() -> robot.lookup("#outbox-sandbox-list .list-cell").queryAll().stream()
                .filter(cell -> cell.isVisible() && ((javafx.scene.control.ListCell<?>) cell).getItem() != null)
                .flatMap(cell -> robot.from(cell).lookup(".channel-badge").queryAll().stream()).findFirst());
    }

    private static Optional<Labeled> pushJobCell(FxRobot robot) {
        return jobCell(robot, OutboxFixture.PUSH_JOB);
    }
}
