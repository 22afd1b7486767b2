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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Outbox screen on the sample workspace after one email job, with a push job running, clicked as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class OutboxScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;
    private SendJob pushJob;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        workspace = OutboxFixture.workspace(folder);
        OutboxFixture.sentEmailJob(workspace);
        pushJob = OutboxFixture.runningPushJob(workspace);
        background = new FxBackgroundWork(2);
        var database = workspace.workspace().database();
        Outbox outbox = new Outbox(database);
        ScreenTestSetup.show(stage, new OutboxView(
                new SendJobsViewModel(outbox, workspace.delivery(), background, new RecordingDialogs()),
                new SandboxMessagesViewModel(new SandboxOutbox(database), outbox, background, Clock.systemDefaultZone())));
    }

    @AfterEach
    void close(FxRobot robot) {
        // Off the stage, the screen stops reading every second.
        robot.interact(() -> stage.getScene().setRoot(new Region()));
        background.close();
        workspace.close();
    }

    @Test
    void aCapturedEmailOpensAsItsReaderSeesItWithItsEvents(FxRobot robot) {
        robot.clickOn("#outbox-tab-sandbox");
        robot.clickOn("#outbox-channel-email");
        waitUntil(() -> robot.lookup("#outbox-sandbox-list .list-cell .channel-badge").tryQuery().isPresent());

        robot.clickOn(robot.lookup("#outbox-sandbox-list .list-cell .channel-badge").<Node>query());

        waitUntil(() -> text(robot, "#email-preview-subject") != null
                && text(robot, "#email-preview-subject").startsWith("Welcome to Northwind Outfitters, "));
        assertThat(text(robot, "#outbox-message-heading")).startsWith("Email to ");
        assertThat(text(robot, "#outbox-message-source")).contains("Sent by the job \u201cWelcome email to Everyone\u201d");
        assertThat(onFx(() -> robot.lookup("#outbox-message-events").queryAs(TableView.class).getItems().size()))
                .isPositive();
    }

    @Test
    void aRunningJobIsPausedWithOneClick(FxRobot robot) {
        waitUntil(() -> pushJobCell(robot).isPresent());
        robot.clickOn(pushJobCell(robot).orElseThrow());
        waitUntil(() -> text(robot, "#outbox-job-state").equals("\u201c" + OutboxFixture.PUSH_JOB + "\u201d is sending."));

        robot.clickOn("#outbox-pause");

        waitUntil(() -> text(robot, "#outbox-job-state").equals(
                "\u201c" + OutboxFixture.PUSH_JOB + "\u201d is paused: Paused by the user."));
        assertThat(OutboxFixture.jobs(workspace).job(pushJob.id()).orElseThrow().state()).isEqualTo(JobState.PAUSED);
        assertThat(onFx(() -> robot.lookup("#outbox-resume").query().isDisabled())).isFalse();
    }

    @Test
    void aMessageNotSentSaysWhyInWordsWithPinpointsCodeBeside(FxRobot robot) {
        waitUntil(() -> jobCell(robot, OutboxFixture.EMAIL_JOB).isPresent());
        robot.clickOn(jobCell(robot, OutboxFixture.EMAIL_JOB).orElseThrow());

        waitUntil(() -> onFx(() -> robot.lookup("#outbox-unsent-table .table-cell").<Labeled>queryAll().stream()
                .anyMatch(cell -> cell.getGraphic() instanceof Labeled code && code.getText() != null
                        && ReasonWords.of(io.tidings.delivery.ReasonCode.valueOf(code.getText())).equals(cell.getText())
                        && !code.getText().equals(cell.getText()))));
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

    private static Optional<Labeled> pushJobCell(FxRobot robot) {
        return jobCell(robot, OutboxFixture.PUSH_JOB);
    }
}
