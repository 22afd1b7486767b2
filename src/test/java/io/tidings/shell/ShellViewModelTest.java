package io.tidings.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.app.DesktopWorkspace;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.sample.SampleWorkspace;
import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.AppSettings;
import io.tidings.workspace.AppSettingsStore;
import io.tidings.workspace.Theme;
import io.tidings.workspace.WorkspaceService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path folder;

    private final ImmediateBackgroundWork background = new ImmediateBackgroundWork();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ShellViewModel<DesktopWorkspace> shell;

    private ShellViewModel<DesktopWorkspace> shell(AppSettings settings) {
        AppDirectories directories = new AppDirectories(folder.resolve("home"));
        shell = new ShellViewModel<>(directories, new AppSettingsStore(directories.settingsFile()), settings,
                DesktopWorkspace.openerOf(new Wiring(Wiring.Host.DESKTOP)), background, dialogs);
        return shell;
    }

    private AppSettings savedSettings() {
        return new AppSettingsStore(folder.resolve("home/settings.json")).load();
    }

    @AfterEach
    void closeWorkspace() {
        if (shell != null) {
            shell.shutdown();
        }
    }

    @Test
    void theFirstLaunchCreatesAndOpensTheSampleWorkspace() {
        ShellViewModel<DesktopWorkspace> shell = shell(AppSettings.DEFAULT);

        shell.openStartupWorkspace();

        OpenedWorkspace opened = shell.workspaceProperty().get().services();
        assertThat(opened).isNotNull();
        assertThat(shell.workspaceTitleProperty().get()).isEqualTo(SampleWorkspace.NAME);
        assertThat(opened.workspace().file()).isEqualTo(folder.resolve("home/workspaces/sample.tidings"));
        assertThat(opened.audience().summary().users()).isEqualTo(SampleWorkspace.USERS);
        assertThat(opened.templates().list()).hasSize(3);
        assertThat(savedSettings().recentWorkspaces()).containsExactly(opened.workspace().file().toString());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theNextLaunchOpensTheLastWorkspace() {
        Path file = folder.resolve("launch.tidings");
        new WorkspaceService().create(file, "Launch").close();

        ShellViewModel<DesktopWorkspace> shell = shell(AppSettings.DEFAULT.withRecent(file));
        shell.openStartupWorkspace();

        assertThat(shell.workspaceTitleProperty().get()).isEqualTo("Launch");
    }

    @Test
    void aLastWorkspaceThatWasDeletedFallsBackToTheSample() {
        ShellViewModel<DesktopWorkspace> shell = shell(AppSettings.DEFAULT.withRecent(folder.resolve("deleted.tidings")));

        shell.openStartupWorkspace();

        assertThat(shell.workspaceTitleProperty().get()).isEqualTo(SampleWorkspace.NAME);
    }

    @Test
    void openingAForeignFileShowsWhyAndKeepsTheCurrentWorkspace() throws IOException {
        ShellViewModel<DesktopWorkspace> shell = shell(AppSettings.DEFAULT);
        shell.openStartupWorkspace();
        OpenedWorkspace before = shell.workspaceProperty().get().services();
        Path foreign = Files.writeString(folder.resolve("people.csv"), "email\n");

        shell.openWorkspace(foreign);

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Could not open the workspace");
            assertThat(error.message()).isEqualTo("people.csv is not a Tidings workspace: it is not a database file at all.");
        });
        assertThat(shell.workspaceProperty().get().services()).isSameAs(before);
        assertThat(shell.openingProperty().get()).isFalse();
    }

    @Test
    void createsANewWorkspaceAndSwitchesToIt() {
        ShellViewModel<DesktopWorkspace> shell = shell(AppSettings.DEFAULT);
        shell.openStartupWorkspace();
        OpenedWorkspace sample = shell.workspaceProperty().get().services();
        Path file = folder.resolve("q3.tidings");
        dialogs.answer(new NewWorkspaceRequest("Q3 promotions", file));

        shell.createWorkspace();

        assertThat(shell.workspaceTitleProperty().get()).isEqualTo("Q3 promotions");
        assertThat(shell.workspaceProperty().get().services().workspace().file()).isEqualTo(file);
        assertThat(shell.recentWorkspaces()).startsWith(file, sample.workspace().file());
        assertThat(background.titles()).contains("Closing " + SampleWorkspace.NAME);
    }

    @Test
    void cancellingADialogChangesNothing() {
        ShellViewModel<DesktopWorkspace> shell = shell(AppSettings.DEFAULT);
        shell.openStartupWorkspace();
        dialogs.answer(null).answer(null).answer(null);

        shell.createWorkspace();
        shell.chooseAndOpenWorkspace();
        shell.renameWorkspace();

        assertThat(shell.workspaceTitleProperty().get()).isEqualTo(SampleWorkspace.NAME);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void renamesTheOpenWorkspaceOrSaysWhyNot() {
        ShellViewModel<DesktopWorkspace> shell = shell(AppSettings.DEFAULT);
        shell.openStartupWorkspace();
        dialogs.answer("Northwind demo").answer("");

        shell.renameWorkspace();
        assertThat(shell.workspaceTitleProperty().get()).isEqualTo("Northwind demo");

        shell.renameWorkspace();
        assertThat(shell.workspaceTitleProperty().get()).isEqualTo("Northwind demo");
        assertThat(dialogs.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).isEqualTo("A workspace needs a name."));
    }

    @Test
    void theThemeIsRemembered() {
        ShellViewModel<DesktopWorkspace> shell = shell(AppSettings.DEFAULT);

        shell.toggleTheme();

        assertThat(shell.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(savedSettings().theme()).isEqualTo(Theme.DARK);
        assertThat(shell(savedSettings()).themeProperty().get()).isEqualTo(Theme.DARK);
    }
}
