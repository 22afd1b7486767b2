package io.tidings.bench;

import io.tidings.journey.Activity;
import io.tidings.journey.Condition;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.EditHistory;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import io.tidings.journey.RandomSplit;
import io.tidings.journey.SimpleCondition;
import io.tidings.journey.TemplateChoice;
import io.tidings.journey.WaitActivity;
import io.tidings.journey.WaitTime;
import io.tidings.journey.ui.JourneyDocument;
import io.tidings.journey.ui.canvas.ActivityPalette;
import io.tidings.journey.ui.canvas.CanvasNames;
import io.tidings.journey.ui.canvas.JourneyCanvasView;
import io.tidings.journey.ui.canvas.JourneyCanvasViewModel;
import io.tidings.shell.ThemeStyles;
import io.tidings.workspace.Theme;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

/**
 * Times opening a journey of 40 and of 200 activities on the designer's canvas (palette beside it, the app's
 * stylesheet, 1600 by 1000), from building the view to the end of the first pulse whose CSS and layout placed every
 * card, the journey fitted in view as the designer does. The floor, measured in the same run: as many plain Labels
 * placed in a Pane, through the same scene and stylesheet. Each figure is wall time and the FX thread's CPU time (the
 * machine is shared; CPU is the steadier one), the first opening (cold) and the median of the rounds after it.
 *
 * <p>Needs the JavaFX toolkit: run headless with Monocle, as the TestFX tests are (the pom's exec execution passes the
 * same system properties). Arguments: rounds (default 7), then the journey sizes (default 40 200).
 */
public final class JourneyCanvasBenchmark {

    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;
    private static final String FITTED = "fitted";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Stage stage;

    private JourneyCanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<Integer> sizes = args.length > 1 ? Arrays.stream(args).skip(1).map(Integer::valueOf).toList()
                : List.of(40, 200);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(60, TimeUnit.SECONDS);
        JourneyCanvasBenchmark benchmark = new JourneyCanvasBenchmark();
        onFx(() -> {
            ThemeStyles.follow(new SimpleObjectProperty<>(Theme.LIGHT));
            benchmark.stage = new Stage();
            return null;
        });
        System.out.printf(Locale.ROOT, "Opening a journey on the canvas, %.0fx%.0f, %d rounds; %d cores, %s%n", WIDTH,
                HEIGHT, rounds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        for (int size : sizes) {
            JourneyGraph graph = journey(size);
            List<Opening> floor = new ArrayList<>();
            List<Opening> canvas = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                floor.add(benchmark.open(graph, JourneyCanvasBenchmark::labels, ".floor-label"));
                canvas.add(benchmark.open(graph, JourneyCanvasBenchmark::canvas, ".activity-card"));
            }
            report("Floor: " + size + " plain Labels in a Pane", floor);
            report("Canvas: journey of " + graph.activities().size() + " activities, "
                    + canvas.get(0).nodes() + " nodes", canvas);
        }
        Platform.exit();
    }

    /** What one opening cost: wall and FX-thread CPU time in nanoseconds, and the nodes the scene then held. */
    private record Opening(long wall, long cpu, int nodes) {
    }

    /**
     * Builds the screen on the FX thread and shows it; done at the end of the first pulse after which every card (or
     * label) is placed with its size, the journey fitted in view.
     */
    private Opening open(JourneyGraph graph, Function<JourneyGraph, Parent> screen, String cards) throws Exception {
        CompletableFuture<Opening> opened = new CompletableFuture<>();
        int expected = graph.activities().size() + 1;
        Platform.runLater(() -> {
            long wall = System.nanoTime();
            long cpu = THREADS.getCurrentThreadCpuTime();
            Parent root = screen.apply(graph);
            Scene scene = new Scene(root, WIDTH, HEIGHT);
            scene.getStylesheets().add(ThemeStyles.APP_STYLESHEET);
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (placed(root, cards) == expected && fitted(root)) {
                    scene.removePostLayoutPulseListener(check[0]);
                    opened.complete(new Opening(System.nanoTime() - wall, THREADS.getCurrentThreadCpuTime() - cpu,
                            count(root)));
                }
            };
            scene.addPostLayoutPulseListener(check[0]);
            stage.setScene(scene);
            stage.show();
        });
        Opening opening = opened.get(10, TimeUnit.MINUTES);
        onFx(() -> {
            stage.setScene(null);
            return null;
        });
        // Let the collector take the last screen away before the next one is timed.
        System.gc();
        return opening;
    }

    private static Parent canvas(JourneyGraph graph) {
        JourneyDocument document = new JourneyDocument(new EditHistory(graph));
        JourneyCanvasViewModel model = new JourneyCanvasViewModel(document);
        model.namesProperty().set(new CanvasNames(Map.of(1L, "Welcome email", 2L, "Order reminder"),
                Map.of(1L, "North America")));
        JourneyCanvasView view = new JourneyCanvasView(model);
        BorderPane root = new BorderPane(view);
        root.setLeft(new ActivityPalette(model));
        // As the designer does: the whole journey in view once the canvas has its size.
        root.getProperties().put(FITTED, false);
        Platform.runLater(() -> {
            model.zoomToFit();
            root.getProperties().put(FITTED, true);
        });
        return root;
    }

    private static Parent labels(JourneyGraph graph) {
        Pane pane = new Pane();
        List<Node> labels = new ArrayList<>();
        Label entry = new Label("Entry");
        entry.getStyleClass().add("floor-label");
        entry.relocate(graph.layout().entry().x(), graph.layout().entry().y());
        labels.add(entry);
        graph.activities().keySet().forEach(key -> {
            Label label = new Label(key);
            label.getStyleClass().add("floor-label");
            Position at = graph.layout().of(key);
            label.relocate(at.x(), at.y());
            labels.add(label);
        });
        pane.getChildren().addAll(labels);
        return new BorderPane(pane);
    }

    private static boolean fitted(Parent root) {
        return !Boolean.FALSE.equals(root.getProperties().get(FITTED));
    }

    private static int placed(Parent root, String cards) {
        int placed = 0;
        for (Node card : root.lookupAll(cards)) {
            if (card.getLayoutBounds().getWidth() > 0 && card.getLayoutBounds().getHeight() > 0) {
                placed++;
            }
        }
        return placed;
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

    /**
     * About {@code activities} activities in blocks of four: an email, a wait, a yes/no split on the email's open (a
     * random split of three paths every third block) whose first way leads on and whose second an SMS that joins
     * again; laid out as the canvas lays out an imported journey.
     */
    static JourneyGraph journey(int activities) {
        JourneyGraph graph = JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null));
        int blocks = Math.max(1, activities / 4);
        for (int block = 0; block < blocks; block++) {
            String next = block + 1 < blocks ? "email" + (block + 1) : null;
            boolean random = block % 3 == 2;
            graph = graph.with("email" + block, Activity.of(new MessageActivity.Email(new TemplateChoice(1, null),
                            null)).connect(Port.NEXT, "wait" + block))
                    .with("wait" + block, Activity.of(new WaitActivity(WaitTime.waitFor(Duration.ofDays(1 + block % 3))))
                            .connect(Port.NEXT, "split" + block))
                    .with("split" + block, Activity.of(random ? new RandomSplit(List.of(50, 30, 20))
                                    : new ConditionalSplit(Condition.of(new SimpleCondition.MessageEvent("email" + block,
                                            EventDimensions.ofEventTypes("_email.open"))),
                                            WaitTime.waitFor(Duration.ofHours(1))))
                            .connect(random ? Port.PATH_1 : Port.YES, next)
                            .connect(random ? Port.PATH_2 : Port.NO, "sms" + block))
                    .with("sms" + block, Activity.of(new MessageActivity.Sms(new TemplateChoice(2, null), null, null,
                            null, null, null)).connect(Port.NEXT, next));
        }
        graph = graph.connect(Outlet.ENTRY, "email0");
        return graph.withLayout(JourneyCanvasViewModel.layOut(graph));
    }

    private static void report(String what, List<Opening> openings) {
        List<Opening> warm = openings.subList(Math.min(1, openings.size() - 1), openings.size());
        System.out.printf(Locale.ROOT, "%-52s first %7.0f ms wall %7.0f ms CPU | median after %7.1f ms wall %7.1f ms CPU%n",
                what, openings.get(0).wall() / 1e6, openings.get(0).cpu() / 1e6,
                median(warm.stream().mapToLong(Opening::wall).toArray()) / 1e6,
                median(warm.stream().mapToLong(Opening::cpu).toArray()) / 1e6);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception failed) {
                result.completeExceptionally(failed);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }
}
