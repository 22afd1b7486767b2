package io.tidings.journey.ui;

import io.tidings.journey.ui.canvas.ActivityPalette;
import io.tidings.journey.ui.canvas.JourneyCanvasView;
import io.tidings.journey.ui.canvas.JourneyCanvasViewModel;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The middle of the designer: the canvas of the journey shown (a new one per journey), the palette beside it, the
 * zoom and layout tools of the toolbar, and the caption of the counts drawn on the cards ("Live · 10:42").
 */
final class JourneyCanvasArea extends StackPane {

    private final IntegerProperty historyChanged = new SimpleIntegerProperty();
    private final VBox palette = new VBox();
    private final Label caption = new Label();
    private final List<Node> tools;
    private JourneyCanvasView shown;
    private boolean paletteWordsShown = true;

    JourneyCanvasArea(JourneyDesignerViewModel viewModel) {
        setId("journey-canvas-area");
        palette.setId("journey-palette-area");
        palette.getStyleClass().add("journey-palette-area");
        caption.setId("journey-counts-caption");
        caption.getStyleClass().add("journey-counts-caption");
        caption.setMouseTransparent(true);
        StackPane.setAlignment(caption, javafx.geometry.Pos.TOP_RIGHT);
        Button zoomOut = JourneyDesignerView.icon("journey-zoom-out", "fth-zoom-out", "Zoom out",
                () -> act(JourneyCanvasView::zoomOut));
        Button zoomIn = JourneyDesignerView.icon("journey-zoom-in", "fth-zoom-in", "Zoom in",
                () -> act(JourneyCanvasView::zoomIn));
        Button fit = JourneyDesignerView.icon("journey-zoom-fit", "fth-maximize", "Fit the journey in view (Ctrl+0)",
                () -> act(JourneyCanvasView::zoomToFit));
        Button layout = JourneyDesignerView.icon("journey-auto-layout", "fth-layout", "Auto-layout (Ctrl+Shift+L)",
                () -> act(JourneyCanvasView::autoLayout));
        layout.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.documentProperty().get() == null
                || viewModel.documentProperty().get().readOnlyProperty().get(), viewModel.journeyProperty(),
                viewModel.documentProperty()));
        Label zoom = new Label();
        zoom.setId("journey-zoom");
        zoom.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tools = List.of(zoomOut, zoom, zoomIn, fit, layout);
        viewModel.canvasProperty().addListener((observable, old, canvas) -> show(canvas, zoom));
        show(viewModel.canvasProperty().get(), zoom);
    }

    private void act(Consumer<JourneyCanvasView> action) {
        if (shown != null) {
            action.accept(shown);
        }
    }

    private void show(JourneyCanvasViewModel canvas, Label zoom) {
        historyChanged.set(historyChanged.get() + 1);
        zoom.textProperty().unbind();
        zoom.setText("");
        if (canvas == null) {
            shown = null;
            getChildren().clear();
            palette.getChildren().clear();
            return;
        }
        JourneyDocument document = canvas.document();
        document.graphProperty().addListener((observable, old, graph) -> historyChanged.set(historyChanged.get() + 1));
        shown = new JourneyCanvasView(canvas);
        zoom.textProperty().bind(Bindings.createStringBinding(() -> Math.round(canvas.zoomProperty().get() * 100)
                + " %", canvas.zoomProperty()));
        caption.textProperty().bind(document.countsCaptionProperty());
        caption.visibleProperty().bind(document.countsCaptionProperty().isNotEmpty());
        getChildren().setAll(shown, caption);
        ActivityPalette activities = new ActivityPalette(canvas);
        // Its background goes down the whole column, however tall the window.
        VBox.setVgrow(activities, javafx.scene.layout.Priority.ALWAYS);
        palette.getChildren().setAll(activities);
        applyPaletteWords();
        palette.visibleProperty().bind(document.readOnlyProperty().not());
        palette.managedProperty().bind(palette.visibleProperty());
        // Once laid out, the journey in view, readable.
        javafx.application.Platform.runLater(() -> {
            if (shown != null && shown.model() == canvas) {
                shown.showReadably();
            }
        });
    }

    /** Shows the journey again once the area has its next height (the simulator opened or closed below it). */
    void fitOnNextResize() {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> height, Number before,
                    Number after) {
                heightProperty().removeListener(this);
                javafx.application.Platform.runLater(() -> act(JourneyCanvasView::showReadably));
            }
        };
        heightProperty().addListener(once);
    }

    /** Whether the palette names its activities beside their icons, or shows the icons alone (a narrow window). */
    void paletteWords(boolean shown) {
        paletteWordsShown = shown;
        applyPaletteWords();
    }

    private void applyPaletteWords() {
        for (Node item : palette.lookupAll(".palette-item")) {
            if (item instanceof Labeled labeled) {
                labeled.setContentDisplay(paletteWordsShown ? ContentDisplay.LEFT : ContentDisplay.GRAPHIC_ONLY);
                if (labeled.getTooltip() == null) {
                    labeled.setTooltip(new Tooltip(labeled.getText()));
                }
            }
        }
        palette.getStyleClass().remove("icons-only");
        if (!paletteWordsShown) {
            palette.getStyleClass().add("icons-only");
        }
        for (Node activities : palette.lookupAll(".activity-palette")) {
            activities.getStyleClass().remove("icons-only");
            if (!paletteWordsShown) {
                activities.getStyleClass().add("icons-only");
            }
        }
        for (Node heading : palette.lookupAll(".palette-heading")) {
            heading.setVisible(paletteWordsShown);
            heading.setManaged(paletteWordsShown);
        }
    }

    /** Bumped whenever what Undo and Redo would do may have changed. */
    ObservableIntegerValue historyChanged() {
        return historyChanged;
    }

    /** The palette, scrolling when the window is too low for all its activities. */
    Node palette() {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(palette);
        scroll.setId("journey-palette-scroll");
        scroll.setFitToWidth(true);
        // As tall as the column when the palette is shorter; it scrolls when the window is too low for it.
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        scroll.visibleProperty().bind(palette.visibleProperty());
        scroll.managedProperty().bind(palette.visibleProperty());
        return scroll;
    }

    List<Node> viewTools() {
        return tools;
    }
}
