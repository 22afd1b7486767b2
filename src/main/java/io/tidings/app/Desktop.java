package io.tidings.app;

import java.nio.file.Path;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import io.tidings.shell.MainWindow;
import io.tidings.shell.ShellViewModel;
import io.tidings.shell.ThemeStyles;
import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.AppSettings;
import io.tidings.workspace.AppSettingsStore;
import io.tidings.workspace.WindowBounds;
import io.tidings.wiring.Wiring;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The composition root of the desktop app: wires the shell, its view model and the section
 * views onto a stage. {@link TidingsApp} uses it, and so do the GUI tests.
 */
public final class Desktop implements AutoCloseable {

    private static final int BACKGROUND_THREADS = 3;
    /** The smallest window every screen is laid out for (a 1024-wide laptop screen less its panels), in pixels. */
    public static final int MINIMUM_WIDTH = 1024;
    public static final int MINIMUM_HEIGHT = 640;

    private final FxBackgroundWork background = new FxBackgroundWork(BACKGROUND_THREADS);
    private final ShellViewModel<DesktopWorkspace> shell;
    private final Stage stage;

    private Desktop(Stage stage, AppDirectories directories, AppSettingsStore settingsStore, AppSettings settings) {
        this.stage = stage;
        Wiring wiring = new Wiring(Wiring.Host.DESKTOP);
        FxDialogService dialogs = new FxDialogService(stage);
        this.shell = new ShellViewModel<>(directories, settingsStore, settings, DesktopWorkspace.openerOf(wiring),
                background, dialogs);
        MainWindow<DesktopWorkspace> window = new MainWindow<>(shell,
                new SectionViews(shell, wiring, background, directories, dialogs), background);
        ThemeStyles.follow(shell.themeProperty());
        MissedRunsOnOpen.watch(shell, background, stage);

        WindowBounds bounds = settings.window();
        Scene scene = new Scene(window, bounds.width(), bounds.height());
        ThemeStyles.addTo(scene);
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("Tidings");
        stage.setMinWidth(MINIMUM_WIDTH);
        stage.setMinHeight(MINIMUM_HEIGHT);
        var icon = Desktop.class.getResourceAsStream("/io/tidings/app/tidings.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        placeWindow(bounds);
        stage.setOnCloseRequest(event -> {
            // the shell closes the window itself, once no editor holds unsaved changes or the user let them go
            event.consume();
            shell.closeWindow(stage::hide);
        });
        stage.titleProperty().bind(shell.workspaceTitleProperty().concat(" — Tidings"));
        settingsStore.problem().ifPresent(problem -> background.run(
                BackgroundJob.of("Reading settings", progress -> {
                    throw new IllegalStateException(problem);
                })));
    }

    /** Builds the window on {@code stage}; call {@link #start()} after showing it. */
    public static Desktop onStage(Stage stage, AppDirectories directories, AppSettingsStore settingsStore,
            AppSettings settings) {
        return new Desktop(stage, directories, settingsStore, settings);
    }

    /** Opens the last workspace, or the sample workspace on a first launch. */
    public void start() {
        shell.openStartupWorkspace();
    }

    /** Opens {@code file}, as when the user opens a workspace file from the file manager. */
    public void start(Path file) {
        shell.openWorkspace(file);
    }

    public ShellViewModel<DesktopWorkspace> shell() {
        return shell;
    }

    private void placeWindow(WindowBounds bounds) {
        if (bounds.hasPosition() && onSomeScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
    }

    private static boolean onSomeScreen(WindowBounds bounds) {
        return !Screen.getScreensForRectangle(bounds.x(), bounds.y(), Math.max(1, bounds.width()),
                Math.max(1, bounds.height())).isEmpty();
    }

    /** Remembers the window's place and closes the workspace. */
    @Override
    public void close() {
        if (stage.isMaximized()) {
            shell.rememberWindow(new WindowBounds(Double.NaN, Double.NaN,
                    shell.windowBounds().width(), shell.windowBounds().height(), true));
        } else {
            shell.rememberWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        }
        stage.titleProperty().unbind();
        shell.shutdown();
        background.close();
    }
}
