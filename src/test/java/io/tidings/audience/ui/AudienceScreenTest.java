package io.tidings.audience.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static io.tidings.FxTesting.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointRow;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import io.tidings.shell.TrackedBackgroundWork;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audience screen on the sample workspace, used as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class AudienceScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private TrackedBackgroundWork background;
    FileAnsweringDialogs dialogs;

    @Start
    void start(Stage stage) {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        background = new TrackedBackgroundWork(new FxBackgroundWork(2));
        dialogs = new FileAnsweringDialogs(new FxDialogService(stage));
        ScreenTestSetup.show(stage, new AudienceView(new AudienceViewModel(workspace.audience(), workspace.audienceImport(),
                workspace.audienceExport(), workspace.userActivity(), background, dialogs)));
    }

    /** These tests are about the endpoint table: the marketer switches to it first. */
    @BeforeEach
    void listEndpoints(FxRobot robot) {
        robot.clickOn("#audience-show-endpoints");
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    @Test
    void showsEveryEndpointAndNarrowsBySearchAndChannel(FxRobot robot) {
        long total = workspace.audience().summary().endpoints();
        waitUntil(() -> "%,d endpoints".formatted(total).equals(text(robot, "#audience-summary")));
        waitUntil(() -> firstRow(robot) != null);

        robot.clickOn("#audience-search").write("user-00007");
        waitUntil(() -> "1 endpoint matches".equals(text(robot, "#audience-summary")) && firstRow(robot) != null);
        assertThat(rows(robot)).allMatch(row -> "user-00007".equals(row.userId()));

        robot.doubleClickOn("#audience-search").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.clickOn("#audience-channel");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "SMS".equals(cell.getText())).<javafx.scene.Node>query());
        long sms = workspace.audience().summary().endpointsOn(ChannelType.SMS);
        waitUntil(() -> "%,d endpoints match".formatted(sms).equals(text(robot, "#audience-summary")) && firstRow(robot) != null);
        assertThat(firstRow(robot).channelType()).isEqualTo(ChannelType.SMS);
    }

    @Test
    void channelsAreNamedInWordsWithPinpointsCodeOnHover(FxRobot robot) {
        waitUntil(() -> firstRow(robot) != null);
        robot.clickOn("#audience-channel");
        javafx.scene.control.ListCell<?> androidCell = robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "Android push".equals(cell.getText())).query();
        assertThat(onFx(() -> androidCell.getTooltip().getText())).isEqualTo("Pinpoint channel type GCM");
        robot.clickOn(androidCell);

        long android = workspace.audience().summary().endpointsOn(ChannelType.GCM);
        waitUntil(() -> "%,d endpoints match".formatted(android).equals(text(robot, "#audience-summary"))
                && firstRow(robot) != null);
        EndpointRow first = openFirstRow(robot);
        assertThat(first.channelType()).isEqualTo(ChannelType.GCM);
        assertThat(robot.lookup("#audience-table .table-cell").match((javafx.scene.control.TableCell<?, ?> cell) ->
                "Android push".equals(cell.getText())).tryQuery()).isPresent();
        assertThat(robot.lookup("#endpoint-editor .channel-badge").queryLabeled().getText()).isEqualTo("Android push");
    }

    @Test
    void aNewSearchKeepsTheChosenEndpointInTheEditor(FxRobot robot) {
        EndpointRow first = openFirstRow(robot);
        String heading = text(robot, "#endpoint-editor-heading");

        robot.clickOn("#audience-search").write("user-00007");
        waitUntil(() -> "1 endpoint matches".equals(text(robot, "#audience-summary")) && firstRow(robot) != null);
        // Whatever the new rows set off has run and shown its result, an endpoint wrongly opened in the editor too.
        waitUntilIdle(background);

        assertThat(firstRow(robot).id()).isNotEqualTo(first.id());
        assertThat(text(robot, "#endpoint-editor-heading")).as("still the endpoint chosen, not the row now first")
                .isEqualTo(heading);
        assertThat(onFx(() -> robot.lookup("#audience-table").queryTableView().getSelectionModel().isEmpty())).isTrue();
    }

    @Test
    void editsAnEndpointsAttributesAndSavesThem(FxRobot robot) {
        EndpointRow first = openFirstRow(robot);

        robot.clickOn(reveal(robot, "#attribute-add")).write("FavouriteStore").press(KeyCode.TAB).release(KeyCode.TAB)
                .write("Berlin Mitte, \"Paris, Rive Gauche\"");
        robot.clickOn(reveal(robot, "#endpoint-location-city")).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Springfield");
        robot.clickOn("#endpoint-save");

        waitUntil(() -> "Saved.".equals(text(robot, "#endpoint-saved")));
        Endpoint saved = workspace.audience().endpoint(first.id()).orElseThrow();
        assertThat(saved.attributes().get("FavouriteStore")).containsExactly("Berlin Mitte", "Paris, Rive Gauche");
        assertThat(saved.location().city()).isEqualTo("Springfield");
    }

    @Test
    void aBadValueIsShownAtItsFieldAndNothingIsSaved(FxRobot robot) {
        EndpointRow first = openFirstRow(robot);

        robot.clickOn(reveal(robot, "#endpoint-location-latitude")).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("north");
        robot.clickOn("#endpoint-save");

        waitUntil(() -> text(robot, "#problem-Location-Latitude") != null
                && text(robot, "#problem-Location-Latitude").contains("\"north\" is not a number"));
        assertThat(workspace.audience().endpoint(first.id()).orElseThrow().location().latitude()).isNotNull();
    }

    @Test
    void opensTheUsersOtherEndpointsFromTheEditor(FxRobot robot) {
        EndpointRow first = openFirstRow(robot);
        Endpoint sibling = workspace.audience().userEndpoints(first.userId()).stream()
                .filter(endpoint -> !endpoint.id().equals(first.id())).findFirst().orElseThrow();

        robot.clickOn(reveal(robot, "#user-endpoint-" + sibling.id()));

        waitUntil(() -> sibling.address().equals(text(robot, "#endpoint-editor-heading")));
        assertThat(robot.lookup("#user-endpoint-" + first.id()).tryQuery()).as("the first is now a link back").isPresent();
    }

    @Test
    void erasesAUserAfterConfirmation(FxRobot robot) {
        EndpointRow first = openFirstRow(robot);

        robot.clickOn(reveal(robot, "#endpoint-erase-user"));
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn("Erase user");
        waitUntil(() -> robot.lookup("#information-dialog").tryQuery().isPresent());
        robot.clickOn("OK");

        assertThat(workspace.audience().userEndpoints(first.userId())).isEmpty();
        waitUntil(() -> firstRow(robot) != null && !first.userId().equals(firstRow(robot).userId()));
    }

    /** Clicks the table's first row, as a person would, and waits for the editor to show it. */
    private static EndpointRow openFirstRow(FxRobot robot) {
        waitUntil(() -> firstRow(robot) != null);
        EndpointRow first = firstRow(robot);
        robot.clickOn(first.address());
        waitUntil(() -> first.address().equals(text(robot, "#endpoint-editor-heading")));
        return first;
    }

    /** Scrolls the editor so that a field below the fold is on screen, as a person would. */
    private static String reveal(FxRobot robot, String query) {
        robot.interact(() -> {
            javafx.scene.Node node = robot.lookup(query).query();
            javafx.scene.Parent parent = node.getParent();
            while (!(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) parent;
            javafx.geometry.Bounds bounds = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, (bounds.getMinY() - 60) / scrollable)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }

    private static EndpointRow firstRow(FxRobot robot) {
        return onFx(() -> {
            TableView<EndpointRow> table = robot.lookup("#audience-table").queryTableView();
            return table.getItems().isEmpty() ? null : table.getItems().get(0);
        });
    }

    private static List<EndpointRow> rows(FxRobot robot) {
        return onFx(() -> {
            TableView<EndpointRow> table = robot.lookup("#audience-table").queryTableView();
            return table.getItems().stream().filter(java.util.Objects::nonNull).toList();
        });
    }




}
