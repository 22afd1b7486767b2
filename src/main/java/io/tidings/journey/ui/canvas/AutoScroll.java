package io.tidings.journey.ui.canvas;

import javafx.animation.AnimationTimer;
import javafx.geometry.Point2D;

/**
 * Scrolls the canvas while something is dragged near its border (a card, a rubber band, a connection, an activity
 * from the palette): the closer to the border, or the further past it, the faster, up to a limit. After each step
 * the gesture is told, so that what it drags follows the pointer into the newly shown part.
 */
final class AutoScroll {

    /** How far in from the border scrolling starts, in screen pixels. */
    static final double ZONE = 40;
    /** The fastest step, in screen pixels per frame (about 60 frames a second). */
    private static final double FASTEST = 16;

    private final JourneyCanvasView view;
    private final CanvasViewport viewport;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            step();
        }
    };
    private Point2D pointer;
    private Runnable scrolled = () -> { };
    private boolean running;

    AutoScroll(JourneyCanvasView view, CanvasViewport viewport) {
        this.view = view;
        this.viewport = viewport;
    }

    /** The pointer of the gesture is at this point of the scene; {@code scrolled} runs after each step. */
    void follow(double sceneX, double sceneY, Runnable afterEachStep) {
        pointer = new Point2D(sceneX, sceneY);
        scrolled = afterEachStep;
        boolean near = speed() != null;
        if (near && !running) {
            running = true;
            timer.start();
        } else if (!near && running) {
            stop();
        }
    }

    /** The gesture ended: no more scrolling. */
    void stop() {
        running = false;
        timer.stop();
    }

    /** Where the pointer is in the scene, the latest the gesture reported. */
    Point2D pointer() {
        return pointer;
    }

    private void step() {
        double[] speed = speed();
        if (speed == null) {
            stop();
            return;
        }
        viewport.panBy(speed[0], speed[1]);
        scrolled.run();
    }

    /** How far to pan this frame (x, y), or null when the pointer is not near a border. */
    private double[] speed() {
        if (pointer == null || view.getScene() == null) {
            return null;
        }
        Point2D local = view.sceneToLocal(pointer);
        double dx = along(local.getX(), view.getWidth());
        double dy = along(local.getY(), view.getHeight());
        return dx == 0 && dy == 0 ? null : new double[] {dx, dy};
    }

    /** Positive near the start (the world moves right or down to show what is left or above), negative near the end. */
    private static double along(double at, double size) {
        if (size <= 2 * ZONE) {
            return 0;
        }
        if (at < ZONE) {
            return FASTEST * Math.min(1, (ZONE - at) / ZONE);
        }
        if (at > size - ZONE) {
            return -FASTEST * Math.min(1, (at - (size - ZONE)) / ZONE);
        }
        return 0;
    }
}
