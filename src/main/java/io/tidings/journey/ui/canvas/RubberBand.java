package io.tidings.journey.ui.canvas;

import io.tidings.journey.Position;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.shape.Rectangle;

/** The rectangle drawn by dragging on the empty canvas: the cards it touches are selected when it is let go. */
final class RubberBand {

    private final JourneyCanvasView view;
    private final JourneyCanvasViewModel model;
    private final Rectangle band = new Rectangle();
    private Position start;

    RubberBand(JourneyCanvasView view, JourneyCanvasViewModel model) {
        this.view = view;
        this.model = model;
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        band.setManaged(false);
        view.overlay().getChildren().add(band);
    }

    /** Starts a band at a point of the canvas (world units). */
    void start(Position at) {
        start = at;
    }

    boolean isStarted() {
        return start != null;
    }

    /** Stretches the band to a point of the canvas (world units). */
    void stretchTo(Position at) {
        if (start == null) {
            return;
        }
        band.setX(Math.min(at.x(), start.x()));
        band.setY(Math.min(at.y(), start.y()));
        band.setWidth(Math.abs(at.x() - start.x()));
        band.setHeight(Math.abs(at.y() - start.y()));
        band.setVisible(true);
    }

    /** Adds the cards the band touches to the selection, and takes the band away. */
    void finish() {
        if (band.isVisible()) {
            Set<String> inside = new HashSet<>();
            for (ActivityCard card : view.cards()) {
                if (card.getBoundsInParent().intersects(band.getBoundsInParent())) {
                    inside.add(card.key());
                }
            }
            model.selection().addAll(inside);
        }
        band.setVisible(false);
        start = null;
    }
}
