package io.tidings;

import io.tidings.wiring.OpenedWorkspace;
import io.tidings.shell.ThemeStyles;
import io.tidings.work.Progress;
import io.tidings.workspace.Theme;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** What a screen test sets up before it clicks: a workspace file, and one screen on the stage. */
public final class ScreenTestSetup {

    private ScreenTestSetup() {
    }

    /** A new workspace file in {@code folder}, filled with the sample audience and templates. */
    public static OpenedWorkspace sampleWorkspace(Path folder) {
        return new Wiring(Wiring.Host.DESKTOP).createSample(folder.resolve("screen.tidings"), "Screen test", false,
                Progress.NONE);
    }

    public static OpenedWorkspace emptyWorkspace(Path folder) {
        return new Wiring(Wiring.Host.DESKTOP).create(folder.resolve("screen.tidings"), "Screen test");
    }

    /** Shows {@code screen} alone on the stage, 1280 by 800, in the light theme with the app's styles. */
    public static void show(Stage stage, Parent screen) {
        ThemeStyles.follow(new SimpleObjectProperty<>(Theme.LIGHT));
        Scene scene = new Scene(screen, 1280, 800);
        scene.getStylesheets().add(ThemeStyles.APP_STYLESHEET);
        stage.setScene(scene);
        // The stage is shared by the test classes of one run: one that resized it must not leave this screen cut.
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }
}
