package io.tidings.ui;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the nearest scroll pane around a node so that the node is in sight, such as a form's first problem. */
public final class ScrollIntoView {

    private static final double MARGIN = 24;

    private ScrollIntoView() {
    }

    /** After the next layout pass, since a problem that just appeared has no place yet. */
    public static void later(Node node) {
        Platform.runLater(() -> now(node));
    }

    public static void now(Node node) {
        ScrollPane pane = enclosingScrollPane(node);
        if (pane == null || pane.getContent() == null) {
            return;
        }
        pane.layout();
        Node content = pane.getContent();
        Bounds place = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewportHeight = pane.getViewportBounds().getHeight();
        if (place == null || contentHeight <= viewportHeight) {
            return;
        }
        double top = (pane.getVmax() - pane.getVmin()) * pane.getVvalue() * (contentHeight - viewportHeight)
                / (pane.getVmax() - pane.getVmin());
        double wanted = top;
        if (place.getMinY() - MARGIN < top) {
            wanted = place.getMinY() - MARGIN;
        } else if (place.getMaxY() + MARGIN > top + viewportHeight) {
            wanted = Math.min(place.getMinY() - MARGIN, place.getMaxY() + MARGIN - viewportHeight);
        }
        wanted = Math.max(0, Math.min(wanted, contentHeight - viewportHeight));
        pane.setVvalue(pane.getVmin() + wanted / (contentHeight - viewportHeight) * (pane.getVmax() - pane.getVmin()));
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }
}
