package io.tidings.audience.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.audience.PersonRow;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A workspace without an audience offers ways to get one, not "no endpoints match". */
@ExtendWith(ApplicationExtension.class)
class AudienceEmptyWorkspaceTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;
    private final AtomicBoolean sampleOpened = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        workspace = ScreenTestSetup.emptyWorkspace(folder);
        background = new FxBackgroundWork(2);
        ScreenTestSetup.show(stage, new AudienceView(new AudienceViewModel(workspace.audience(),
                workspace.audienceImport(), workspace.audienceExport(), workspace.userActivity(), background,
                new FileAnsweringDialogs(new FxDialogService(stage)), () -> sampleOpened.set(true))));
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    @Test
    void offersAnImportAndTheSample(FxRobot robot) {
        waitUntil(() -> robot.lookup("#audience-empty").tryQuery().isPresent());
        assertThat(robot.lookup("#audience-empty-import").tryQuery()).isPresent();

        robot.clickOn("#audience-empty-sample");

        waitUntil(sampleOpened::get);
    }

    @Test
    void aSearchThatFindsNothingStillSaysSo(FxRobot robot) {
        waitUntil(() -> robot.lookup("#audience-empty").tryQuery().isPresent());

        robot.clickOn("#audience-search").write("nobody");

        waitUntil(() -> robot.lookup((javafx.scene.control.Label label) -> label.getText() != null
                && label.getText().startsWith("No people match. Change the search or filters")).tryQuery().isPresent());
        assertThat(robot.lookup("#audience-empty").tryQuery()).isEmpty();
    }

    @Test
    void addsAPersonWithTheirNameAndFirstEndpoint(FxRobot robot) {
        waitUntil(() -> robot.lookup("#audience-empty").tryQuery().isPresent());

        robot.clickOn("#audience-empty-add-person");
        waitUntil(() -> "New person".equals(text(robot, "#endpoint-editor-heading")));
        robot.clickOn("#endpoint-address").write("+44 7400 123457");
        robot.clickOn("#endpoint-save");

        waitUntil(() -> robot.lookup("#problem-User-UserId").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        assertThat(text(robot, "#problem-User-UserId")).contains("a new person needs a user id");
        assertThat(text(robot, "#problem-Address")).as("an email address on the email channel")
                .contains("is not a valid email address");

        chooseChannel(robot, "SMS");
        robot.clickOn("#endpoint-user-id").write("cleo-1");
        robot.clickOn("#user-attribute-values-0").write("Cleo");
        robot.clickOn("#endpoint-save");

        waitUntil(() -> "1 person".equals(text(robot, "#audience-summary")));
        waitUntil(() -> "Cleo · user cleo-1".equals(text(robot, "#endpoint-editor-person")));
        assertThat(text(robot, "#endpoint-editor-heading")).as("the number as stored, in E.164").isEqualTo("+447400123457");
        var stored = workspace.audience().userEndpoints("cleo-1");
        assertThat(stored).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.channelType()).isEqualTo(io.tidings.audience.ChannelType.SMS);
            assertThat(endpoint.user().userAttributes()).containsOnlyKeys("FirstName");
        });
        waitUntil(() -> onFx(() -> robot.lookup("#people-table").<PersonRow>queryTableView().getItems().get(0)) != null);
        assertThat(onFx(() -> robot.lookup("#people-table").<PersonRow>queryTableView().getItems().get(0).name()))
                .isEqualTo("Cleo");
    }

    private static void chooseChannel(FxRobot robot, String channel) {
        robot.clickOn("#endpoint-channel");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> channel.equals(cell.getText())).<javafx.scene.Node>query());
    }
}
