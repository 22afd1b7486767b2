package io.tidings.journey.ui.canvas;

import io.tidings.journey.ActivityCount;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MoveActivities;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.ThemeStyles;
import io.tidings.workspace.Theme;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Not a test: times the canvas on a journey of 200 activities (the first drawing, an edit, a selection, a round of
 * counts, each with the CSS and layout pass it causes) and prints the figures. Started like {@link CanvasLook}:
 * {@code CanvasLookLauncher timings}.
 */
public final class CanvasTimings extends Application {

    private static final int ROUNDS = 10;

    @Override
    public void start(Stage stage) {
        JourneyGraph graph = CanvasJourneys.lengthy(200);
        ThemeStyles.follow(new SimpleObjectProperty<>(Theme.LIGHT));
        long begin = System.nanoTime();
        CanvasStage screen = new CanvasStage(graph, new FxBackgroundWork(1));
        Scene scene = new Scene(screen.root, 1600, 1000);
        scene.getStylesheets().add(ThemeStyles.APP_STYLESHEET);
        stage.setScene(scene);
        stage.show();
        pass(screen.root);
        report("first drawing of " + graph.activities().size() + " activities", System.nanoTime() - begin, 1);
        System.out.println("nodes in the canvas: " + count(screen.canvas));
        // Each step runs alone in a pulse; -Djavafx.pulseLogger=true prints what that pulse cost (CSS, layout, render).
        List<Runnable> steps = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String key = "email" + (round % 50);
            steps.add(() -> timed("move one card", () -> screen.document.apply(new MoveActivities(
                    Map.of(key, screen.document.graph().layout().of(key).plus(8, 0)), null))));
            String selected = "wait" + round;
            steps.add(() -> timed("select one card", () -> screen.model.select(selected)));
            int counted = round;
            steps.add(() -> timed("new counts on 200 cards", () -> screen.document.showCounts(counts(graph, counted),
                    "Live")));
        }
        steps.add(() -> timed("select all", screen.model::selectAll));
        steps.add(() -> timed("delete all", screen.model::deleteSelection));
        steps.add(() -> timed("undo the delete", screen.model::undo));
        steps.add(() -> timed("200 font icons", () -> {
            for (int index = 0; index < 200; index++) {
                new org.kordamp.ikonli.javafx.FontIcon("fth-mail");
            }
        }));
        steps.add(() -> timed("200 cards off the scene", () -> {
            for (int index = 0; index < 200; index++) {
                new ActivityCard("x" + index).show(graph.activity("email1"), "Email · Welcome");
            }
        }));
        steps.add(Platform::exit);
        Timeline timeline = new Timeline();
        for (int index = 0; index < steps.size(); index++) {
            Runnable step = steps.get(index);
            timeline.getKeyFrames().add(new KeyFrame(Duration.millis(500 + 400 * index), done -> step.run()));
        }
        timeline.play();
    }

    private static JourneyCounts counts(JourneyGraph graph, int round) {
        Map<String, ActivityCount> shown = new HashMap<>();
        for (String key : graph.activities().keySet()) {
            shown.put(key, new ActivityCount(1000 + round * 7L + key.length(), 900 + round, round, 3));
        }
        return new JourneyCounts(shown, Map.of());
    }

    private static void timed(String what, Runnable step) {
        long start = System.nanoTime();
        step.run();
        System.out.printf("STEP %-30s %8.2f ms before the pulse%n", what, (System.nanoTime() - start) / 1e6);
    }

    private static void pass(Parent root) {
        root.applyCss();
        root.layout();
    }

    private static int count(Node node) {
        int nodes = 1;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodes += count(child);
            }
        }
        return nodes;
    }


    private static void report(String what, long nanos, int rounds) {
        System.out.printf("%-56s %8.2f ms%n", what, nanos / 1e6 / rounds);
    }
}
