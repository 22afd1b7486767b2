package io.tidings.journey.ui.canvas;

import io.tidings.journey.ConnectionCheck;
import io.tidings.journey.Position;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * What the canvas shows while something is dragged: the preview line of a connection being made, the card it would
 * connect to (lit, or marked refused), the connection an activity is held over to be inserted (lit, or refused), and
 * beside the pointer, why not.
 */
final class DragFeedback {

    private final Path preview = new Path();
    private final MoveTo previewStart = new MoveTo();
    private final CubicCurveTo previewCurve = new CubicCurveTo();
    private final Label refusal = new Label();
    private ActivityCard card;
    private EdgeView edge;
    private ConnectionCheck edgeCheck;

    DragFeedback(JourneyCanvasView view) {
        preview.getStyleClass().add("connection-preview");
        preview.getElements().addAll(previewStart, previewCurve);
        refusal.getStyleClass().add("connection-refusal");
        refusal.setId("connection-refusal");
        for (Node node : new Node[] {preview, refusal}) {
            node.setVisible(false);
            node.setManaged(false);
        }
        view.overlay().getChildren().addAll(preview, refusal);
    }

    /** Draws the preview line from a port to a point (world units). */
    void previewLine(Position start, Position end) {
        double reach = Math.max(40, Math.abs(end.x() - start.x()) / 2);
        previewStart.setX(start.x());
        previewStart.setY(start.y());
        previewCurve.setControlX1(start.x() + reach);
        previewCurve.setControlY1(start.y());
        previewCurve.setControlX2(end.x() - reach);
        previewCurve.setControlY2(end.y());
        previewCurve.setX(end.x());
        previewCurve.setY(end.y());
        preview.setVisible(true);
    }

    /** The card the connection would go to (null: none), lit or refused as {@code check} says. */
    ActivityCard card() {
        return card;
    }

    void card(ActivityCard over, ConnectionCheck check) {
        if (card != null) {
            card.pseudoClassStateChanged(ActivityCard.DROP_TARGET, false);
            card.pseudoClassStateChanged(ActivityCard.REFUSED, false);
        }
        card = over;
        if (over != null) {
            over.pseudoClassStateChanged(check.allowed() ? ActivityCard.DROP_TARGET : ActivityCard.REFUSED, true);
        }
        refuse(over == null || check.allowed() ? null : check.reason());
    }

    /** The connection an activity is held over (null: none), lit or refused as {@code check} says. */
    EdgeView edge() {
        return edge;
    }

    ConnectionCheck edgeCheck() {
        return edgeCheck;
    }

    void edge(EdgeView over, ConnectionCheck check) {
        if (edge != null) {
            edge.pseudoClassStateChanged(EdgeView.DROP_TARGET, false);
            edge.pseudoClassStateChanged(EdgeView.REFUSED, false);
        }
        edge = over;
        edgeCheck = check;
        if (over != null) {
            over.pseudoClassStateChanged(check.allowed() ? EdgeView.DROP_TARGET : EdgeView.REFUSED, true);
        }
        refuse(over == null || check.allowed() ? null : check.reason());
    }

    /** Keeps the reason beside the pointer (world units). */
    void pointerAt(Position at) {
        if (refusal.isVisible()) {
            refusal.autosize();
            refusal.relocate(at.x() + 14, at.y() + 14);
        }
    }

    /** The gesture ended: nothing lit, no line, no reason. */
    void clear() {
        preview.setVisible(false);
        card(null, null);
        edge(null, null);
    }

    private void refuse(String reason) {
        refusal.setText(reason == null ? "" : reason);
        refusal.setVisible(reason != null);
    }
}
