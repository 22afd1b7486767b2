package io.tidings.journey.ui.simulation;

import io.tidings.journey.Journey;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.ThemeStyles;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the simulator panel alone over a new sample workspace, to look at it under Xvfb: arguments width, height and
 * light or dark; it runs the welcome series over its entry segment once the segments are read.
 */
public final class SimulatorHarness {

    private SimulatorHarness() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            Path folder = Files.createTempDirectory("simulator-harness");
            OpenedWorkspace workspace = new Wiring(Wiring.Host.DESKTOP).createSample(folder.resolve("s.tidings"),
                    "Harness", true, Progress.NONE);
            Journey welcome = workspace.journeys().findByName("Welcome series").orElseThrow();
            SimulatorViewModel viewModel = new SimulatorViewModel(workspace.journeySimulator(), workspace.segments(),
                    new FxBackgroundWork(2), welcome::graph, () -> String.valueOf(welcome.id()), (counts, words) -> {
                    });
            ThemeStyles.follow(new SimpleObjectProperty<>("dark".equals(args.get(2)) ? Theme.DARK : Theme.LIGHT));
            Scene scene = new Scene(new SimulatorView(viewModel), Double.parseDouble(args.get(0)),
                    Double.parseDouble(args.get(1)));
            scene.getStylesheets().add(ThemeStyles.APP_STYLESHEET);
            stage.setScene(scene);
            stage.setTitle("Simulator harness");
            stage.show();
            viewModel.segmentProperty().addListener((property, before, chosen) -> viewModel.runSimulation());
            viewModel.start();
        }
    }
}
