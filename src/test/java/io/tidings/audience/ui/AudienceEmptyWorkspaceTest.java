package io.tidings.audience.ui;

import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
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

        waitUntil(() -> robot.lookup("No endpoints match. Change the search or filters.").tryQuery().isPresent());
        assertThat(robot.lookup("#audience-empty").tryQuery()).isEmpty();
    }
}
