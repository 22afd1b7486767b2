package io.tidings.journey.ui.canvas;

import io.tidings.journey.Outlet;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * A connection from an output port to an activity's input: one path for the curve and its arrowhead, a wider invisible
 * stroke that is easier to grab, and, when counts are shown, how many went this way. Redrawn only when an end moves.
 * Lit ({@code :drop-target}) or marked refused while an activity is held over it to be inserted.
 */
final class EdgeView extends Group {

    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final double ARROW = 8;
    /** The arrow stops at the input anchor's rim. */
    private static final double INPUT_RADIUS = 6;

    private final Outlet outlet;
    private final Path hit = new Path();
    private final Path line = new Path();
    private final MoveTo arrowStart = new MoveTo();
    private final LineTo arrowTip = new LineTo();
    private final LineTo arrowEnd = new LineTo();
    /** Made when counts are first shown: most edges of a draft never need one. */
    private Label count;
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
        CanvasNodeNames.name(this, "edge-" + (outlet.isEntry() ? "entry" : outlet.activityKey()) + "-" + outlet.port().name());
        hit.getStyleClass().add("edge-hit");
        // Without a fill only the stroke is grabbed, not the area under the curve.
        hit.setFill(null);
        line.setFill(null);
        line.getStyleClass().add("edge-line");
        line.setMouseTransparent(true);
        line.getElements().addAll(start, curve, arrowStart, arrowTip, arrowEnd);
        hit.getElements().addAll(hitStart, hitCurve);
        getChildren().addAll(hit, line);
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
        double tipX = x2 - INPUT_RADIUS;
        // Forward, the curve bends gently in the gap; backwards (a loop), it swings out wide around the cards.
        double reach = tipX > x1 + 8 ? Math.max(16, (tipX - x1) / 2) : Math.max(120, (x1 - tipX) / 3);
        double endX = tipX - 2;
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
        arrowStart.setX(tipX - ARROW);
        arrowStart.setY(y2 - ARROW / 1.4);
        arrowTip.setX(tipX);
        arrowTip.setY(y2);
        arrowEnd.setX(tipX - ARROW);
        arrowEnd.setY(y2 + ARROW / 1.4);
        placeCount();
    }

    /** Whether a point of the scene is on the curve's grab stroke. */
    boolean grabs(double sceneX, double sceneY) {
        javafx.geometry.Point2D local = hit.sceneToLocal(sceneX, sceneY);
        return local != null && hit.getBoundsInLocal().contains(local) && hit.contains(local);
    }

    /** Shows how many went this way, or nothing (null). */
    void showCount(Long changed) {
        if (java.util.Objects.equals(changed, shownCount)) {
            return;
        }
        shownCount = changed;
        if (count == null && changed != null) {
            count = new Label();
            count.getStyleClass().add("edge-count");
            count.setMouseTransparent(true);
            getChildren().add(count);
        }
        if (count != null) {
            count.setVisible(changed != null);
        }
        if (changed != null) {
            count.setText(ActivityCard.NUMBER.format(changed));
            placeCount();
        }
    }

    private void placeCount() {
        if (shownCount == null || ends.length == 0) {
            return;
        }
        count.autosize();
        // Just after the port, where the count clearly belongs to this path, not to the card it leads to.
        count.relocate(ends[0] + 12, ends[1] - count.getHeight() / 2);
    }
}
