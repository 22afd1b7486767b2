package io.tidings.journey.ui.canvas;

import io.tidings.journey.Position;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * What part of the journey the canvas shows: the zoom (25–200 %) and where the world's origin sits on the screen.
 * A point of the world appears at {@code pan + zoom × point}.
 */
final class CanvasViewport {

    static final double LEAST_ZOOM = 0.25;
    static final double MOST_ZOOM = 2.0;
    private static final double STEP = 1.2;
    private static final double MARGIN = 48;

    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1);
    private final ReadOnlyDoubleWrapper panX = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper panY = new ReadOnlyDoubleWrapper(0);
    private double width = 800;
    private double height = 600;
    private boolean sized;

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty panXProperty() {
        return panX.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty panYProperty() {
        return panY.getReadOnlyProperty();
    }

    void resize(double newWidth, double newHeight) {
        width = newWidth;
        height = newHeight;
        sized = sized || newWidth > 0 && newHeight > 0;
    }

    /** Whether the canvas has had a size yet: until then a fit would fit the default size. */
    boolean sized() {
        return sized;
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    /** Zooms by {@code factor} about a point of the screen, which stays under the pointer. */
    void zoomAbout(double factor, double screenX, double screenY) {
        double next = Math.max(LEAST_ZOOM, Math.min(MOST_ZOOM, zoom.get() * factor));
        double worldX = (screenX - panX.get()) / zoom.get();
        double worldY = (screenY - panY.get()) / zoom.get();
        zoom.set(next);
        panX.set(screenX - worldX * next);
        panY.set(screenY - worldY * next);
    }

    void zoomIn() {
        zoomAbout(STEP, width / 2, height / 2);
    }

    void zoomOut() {
        zoomAbout(1 / STEP, width / 2, height / 2);
    }

    void actualSize() {
        zoomAbout(1 / zoom.get(), width / 2, height / 2);
    }

    void panBy(double dx, double dy) {
        panX.set(panX.get() + dx);
        panY.set(panY.get() + dy);
    }

    /** Shows the whole box (world units), as large as fits up to 100 %, centred. */
    void fit(double left, double top, double right, double bottom) {
        fit(left, top, right, bottom, LEAST_ZOOM);
    }

    /**
     * As {@link #fit}, but never smaller than {@code least}: a journey that would fit only at a zoom too small to read
     * shows its beginning at {@code least}, and the rest is a pan away.
     */
    void fit(double left, double top, double right, double bottom, double least) {
        double fitted = Math.min((width - 2 * MARGIN) / Math.max(1, right - left),
                (height - 2 * MARGIN) / Math.max(1, bottom - top));
        double next = Math.max(Math.max(LEAST_ZOOM, least), Math.min(1, fitted));
        zoom.set(next);
        // Centred when it fits; a journey too long even at the least zoom shows its beginning.
        panX.set((right - left) * next <= width - 2 * MARGIN ? width / 2 - (left + right) / 2 * next
                : MARGIN - left * next);
        panY.set((bottom - top) * next <= height - 2 * MARGIN ? height / 2 - (top + bottom) / 2 * next
                : MARGIN - top * next);
    }

    /** Pans just enough that the box (world units) is on screen. */
    void reveal(double left, double top, double right, double bottom) {
        double scale = zoom.get();
        double dx = 0;
        double dy = 0;
        if (panX.get() + left * scale < MARGIN) {
            dx = MARGIN - (panX.get() + left * scale);
        } else if (panX.get() + right * scale > width - MARGIN) {
            dx = width - MARGIN - (panX.get() + right * scale);
        }
        if (panY.get() + top * scale < MARGIN) {
            dy = MARGIN - (panY.get() + top * scale);
        } else if (panY.get() + bottom * scale > height - MARGIN) {
            dy = height - MARGIN - (panY.get() + bottom * scale);
        }
        panBy(dx, dy);
    }

    Position toWorld(double screenX, double screenY) {
        return new Position((screenX - panX.get()) / zoom.get(), (screenY - panY.get()) / zoom.get());
    }

    Position centre() {
        return toWorld(width / 2, height / 2);
    }
}
