package io.tidings.audience.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.audience.AudienceFilter;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.PreviewRow;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Importing a CSV whose headers are not Pinpoint's, through the mapping step, as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;
    private FileAnsweringDialogs dialogs;

    @Start
    void start(Stage stage) {
        workspace = ScreenTestSetup.emptyWorkspace(folder);
        background = new FxBackgroundWork(2);
        dialogs = new FileAnsweringDialogs(new FxDialogService(stage));
        ScreenTestSetup.show(stage, new AudienceView(new AudienceViewModel(workspace.audience(), workspace.audienceImport(),
                workspace.audienceExport(), workspace.userActivity(), background, dialogs)));
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    @Test
    void mapsTheColumnsOfAPlainCsvAndImportsIt(FxRobot robot) throws Exception {
        Path csv = Files.writeString(folder.resolve("newsletter.csv"), """
                email,first_name,country,favourite colour
                ann@example.com,Ann,US,green
                bob@example.com,Bob,GB,blue
                not-an-address,Cy,FR,red
                """);
        dialogs.answerFile(csv);

        robot.clickOn("#audience-import");
        waitUntil(() -> robot.lookup("#import-dialog").tryQuery().isPresent());
        waitUntil(() -> onFx(() -> robot.lookup("#import-target-3").tryQuery().isPresent()));
        assertThat(onFx(() -> robot.lookup("#import-target-0").<ComboBox<String>>query().getValue())).isEqualTo("Address");
        assertThat(onFx(() -> robot.lookup("#import-target-1").<ComboBox<String>>query().getValue()))
                .isEqualTo("User.UserAttributes.FirstName");
        assertThat(onFx(() -> robot.lookup("#import-target-3").<ComboBox<String>>query().getValue()))
                .isEqualTo("Attributes.FavouriteColour");
        assertThat(onFx(() -> robot.lookup("#import-country-names").query().isVisible()))
                .as("the mapping says that country names become codes").isTrue();
        for (String option : new String[] {"#import-skip-bad-rows", "#import-make-segment"}) {
            assertThat(onFx(() -> inSightWithoutScrolling(robot.lookup(option).query()))).as(option).isTrue();
        }
        waitUntil(() -> previewAddress(robot, 0) != null && previewAddress(robot, 0).equals("ann@example.com"));
        assertThat(onFx(() -> previewRow(robot, 2).problems())).isNotEmpty();
        assertThat(previewAddress(robot, 2)).as("a row with problems still shows what it holds").isEqualTo("not-an-address");
        assertThat(onFx(() -> robot.lookup("#import-preview .problem-text").<javafx.scene.text.Text>query().getText()))
                .contains("Address").contains("not-an-address");

        robot.clickOn(robot.lookup("#import-target-2 .arrow-button").<javafx.scene.Node>query());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> ColumnChoice.LEAVE_OUT.equals(cell.getText()))
                .<javafx.scene.Node>query());
        waitUntil(() -> onFx(() -> previewRow(robot, 0).accepted()
                && previewRow(robot, 0).endpoint().location().country() == null));
        assertThat(onFx(() -> robot.lookup("#import-country-names").query().isVisible())).isFalse();

        robot.clickOn("#import-start");
        waitUntil(() -> robot.lookup("#import-report").tryQuery().isPresent());
        assertThat(text(robot, "#report-created")).isEqualTo("2");
        assertThat(text(robot, "#report-unchanged")).isEqualTo("0");
        assertThat(text(robot, "#report-rejected")).isEqualTo("1");
        Path toCorrect = folder.resolve("to-correct.csv");
        Path list = folder.resolve("rejected.csv");
        dialogs.answerFile(toCorrect).answerFile(list);
        robot.clickOn("#report-save-rows-to-correct");
        robot.clickOn("#report-save-rejections");
        waitUntil(() -> Files.exists(toCorrect) && Files.exists(list));
        assertThat(Files.readAllLines(toCorrect)).as("the row as the file had it, under its header")
                .containsExactly("email,first_name,country,favourite colour", "not-an-address,Cy,FR,red");
        assertThat(Files.readAllLines(list)).hasSize(2).element(1).asString().startsWith("4,Address,");
        robot.clickOn("Close");

        Endpoint ann = workspace.audience().endpoint(workspace.audience().page(new AudienceFilter("ann@", null, null), 0, 1)
                .get(0).id()).orElseThrow();
        assertThat(ann.channelType()).isEqualTo(ChannelType.EMAIL);
        assertThat(ann.user().userAttributes().get("FirstName")).containsExactly("Ann");
        assertThat(ann.attributes().get("FavouriteColour")).containsExactly("green");
        assertThat(ann.location().country()).isNull();
        // No column holds a user id: the endpoints are listed under Endpoints, not as people.
        waitUntil(() -> "No people yet".equals(text(robot, "#audience-summary")));
        robot.clickOn("#audience-show-endpoints");
        waitUntil(() -> "2 endpoints".equals(text(robot, "#audience-summary")));
    }

    @Test
    void savesTheMappingSoThatTheSameFileImportsHeadlessAndNeverOverTheImportedFile(FxRobot robot) throws Exception {
        Path csv = Files.writeString(folder.resolve("newsletter.csv"), """
                email,first_name,country
                ann@example.com,Ann,US
                bob@example.com,Bob,GB
                """);
        dialogs.answerFile(csv);
        robot.clickOn("#audience-import");
        waitUntil(() -> onFx(() -> robot.lookup("#import-target-2").tryQuery().isPresent()));

        dialogs.answerFile(csv);
        robot.clickOn("#import-save-mapping");
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#error-dialog .content").queryLabeled().getText()).contains("newsletter.csv");
        robot.clickOn(robot.lookup("#error-dialog .button").<javafx.scene.Node>query());
        assertThat(Files.readString(csv)).as("the imported file is untouched").startsWith("email,first_name,country");

        Path mapping = folder.resolve("newsletter-mapping.json");
        dialogs.answerFile(mapping);
        robot.clickOn("#import-save-mapping");
        waitUntil(() -> text(robot, "#import-mapping-saved") != null
                && text(robot, "#import-mapping-saved").startsWith("Saved as newsletter-mapping.json"));

        Path other = folder.resolve("other.tidings");
        io.tidings.cli.CommandRun created = io.tidings.cli.CommandRun.of(folder.resolve("home"), "workspace", "create",
                other.toString());
        assertThat(created.exitCode()).as(created.err()).isZero();
        io.tidings.cli.CommandRun imported = io.tidings.cli.CommandRun.of(folder.resolve("home"), "import", "--workspace",
                other.toString(), "--mapping", mapping.toString(), csv.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 created");
    }

    private static String previewAddress(FxRobot robot, int index) {
        return onFx(() -> {
            PreviewRow row = previewRow(robot, index);
            return row == null || row.endpoint() == null ? null : row.endpoint().address();
        });
    }

    private static PreviewRow previewRow(FxRobot robot, int index) {
        TableView<PreviewRow> table = robot.lookup("#import-preview").queryTableView();
        return table.getItems().size() > index ? table.getItems().get(index) : null;
    }




    /** Inside the dialog's window and in no scrolling pane: seen without scrolling. */
    private static boolean inSightWithoutScrolling(javafx.scene.Node node) {
        for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ScrollPane) {
                return false;
            }
        }
        javafx.geometry.Bounds bounds = node.localToScreen(node.getBoundsInLocal());
        javafx.stage.Window window = node.getScene().getWindow();
        return node.isVisible() && bounds.getMinY() >= window.getY() && bounds.getMaxY() <= window.getY() + window.getHeight();
    }
}
