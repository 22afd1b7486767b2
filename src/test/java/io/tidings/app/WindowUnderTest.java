package io.tidings.app;

import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.AppSettingsStore;
import java.nio.file.Path;
import javafx.stage.Stage;

/** The app's real window on a test's stage, with its folders and settings in the test's own home. */
final class WindowUnderTest {

    private WindowUnderTest() {
    }

    /** Opens the window as a user's first start does: the settings' size, then the sample workspace. */
    static Desktop open(Stage stage, Path home) {
        Desktop desktop = onStage(stage, home);
        stage.show();
        desktop.start();
        return desktop;
    }

    /** Opens the window at the smallest size it allows, where clipping and crowding show first. */
    static Desktop openAtMinimumSize(Stage stage, Path home) {
        Desktop desktop = onStage(stage, home);
        stage.setMaximized(false);
        stage.setWidth(Desktop.MINIMUM_WIDTH);
        stage.setHeight(Desktop.MINIMUM_HEIGHT);
        stage.show();
        desktop.start();
        return desktop;
    }

    private static Desktop onStage(Stage stage, Path home) {
        AppDirectories directories = new AppDirectories(home);
        AppSettingsStore store = new AppSettingsStore(directories.settingsFile());
        return Desktop.onStage(stage, directories, store, store.load());
    }
}
