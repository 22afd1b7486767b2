package io.tidings.journey.ui.canvas;

import io.tidings.journey.EditHistory;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.ui.JourneyDocument;
import io.tidings.shell.BackgroundWork;
import java.util.Map;
import javafx.scene.layout.BorderPane;

/** The canvas as the designer screen holds it, for the tests and for looking at it: the palette left, the canvas. */
final class CanvasStage {

    static final CanvasNames NAMES = new CanvasNames(Map.of(1L, "Welcome email", 2L, "Order reminder"),
            Map.of(1L, "North America"));

    final JourneyDocument document;
    final JourneyCanvasViewModel model;
    final JourneyCanvasView canvas;
    final ActivityPalette palette;
    final BorderPane root;

    CanvasStage(JourneyGraph graph, BackgroundWork background) {
        document = new JourneyDocument(new EditHistory(graph));
        model = new JourneyCanvasViewModel(document, background);
        model.namesProperty().set(NAMES);
        canvas = new JourneyCanvasView(model);
        palette = new ActivityPalette(model);
        root = new BorderPane(canvas);
        root.setLeft(palette);
    }
}
