package io.tidings.audience.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static io.tidings.FxTesting.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.audience.AudienceFilter;
import io.tidings.audience.ChannelType;
import io.tidings.audience.PersonRow;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import io.tidings.shell.TrackedBackgroundWork;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The audience by person, on the sample workspace: the People view lists users, opens one, and adds endpoints. */
@ExtendWith(ApplicationExtension.class)
class PeopleScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private TrackedBackgroundWork background;

    @Start
    void start(Stage stage) {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        background = new TrackedBackgroundWork(new FxBackgroundWork(2));
        ScreenTestSetup.show(stage, new AudienceView(new AudienceViewModel(workspace.audience(),
                workspace.audienceImport(), workspace.audienceExport(), workspace.userActivity(), background,
                new FxDialogService(stage))));
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    @Test
    void listsOneRowPerUserAndOpensOneToTheirEndpointsAndAttributes(FxRobot robot) {
        long users = workspace.audience().countPeople(AudienceFilter.ALL);
        waitUntil(() -> "%,d people".formatted(users).equals(text(robot, "#audience-summary")) && person(robot, 0) != null);
        PersonRow first = person(robot, 0);
        assertThat(first.name()).isNotBlank();

        robot.clickOn(row(robot, 0));

        waitUntil(() -> (first.name() + " · user " + first.userId()).equals(text(robot, "#endpoint-editor-person")));
        waitUntilIdle(background);
        assertThat(robot.lookup("#endpoint-editor .channel-badge").queryAll()).as("one badge per endpoint, and the heading's")
                .hasSize(first.endpoints() + 1);
        assertThat(onFx(() -> robot.lookup("#user-attribute-values-0").queryAs(TextField.class).getText())).isNotBlank();
    }

    @Test
    void aChannelFilterListsThePeopleWhoHaveThatChannel(FxRobot robot) {
        waitUntil(() -> person(robot, 0) != null);
        robot.clickOn("#audience-channel");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> "SMS".equals(cell.getText())).<Node>query());

        long withSms = workspace.audience().countPeople(new AudienceFilter("", ChannelType.SMS, null));
        waitUntil(() -> "%,d people match".formatted(withSms).equals(text(robot, "#audience-summary"))
                && person(robot, 0) != null);
        assertThat(person(robot, 0).channels()).contains(ChannelType.SMS);
    }

    @Test
    void aSearchThatHidesTheOpenPersonSaysSoAndBringingThemBackClearsTheNote(FxRobot robot) {
        waitUntil(() -> person(robot, 0) != null);
        PersonRow first = person(robot, 0);
        robot.clickOn(row(robot, 0));
        waitUntil(() -> text(robot, "#endpoint-editor-person") != null
                && text(robot, "#endpoint-editor-person").endsWith(first.userId()));
        assertThat(noteShown(robot)).isFalse();

        robot.clickOn("#audience-search").write("user-0002");

        waitUntil(() -> noteShown(robot));
        assertThat(text(robot, "#audience-selection-hidden")).startsWith("Not in the current results");
        assertThat(text(robot, "#endpoint-editor-person")).as("the editor keeps the person").endsWith(first.userId());

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(first.userId());
        waitUntil(() -> !noteShown(robot));
    }

    @Test
    void ctrlZUndoesTypingInTheEndpointEditor(FxRobot robot) {
        waitUntil(() -> person(robot, 0) != null);
        robot.clickOn(row(robot, 0));
        waitUntil(() -> text(robot, "#endpoint-editor-person") != null);
        String city = onFx(() -> robot.lookup("#endpoint-location-city").queryAs(TextField.class).getText());

        robot.clickOn(io.tidings.FxTesting.reveal(robot, "#endpoint-location-city")).press(KeyCode.END).release(KeyCode.END)
                .write("ville");
        assertThat(onFx(() -> robot.lookup("#endpoint-location-city").queryAs(TextField.class).getText()))
                .isEqualTo(city + "ville");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);

        waitUntil(() -> city.equals(onFx(() -> robot.lookup("#endpoint-location-city").queryAs(TextField.class).getText())));
    }

    @Test
    void addsAnEndpointForTheOpenPerson(FxRobot robot) {
        waitUntil(() -> person(robot, 0) != null);
        PersonRow first = person(robot, 0);
        robot.clickOn(row(robot, 0));
        waitUntil(() -> robot.lookup("#endpoint-add-for-user").tryQuery().map(Node::isVisible).orElse(false));

        robot.clickOn(io.tidings.FxTesting.reveal(robot, "#endpoint-add-for-user"));
        waitUntil(() -> "New endpoint".equals(text(robot, "#endpoint-editor-heading")));
        assertThat(onFx(() -> robot.lookup("#endpoint-user-id").queryAs(TextField.class).getText())).isEqualTo(first.userId());
        robot.clickOn("#endpoint-address").write("second.address@example.com");
        robot.clickOn("#endpoint-save");

        waitUntil(() -> "second.address@example.com".equals(text(robot, "#endpoint-editor-heading")));
        assertThat(workspace.audience().userEndpoints(first.userId())).hasSize(first.endpoints() + 1);
        waitUntil(() -> person(robot, 0) != null && person(robot, 0).endpoints() == first.endpoints() + 1);
    }

    private static boolean noteShown(FxRobot robot) {
        return onFx(() -> robot.lookup("#audience-selection-hidden").query().isVisible());
    }

    private static TableView<PersonRow> table(FxRobot robot) {
        return robot.lookup("#people-table").queryTableView();
    }

    private static PersonRow person(FxRobot robot, int index) {
        return onFx(() -> table(robot).getItems().isEmpty() ? null : table(robot).getItems().get(index));
    }

    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#people-table .table-row-cell")
                .match((javafx.scene.control.TableRow<?> row) -> row.getIndex() == index).query();
    }
}
