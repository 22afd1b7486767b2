package io.tidings.journey.ui.canvas;

import io.tidings.journey.Outlet;
import java.text.NumberFormat;
import java.util.Locale;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;

/**
 * A connection from an output port to an activity's input: a curve with an arrowhead, a wider invisible stroke that
 * is easier to grab, and, when counts are shown, how many went this way. Redrawn only when an end moves.
 */
final class EdgeView extends Group {

    private static final double ARROW = 7;

    private final Outlet outlet;
    private final Path hit = new Path();
    private final Path line = new Path();
    private final Polygon arrow = new Polygon();
    private final Label count = new Label();
    private final MoveTo start = new MoveTo();
    private final CubicCurveTo curve = new CubicCurveTo();
    private final MoveTo hitStart = new MoveTo();
    private final CubicCurveTo hitCurve = new CubicCurveTo();
    private String target;
    private double[] ends = new double[0];
    private Long shownCount;

    EdgeView(Outlet outlet) {
        this.outlet = outlet;
        getStyleClass().add("journey-edge");
        setId("edge-" + (outlet.isEntry() ? "entry" : outlet.activityKey()) + "-" + outlet.port().name());
        hit.getStyleClass().add("edge-hit");
        line.getStyleClass().add("edge-line");
        arrow.getStyleClass().add("edge-arrow");
        count.getStyleClass().add("edge-count");
        count.setVisible(false);
        count.setMouseTransparent(true);
        line.setMouseTransparent(true);
        arrow.setMouseTransparent(true);
        line.getElements().addAll(start, curve);
        hit.getElements().addAll(hitStart, hitCurve);
        getChildren().addAll(hit, line, arrow, count);
    }

    Outlet outlet() {
        return outlet;
    }

    String target() {
        return target;
    }

    void target(String changed) {
        target = changed;
    }

    /** Draws the curve from the port at (x1, y1) to the input at (x2, y2), unless neither end moved. */
    void draw(double x1, double y1, double x2, double y2) {
        double[] changed = {x1, y1, x2, y2};
        if (java.util.Arrays.equals(changed, ends)) {
            return;
        }
        ends = changed;
        double reach = Math.max(48, Math.abs(x2 - x1) / 2);
        if (x2 < x1 + 24) {
            reach = Math.max(reach, 120);
        }
        double endX = x2 - ARROW;
        for (MoveTo move : new MoveTo[] {start, hitStart}) {
            move.setX(x1);
            move.setY(y1);
        }
        for (CubicCurveTo to : new CubicCurveTo[] {curve, hitCurve}) {
            to.setControlX1(x1 + reach);
            to.setControlY1(y1);
            to.setControlX2(endX - reach);
            to.setControlY2(y2);
            to.setX(endX);
            to.setY(y2);
        }
        arrow.getPoints().setAll(x2, y2, endX - 1, y2 - ARROW / 1.4, endX - 1, y2 + ARROW / 1.4);
        placeCount();
    }

    /** Shows how many went this way, or nothing (null). */
    void showCount(Long changed) {
        if (java.util.Objects.equals(changed, shownCount)) {
            return;
        }
        shownCount = changed;
        count.setVisible(changed != null);
        if (changed != null) {
            count.setText(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(changed));
            placeCount();
        }
    }

    private void placeCount() {
        if (shownCount == null || ends.length == 0) {
            return;
        }
        count.autosize();
        double middleX = (ends[0] + ends[2]) / 2;
        double middleY = (ends[1] + ends[3]) / 2;
        count.relocate(middleX - count.getWidth() / 2, middleY - count.getHeight() / 2);
    }
}
