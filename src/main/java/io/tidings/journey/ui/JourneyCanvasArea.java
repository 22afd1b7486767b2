package io.tidings.journey.ui;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The middle of the designer: the canvas of the journey shown, its palette and its view tools. */
final class JourneyCanvasArea extends StackPane {

    private final IntegerProperty historyChanged = new SimpleIntegerProperty();
    private final VBox palette = new VBox();

    JourneyCanvasArea(JourneyDesignerViewModel viewModel) {
        setId("journey-canvas-area");
        viewModel.documentProperty().addListener((observable, old, document) -> show(document));
        show(viewModel.documentProperty().get());
    }

    private void show(JourneyDocument document) {
        historyChanged.set(historyChanged.get() + 1);
        if (document == null) {
            getChildren().clear();
            return;
        }
        document.graphProperty().addListener((observable, old, graph) -> historyChanged.set(historyChanged.get() + 1));
        getChildren().setAll(new Label(document.graph().activities().size() + " activities"));
    }

    /** Bumped whenever what Undo and Redo would do may have changed. */
    ObservableIntegerValue historyChanged() {
        return historyChanged;
    }

    Node palette() {
        return palette;
    }

    List<Node> viewTools() {
        return List.of();
    }
}
