package io.tidings.journey.ui.canvas;

import io.tidings.journey.ActivityCount;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.Outlet;
import io.tidings.segment.Segment;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.ThemeStyles;
import io.tidings.template.TemplateSummary;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.Theme;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Not a test: shows the canvas in a window to look at it under Xvfb. Arguments: light|dark, width, height, the
 * journey (sample: the sample workspace's "Welcome series"; a number: that many activities), and "counts" to draw
 * made-up counts. Prints READY when drawn. Started by {@link CanvasLookLauncher}.
 */
public final class CanvasLook extends Application {

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        Theme theme = "dark".equals(args.get(0)) ? Theme.DARK : Theme.LIGHT;
        double width = Double.parseDouble(args.get(1));
        double height = Double.parseDouble(args.get(2));
        FxBackgroundWork background = new FxBackgroundWork(1);
        CanvasStage screen;
        if ("sample".equals(args.get(3))) {
            OpenedWorkspace workspace = new Wiring(Wiring.Host.DESKTOP).createSample(
                    Files.createTempDirectory("canvas-look").resolve("look.tidings"), "Look", true, Progress.NONE);
            JourneyGraph graph = workspace.journeys().findByName("Welcome series").orElseThrow().graph();
            screen = new CanvasStage(graph, background);
            screen.model.namesProperty().set(new CanvasNames(
                    workspace.templates().list().stream().collect(Collectors.toMap(TemplateSummary::id,
                            TemplateSummary::name)),
                    workspace.segments().list().stream().collect(Collectors.toMap(Segment::id, Segment::name))));
            screen.document.showIssues(workspace.journeys().validate(graph));
        } else {
            JourneyGraph graph = CanvasJourneys.lengthy(Integer.parseInt(args.get(3)));
            screen = new CanvasStage(graph, background);
            screen.document.showIssues(List.of(io.tidings.journey.Issue.error("email2", null,
                    "Choose a template to send."), io.tidings.journey.Issue.warning("sms4", null,
                    "A warning to look at.")));
        }
        if (args.contains("counts")) {
            Map<String, ActivityCount> counts = new HashMap<>();
            Map<Outlet, Long> outlets = new HashMap<>();
            long people = 12_480;
            for (String key : screen.model.flowOrder()) {
                counts.put(key, new ActivityCount(people, key.startsWith("email") ? people - 12 : 0,
                        key.startsWith("wait") ? people / 3 : 0, 7));
                screen.document.graph().activity(key).next().forEach((port, target) ->
                        outlets.put(Outlet.of(key, port), 4_000L + key.length() * 100L));
                people = people * 9 / 10;
            }
            outlets.put(Outlet.ENTRY, 12_480L);
            screen.document.showCounts(new JourneyCounts(counts, outlets), "Live");
        }
        if (args.contains("selected")) {
            screen.model.select(screen.model.flowOrder().get(1));
        }
        ThemeStyles.follow(new SimpleObjectProperty<>(theme));
        Scene scene = new Scene(screen.root, width, height);
        scene.getStylesheets().add(ThemeStyles.APP_STYLESHEET);
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setX(0);
        stage.setY(0);
        stage.setScene(scene);
        stage.show();
        CanvasStage shown = screen;
        Platform.runLater(() -> {
            shown.model.zoomToFit();
            if (args.contains("layout")) {
                shown.model.autoLayout();
            }
            if (args.contains("zoom100")) {
                shown.model.actualSize();
            }
            Platform.runLater(() -> System.out.println("READY"));
        });
    }
}
