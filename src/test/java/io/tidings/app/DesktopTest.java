package io.tidings.app;

import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.cli.CommandRun;
import io.tidings.sample.SampleWorkspace;
import io.tidings.shell.Section;
import io.tidings.workspace.AppSettingsStore;
import io.tidings.workspace.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The whole window, driven as a person would: clicks, shortcuts and typing. */
@ExtendWith(ApplicationExtension.class)
class DesktopTest {

    private static final Map<Section, String> SECTION_SCREENS = Map.of(
            Section.OUTBOX, "#outbox",
            Section.DASHBOARD, "#overview",
            Section.AUDIENCE, "#audience",
            Section.SEGMENTS, "#segments",
            Section.TEMPLATES, "#templates",
            Section.CAMPAIGNS, "#campaigns",
            Section.JOURNEYS, "#journeys",
            Section.ANALYTICS, "#analytics",
            Section.SETTINGS, "#settings");

    @TempDir
    Path home;

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = WindowUnderTest.open(stage, home);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(desktop::close);
    }

    @Test
    void theFirstLaunchShowsTheSampleWorkspaceWithItsCounts(FxRobot robot) {
        waitUntil(() -> "1,600".equals(text(robot, "#count-users")));

        assertThat(robot.lookup("#workspace-switcher").queryAs(MenuButton.class).getText())
                .isEqualTo(SampleWorkspace.NAME);
        assertThat(text(robot, "#count-endpoints")).matches("[0-9],[0-9]{3}");
        waitUntil(() -> robot.lookup("#overview-templates").lookup("Welcome email").tryQuery().isPresent());
    }

    @Test
    void everySectionIsReachableByClickAndByShortcut(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());

        for (Section section : Section.values()) {
            robot.clickOn("#" + section.navigationId());
            assertThat(robot.lookup(SECTION_SCREENS.get(section)).tryQuery())
                    .as("%s after a click", section).isPresent();
        }
        for (Section section : Section.values()) {
            KeyCode digit = KeyCode.valueOf("DIGIT" + (section.ordinal() + 1));
            robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
            assertThat(robot.lookup(SECTION_SCREENS.get(section)).tryQuery())
                    .as("%s after Ctrl+%d", section, section.ordinal() + 1).isPresent();
        }
    }

    @Test
    void theThemeSwitchIsRememberedForTheNextRun(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        AppSettingsStore store = new AppSettingsStore(home.resolve("settings.json"));

        robot.clickOn("#theme-toggle");
        waitUntil(() -> store.load().theme() == Theme.DARK);

        robot.clickOn("#" + Section.SETTINGS.navigationId()).clickOn("#theme-light");
        waitUntil(() -> store.load().theme() == Theme.LIGHT);
        assertThat(desktop.shell().themeProperty().get()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void createsANewWorkspaceFromTheSwitcher(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#new-workspace-name").tryQuery().isPresent());
        robot.clickOn("#new-workspace-name").write("Autumn sale");
        assertThat(text(robot, "#new-workspace-file")).endsWith("autumn-sale.tidings");
        robot.clickOn("Create");

        waitUntil(() -> "Autumn sale".equals(robot.lookup("#workspace-switcher").queryAs(MenuButton.class).getText()));
        assertThat(home.resolve("workspaces/autumn-sale.tidings")).exists();
        waitUntil(() -> robot.lookup("#overview-empty-audience").tryQuery().isPresent());
    }

    @Test
    void aFileThatIsNotAWorkspaceIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        Path notes = Files.writeString(home.resolve("notes.tidings"), "shopping list");

        robot.interact(() -> desktop.shell().openWorkspace(notes));
        waitUntil(() -> robot.lookup("#error-dialog").tryQuery().isPresent());

        DialogPane error = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(error.getContentText())
                .isEqualTo("notes.tidings is not a Tidings workspace: it is not a database file at all.");
        robot.clickOn("OK");
        assertThat(robot.lookup("#workspace-switcher").queryAs(MenuButton.class).getText())
                .isEqualTo(SampleWorkspace.NAME);
        assertThat(Files.readString(notes)).isEqualTo("shopping list");
    }

    @Test
    void renamesTheWorkspaceInSettings(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        robot.clickOn("#" + Section.SETTINGS.navigationId());

        robot.doubleClickOn("#settings-workspace-name").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Northwind demo").clickOn("#settings-save");

        waitUntil(() -> "Northwind demo".equals(robot.lookup("#workspace-switcher").queryAs(MenuButton.class).getText()));
        assertThat(text(robot, "#settings-message")).isEqualTo("Saved.");
    }

    @Test
    void endpointsImportedFromTheCommandLineShowWhenTheMarketerComesBackToTheScreen(FxRobot robot) throws Exception {
        waitUntil(() -> "1,600".equals(text(robot, "#count-users")));
        robot.clickOn("#" + Section.AUDIENCE.navigationId());
        waitUntil(() -> "1,600 people".equals(text(robot, "#audience-summary")));
        Path file = Files.writeString(home.resolve("two.csv"),
                "Id,ChannelType,Address,User.UserId\nnew-1,EMAIL,new1@example.com,newcomer\nnew-2,EMAIL,new2@example.com,newcomer\n");

        CommandRun imported = CommandRun.of(home, "import", "--workspace",
                home.resolve("workspaces/sample.tidings").toString(), file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        robot.clickOn("#" + Section.DASHBOARD.navigationId());
        waitUntil(() -> "1,601".equals(text(robot, "#count-users")));
        robot.clickOn("#" + Section.AUDIENCE.navigationId());
        waitUntil(() -> "1,601 people".equals(text(robot, "#audience-summary")));
    }

    @Test
    void theWindowsSizeIsRememberedForTheNextRun(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#main-window").query().getScene().getWindow();
            stage.setWidth(1111);
            stage.setHeight(777);
        });

        robot.interact(desktop::close);

        var window = new AppSettingsStore(home.resolve("settings.json")).load().window();
        assertThat(window.width()).isEqualTo(1111);
        assertThat(window.height()).isEqualTo(777);
    }



}
