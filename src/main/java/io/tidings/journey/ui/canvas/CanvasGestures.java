package io.tidings.journey.ui.canvas;

import io.tidings.journey.ConnectionCheck;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;

/**
 * What the mouse does on the canvas: move cards (committed once, on release), connect a port to an activity (a
 * preview line, the target lit or refused with the reason), pick up an edge's end to re-target or disconnect it, drop
 * an activity from the palette, select with a click or a rubber band, pan and zoom.
 */
final class CanvasGestures {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final JourneyCanvasView view;
    private final JourneyCanvasViewModel model;
    private final Path preview = new Path();
    private final MoveTo previewStart = new MoveTo();
    private final CubicCurveTo previewCurve = new CubicCurveTo();
    private final Rectangle band = new Rectangle();
    private final Rectangle ghost = new Rectangle(CardGeometry.WIDTH, CardGeometry.SINGLE_HEIGHT);
    private final Label refusal = new Label();

    private Point2D pressedAt;
    private final Map<String, Position> startPositions = new LinkedHashMap<>();
    private Position entryStart;
    private boolean moved;
    private Outlet connecting;
    private boolean fromEdge;
    private ActivityCard target;
    private Position bandStart;
    private Point2D panFrom;
    private boolean spaceHeld;

    CanvasGestures(JourneyCanvasView view, JourneyCanvasViewModel model) {
        this.view = view;
        this.model = model;
        preview.getStyleClass().add("connection-preview");
        preview.getElements().addAll(previewStart, previewCurve);
        band.getStyleClass().add("rubber-band");
        ghost.getStyleClass().add("drop-ghost");
        refusal.getStyleClass().add("connection-refusal");
        refusal.setId("connection-refusal");
        for (Node node : new Node[] {preview, band, ghost, refusal}) {
            node.setVisible(false);
            node.setManaged(false);
        }
        view.overlay().getChildren().addAll(preview, band, ghost, refusal);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressedOnCanvas);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::draggedOnCanvas);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::releasedOnCanvas);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, event -> model.pointerAt(world(event)));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, event -> model.pointerAt(null));
        view.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(ZoomEvent.ZOOM, event -> {
            model.viewport().zoomAbout(event.getZoomFactor(), event.getX(), event.getY());
            event.consume();
        });
        view.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, this::dragOver);
        view.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::dragReleased);
        view.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED_TARGET, event -> {
            if (event.getTarget() == view) {
                ghost.setVisible(false);
                view.pseudoClassStateChanged(DROP_TARGET, false);
            }
        });
    }

    void spaceHeld(boolean held) {
        spaceHeld = held;
    }

    /** Esc: a connection being dragged is dropped, cards being moved go back; true when there was one. */
    boolean cancel() {
        boolean busy = connecting != null || moved;
        connecting = null;
        endPreview();
        if (moved) {
            startPositions.forEach((key, start) -> view.card(key).relocate(start.x(), start.y()));
            if (entryStart != null) {
                view.entryCard().relocate(entryStart.x(), entryStart.y());
            }
            view.redrawEdgesOf(startPositions.keySet(), entryStart != null);
        }
        moved = false;
        pressedAt = null;
        return busy;
    }

    /** Cards: press selects, drag moves the selection, a drag from a port connects, double-click opens properties. */
    void attach(ActivityCard card) {
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> pressedOnCard(card, event));
        card.addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
            if (portUnder(event) != null && model.canEdit()) {
                startConnecting(card, Outlet.of(card.key(), portUnder(event)), false, event);
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> draggedCard(event));
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> releasedCard(event));
        card.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && portUnder(event) == null) {
                model.openProperties(card.key());
            }
            event.consume();
        });
        card.badge().addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (card.key() != null) {
                model.showParticipants(card.key());
            }
            event.consume();
        });
    }

    /** Edges: pick up the end to point it elsewhere, or drop it on the empty canvas to disconnect. */
    void attach(EdgeView edge) {
        edge.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && !spaceHeld) {
                view.requestFocus();
                connecting = null;
                event.consume();
            }
        });
        edge.addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
            if (model.canEdit() && event.getButton() == MouseButton.PRIMARY && !spaceHeld) {
                startConnecting(edge, edge.outlet(), true, event);
            }
        });
        edge.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (connecting != null) {
                showPreview(event);
                event.consume();
            }
        });
        edge.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            endPreview();
            event.consume();
        });
    }

    private void pressedOnCard(ActivityCard card, MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || spaceHeld) {
            return;
        }
        connecting = null;
        card.requestFocus();
        pressedAt = new Point2D(event.getSceneX(), event.getSceneY());
        moved = false;
        startPositions.clear();
        entryStart = null;
        if (card.key() == null) {
            model.clearSelection();
            entryStart = new Position(card.getLayoutX(), card.getLayoutY());
        } else {
            if (event.isShortcutDown() || event.isShiftDown()) {
                model.toggle(card.key());
            } else if (!model.selection().contains(card.key())) {
                model.select(card.key());
            }
            for (String key : model.selection()) {
                ActivityCard selected = view.card(key);
                if (selected != null) {
                    startPositions.put(key, new Position(selected.getLayoutX(), selected.getLayoutY()));
                }
            }
        }
        event.consume();
    }

    private void draggedCard(MouseEvent event) {
        if (connecting != null) {
            showPreview(event);
            event.consume();
            return;
        }
        if (pressedAt == null || !model.canEdit() || portUnder(event) != null && !moved) {
            event.consume();
            return;
        }
        double zoom = model.zoomProperty().get();
        double dx = (event.getSceneX() - pressedAt.getX()) / zoom;
        double dy = (event.getSceneY() - pressedAt.getY()) / zoom;
        moved = moved || Math.abs(dx) > 2 || Math.abs(dy) > 2;
        if (moved) {
            startPositions.forEach((key, start) -> view.card(key).relocate(start.x() + dx, start.y() + dy));
            if (entryStart != null) {
                view.entryCard().relocate(entryStart.x() + dx, entryStart.y() + dy);
            }
            view.redrawEdgesOf(startPositions.keySet(), entryStart != null);
        }
        event.consume();
    }

    private void releasedCard(MouseEvent event) {
        endPreview();
        if (moved && pressedAt != null) {
            Map<String, Position> positions = new LinkedHashMap<>();
            startPositions.keySet().forEach(key -> positions.put(key,
                    new Position(view.card(key).getLayoutX(), view.card(key).getLayoutY())));
            Position entry = entryStart == null ? null
                    : new Position(view.entryCard().getLayoutX(), view.entryCard().getLayoutY());
            model.moveTo(positions, entry);
        }
        pressedAt = null;
        moved = false;
        event.consume();
    }

    private void startConnecting(Node source, Outlet outlet, boolean edge, MouseEvent event) {
        connecting = outlet;
        fromEdge = edge;
        pressedAt = null;
        source.startFullDrag();
        showPreview(event);
        event.consume();
    }

    private void showPreview(MouseEvent event) {
        ActivityCard from = view.card(connecting.activityKey());
        if (from == null) {
            return;
        }
        Position start = JourneyCanvasView.portOf(from, connecting.port());
        Position end = world(event);
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

    private void endPreview() {
        preview.setVisible(false);
        refusal.setVisible(false);
        highlight(null, null);
    }

    private void dragOver(MouseDragEvent event) {
        ActivityKind kind = paletteKind(event);
        if (kind != null) {
            if (model.canEdit()) {
                Position at = world(event);
                ghost.relocate(at.x() - CardGeometry.WIDTH / 2, at.y() - CardGeometry.SINGLE_HEIGHT / 2);
                ghost.setVisible(true);
                view.pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
            return;
        }
        if (connecting == null) {
            return;
        }
        showPreview(event);
        ActivityCard over = cardUnder(event);
        if (over == null || over.key() == null) {
            highlight(null, null);
            refusal.setVisible(false);
        } else if (over != target) {
            ConnectionCheck check = model.checkConnection(connecting, over.key());
            highlight(over, check);
        }
        if (refusal.isVisible()) {
            Position at = world(event);
            refusal.autosize();
            refusal.relocate(at.x() + 14, at.y() + 14);
        }
        event.consume();
    }

    private void highlight(ActivityCard over, ConnectionCheck check) {
        if (target != null) {
            target.pseudoClassStateChanged(ActivityCard.DROP_TARGET, false);
            target.pseudoClassStateChanged(ActivityCard.REFUSED, false);
        }
        target = over;
        if (over != null) {
            over.pseudoClassStateChanged(check.allowed() ? ActivityCard.DROP_TARGET : ActivityCard.REFUSED, true);
            refusal.setText(check.allowed() ? "" : check.reason());
            refusal.setVisible(!check.allowed());
        }
    }

    private void dragReleased(MouseDragEvent event) {
        ActivityKind kind = paletteKind(event);
        ghost.setVisible(false);
        view.pseudoClassStateChanged(DROP_TARGET, false);
        if (kind != null) {
            Position at = world(event);
            model.addActivity(kind, at.plus(-CardGeometry.WIDTH / 2, -CardGeometry.SINGLE_HEIGHT / 2));
            view.requestFocus();
            event.consume();
            return;
        }
        if (connecting == null) {
            return;
        }
        Outlet outlet = connecting;
        connecting = null;
        ActivityCard over = cardUnder(event);
        endPreview();
        if (over != null && over.key() != null) {
            if (!model.connect(outlet, over.key())) {
                ConnectionCheck check = model.checkConnection(outlet, over.key());
                if (!check.allowed()) {
                    view.say(check.reason());
                }
            }
        } else if (over == null && fromEdge) {
            model.disconnect(outlet);
        }
        event.consume();
    }

    private void pressedOnCanvas(MouseEvent event) {
        view.requestFocus();
        connecting = null;
        if (event.getButton() == MouseButton.MIDDLE || event.getButton() == MouseButton.PRIMARY && spaceHeld) {
            panFrom = new Point2D(event.getX(), event.getY());
        } else if (event.getButton() == MouseButton.PRIMARY) {
            if (!event.isShiftDown() && !event.isShortcutDown()) {
                model.clearSelection();
            }
            bandStart = world(event);
        }
        event.consume();
    }

    private void draggedOnCanvas(MouseEvent event) {
        if (panFrom != null) {
            model.viewport().panBy(event.getX() - panFrom.getX(), event.getY() - panFrom.getY());
            panFrom = new Point2D(event.getX(), event.getY());
        } else if (bandStart != null) {
            Position at = world(event);
            band.setX(Math.min(at.x(), bandStart.x()));
            band.setY(Math.min(at.y(), bandStart.y()));
            band.setWidth(Math.abs(at.x() - bandStart.x()));
            band.setHeight(Math.abs(at.y() - bandStart.y()));
            band.setVisible(true);
        }
        event.consume();
    }

    private void releasedOnCanvas(MouseEvent event) {
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
        bandStart = null;
        panFrom = null;
        event.consume();
    }

    private void scrolled(ScrollEvent event) {
        if (event.isShortcutDown()) {
            if (event.getDeltaY() != 0) {
                model.viewport().zoomAbout(event.getDeltaY() > 0 ? 1.1 : 1 / 1.1, event.getX(), event.getY());
            }
        } else if (event.isShiftDown() && event.getDeltaX() == 0) {
            model.viewport().panBy(event.getDeltaY(), 0);
        } else {
            model.viewport().panBy(event.getDeltaX(), event.getDeltaY());
        }
        event.consume();
    }

    private Position world(MouseEvent event) {
        Point2D local = view.overlay().sceneToLocal(event.getSceneX(), event.getSceneY());
        return new Position(local.getX(), local.getY());
    }

    private static Port portUnder(MouseEvent event) {
        return event.getTarget() instanceof Node node && node.getUserData() instanceof Port port ? port : null;
    }

    private static ActivityCard cardUnder(MouseEvent event) {
        Node node = event.getPickResult().getIntersectedNode();
        while (node != null && !(node instanceof ActivityCard)) {
            node = node.getParent();
        }
        return (ActivityCard) node;
    }

    private static ActivityKind paletteKind(MouseDragEvent event) {
        return event.getGestureSource() instanceof Node source
                && source.getProperties().get(ActivityKind.class) instanceof ActivityKind kind ? kind : null;
    }
}
