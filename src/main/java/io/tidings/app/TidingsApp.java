package io.tidings.app;

import java.nio.file.Path;
import java.util.List;
import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.AppSettings;
import io.tidings.workspace.AppSettingsStore;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: reads the settings off the FX thread, then shows the window. */
public final class TidingsApp extends Application {

    private AppDirectories directories;
    private AppSettingsStore settingsStore;
    private AppSettings settings;
    private Desktop desktop;

    @Override
    public void init() {
        directories = AppDirectories.fromEnvironment();
        if (System.getProperty("tidings.log.dir") == null) {
            System.setProperty("tidings.log.dir", directories.logs().toString());
        }
        settingsStore = new AppSettingsStore(directories.settingsFile());
        settings = settingsStore.load();
    }

    @Override
    public void start(Stage stage) {
        desktop = Desktop.onStage(stage, directories, settingsStore, settings);
        stage.show();
        List<String> arguments = getParameters().getRaw();
        if (arguments.size() == 1) {
            desktop.start(Path.of(arguments.get(0)).toAbsolutePath());
        } else {
            desktop.start();
        }
    }

    @Override
    public void stop() {
        if (desktop != null) {
            desktop.close();
        }
    }
}
