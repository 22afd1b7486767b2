package io.tidings.journey.ui.canvas;

import io.tidings.journey.ConnectionCheck;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * an activity from the palette (on a connection: inserted into it), drop a card connected to nothing on a connection
 * (inserted too), add after an open port with its "+", select with a click or a rubber band, pan and zoom. Near the
 * border, a drag scrolls the canvas.
 */
final class CanvasGestures {

    private final JourneyCanvasView view;
    private final JourneyCanvasViewModel model;
    private final AutoScroll autoScroll;
    private final QuickAddMenu quickAdd;
    private final Path preview = new Path();
    private final MoveTo previewStart = new MoveTo();
    private final CubicCurveTo previewCurve = new CubicCurveTo();
    private final Rectangle band = new Rectangle();
    private final Rectangle ghost = new Rectangle(CardGeometry.WIDTH, CardGeometry.SINGLE_HEIGHT);
    private final Label refusal = new Label();

    private Position pressedAt;
    private final Map<String, Position> startPositions = new LinkedHashMap<>();
    private Position entryStart;
    private boolean moved;
    /** The card being moved, when it alone is and it is connected to nothing: it may go into a connection. */
    private String insertable;
    private Outlet connecting;
    private boolean fromEdge;
    private ActivityCard target;
    private EdgeView edgeUnder;
    private ConnectionCheck edgeCheck;
    private Position bandStart;
    private Point2D panFrom;
    private boolean spaceHeld;

    CanvasGestures(JourneyCanvasView view, JourneyCanvasViewModel model) {
        this.view = view;
        this.model = model;
        this.autoScroll = new AutoScroll(view, model.viewport());
        this.quickAdd = new QuickAddMenu(model);
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
            if (event.getTarget() == view && paletteKind(event) != null) {
                ghost.setVisible(false);
                view.showDropFrame(false);
                overEdge(null, null);
                autoScroll.stop();
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
        autoScroll.stop();
        endPreview();
        overEdge(null, null);
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

    /** Opens the menu of activities to add after the card's open ports (the keyboard's way to its "+"). */
    void openQuickAdd(ActivityCard card) {
        List<Port> open = card.openPorts();
        if (!model.canEdit()) {
            return;
        }
        if (open.isEmpty()) {
            view.say((card.key() == null ? "The entry" : card.key()) + " leads on from every port: drop a new "
                    + "activity on a connection to put it in between.");
            return;
        }
        Node anchor = card.quickAdd(open.get(0));
        quickAdd.open(anchor != null ? anchor : card.port(open.get(0)), card.key(), open);
    }

    /**
     * Cards: press selects, drag moves the selection, a drag from a port connects, the "+" beside an open port adds
     * after it, the count badge lists the participants, double-click opens properties.
     */
    void attach(ActivityCard card) {
        card.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> pressedOnCard(card, event));
        card.addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
            if (portUnder(event) != null && model.canEdit()) {
                startConnecting(card, Outlet.of(card.key(), portUnder(event)), false, event);
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::draggedCard);
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, this::releasedCard);
        card.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            ActivityCard.QuickAdd plus = quickAddUnder(event);
            if (event.getButton() != MouseButton.PRIMARY) {
                event.consume();
                return;
            }
            if (plus != null) {
                quickAdd.open((Node) event.getTarget(), card.key(), List.of(plus.port()));
            } else if (card.badge() != null && isWithin(event, card.badge())) {
                if (card.key() != null) {
                    model.showParticipants(card.key());
                }
            } else if (event.getClickCount() == 2 && portUnder(event) == null) {
                model.openProperties(card.key());
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
                followConnection(event);
                event.consume();
            }
        });
        edge.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> {
            autoScroll.stop();
            endPreview();
            event.consume();
        });
    }

    private void pressedOnCard(ActivityCard card, MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || spaceHeld) {
            return;
        }
        connecting = null;
        pressedAt = null;
        if (quickAddUnder(event) != null) {
            event.consume();
            return;
        }
        card.requestFocus();
        pressedAt = world(event);
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
        insertable = startPositions.size() == 1 && entryStart == null
                && model.isUnconnected(startPositions.keySet().iterator().next())
                ? startPositions.keySet().iterator().next() : null;
        event.consume();
    }

    private void draggedCard(MouseEvent event) {
        if (connecting != null) {
            followConnection(event);
            event.consume();
            return;
        }
        if (pressedAt == null || !model.canEdit() || portUnder(event) != null && !moved) {
            event.consume();
            return;
        }
        moveCards(event.getSceneX(), event.getSceneY());
        autoScroll.follow(event.getSceneX(), event.getSceneY(),
                () -> moveCards(autoScroll.pointer().getX(), autoScroll.pointer().getY()));
        event.consume();
    }

    /** Puts the cards being moved under the pointer (a point of the scene), and lights a connection under it. */
    private void moveCards(double sceneX, double sceneY) {
        if (pressedAt == null) {
            return;
        }
        Position at = world(sceneX, sceneY);
        double dx = at.x() - pressedAt.x();
        double dy = at.y() - pressedAt.y();
        moved = moved || Math.abs(dx) > 2 || Math.abs(dy) > 2;
        if (!moved) {
            return;
        }
        startPositions.forEach((key, start) -> view.card(key).relocate(start.x() + dx, start.y() + dy));
        if (entryStart != null) {
            view.entryCard().relocate(entryStart.x() + dx, entryStart.y() + dy);
        }
        view.redrawEdgesOf(startPositions.keySet(), entryStart != null);
        if (insertable != null) {
            EdgeView edge = view.edgeAt(sceneX, sceneY, insertable);
            if (edge != edgeUnder) {
                ConnectionCheck check = edge == null ? null : model.checkInsertion(insertable, edge.outlet());
                overEdge(check == null ? null : edge, check);
            }
            placeRefusal(at);
        }
    }

    private void releasedCard(MouseEvent event) {
        autoScroll.stop();
        endPreview();
        if (moved && pressedAt != null) {
            Map<String, Position> positions = new LinkedHashMap<>();
            startPositions.keySet().forEach(key -> positions.put(key,
                    new Position(view.card(key).getLayoutX(), view.card(key).getLayoutY())));
            Position entry = entryStart == null ? null
                    : new Position(view.entryCard().getLayoutX(), view.entryCard().getLayoutY());
            if (edgeUnder != null && edgeCheck.allowed()) {
                model.insertExisting(insertable, edgeUnder.outlet(), positions.get(insertable));
            } else {
                model.moveTo(positions, entry);
                if (edgeUnder != null) {
                    view.say(edgeCheck.reason());
                }
            }
        }
        overEdge(null, null);
        pressedAt = null;
        moved = false;
        event.consume();
    }

    private void startConnecting(Node source, Outlet outlet, boolean edge, MouseEvent event) {
        connecting = outlet;
        fromEdge = edge;
        pressedAt = null;
        source.startFullDrag();
        showPreview(event.getSceneX(), event.getSceneY());
        event.consume();
    }

    private void followConnection(MouseEvent event) {
        showPreview(event.getSceneX(), event.getSceneY());
        autoScroll.follow(event.getSceneX(), event.getSceneY(), () -> {
            if (connecting != null) {
                showPreview(autoScroll.pointer().getX(), autoScroll.pointer().getY());
            }
        });
    }

    private void showPreview(double sceneX, double sceneY) {
        ActivityCard from = view.card(connecting.activityKey());
        if (from == null) {
            return;
        }
        Position start = JourneyCanvasView.portOf(from, connecting.port());
        Position end = world(sceneX, sceneY);
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
                showGhost(kind, event.getSceneX(), event.getSceneY());
                autoScroll.follow(event.getSceneX(), event.getSceneY(),
                        () -> showGhost(kind, autoScroll.pointer().getX(), autoScroll.pointer().getY()));
            }
            event.consume();
            return;
        }
        if (connecting == null) {
            return;
        }
        followConnection(event);
        ActivityCard over = cardUnder(event);
        if (over == null || over.key() == null) {
            highlight(null, null);
            refusal.setVisible(false);
        } else if (over != target) {
            ConnectionCheck check = model.checkConnection(connecting, over.key());
            highlight(over, check);
        }
        placeRefusal(world(event));
        event.consume();
    }

    /** The activity from the palette is held here: its ghost under the pointer, a connection under it lit. */
    private void showGhost(ActivityKind kind, double sceneX, double sceneY) {
        Position at = world(sceneX, sceneY);
        ghost.relocate(at.x() - CardGeometry.WIDTH / 2, at.y() - CardGeometry.SINGLE_HEIGHT / 2);
        ghost.setVisible(true);
        view.showDropFrame(true);
        EdgeView edge = view.edgeAt(sceneX, sceneY, null);
        if (edge != edgeUnder) {
            overEdge(edge, edge == null ? null : model.checkInsertion(kind, edge.outlet()));
        }
        placeRefusal(at);
    }

    private void placeRefusal(Position at) {
        if (refusal.isVisible()) {
            refusal.autosize();
            refusal.relocate(at.x() + 14, at.y() + 14);
        }
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

    /** Lights the connection an activity is held over (or marks it refused, saying why); null clears. */
    private void overEdge(EdgeView edge, ConnectionCheck check) {
        if (edgeUnder != null) {
            edgeUnder.pseudoClassStateChanged(EdgeView.DROP_TARGET, false);
            edgeUnder.pseudoClassStateChanged(EdgeView.REFUSED, false);
        }
        edgeUnder = edge;
        edgeCheck = check;
        if (edge != null) {
            edge.pseudoClassStateChanged(check.allowed() ? EdgeView.DROP_TARGET : EdgeView.REFUSED, true);
        }
        refusal.setText(edge == null || check.allowed() ? "" : check.reason());
        refusal.setVisible(edge != null && !check.allowed());
    }

    private void dragReleased(MouseDragEvent event) {
        ActivityKind kind = paletteKind(event);
        autoScroll.stop();
        ghost.setVisible(false);
        view.showDropFrame(false);
        if (kind != null) {
            Position at = world(event).plus(-CardGeometry.WIDTH / 2, -CardGeometry.SINGLE_HEIGHT / 2);
            if (edgeUnder == null) {
                model.addActivity(kind, at);
            } else if (edgeCheck.allowed()) {
                model.insertActivity(kind, edgeUnder.outlet(), at);
            } else {
                view.say(edgeCheck.reason());
            }
            overEdge(null, null);
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
            drawBand(event.getSceneX(), event.getSceneY());
            autoScroll.follow(event.getSceneX(), event.getSceneY(),
                    () -> drawBand(autoScroll.pointer().getX(), autoScroll.pointer().getY()));
        }
        event.consume();
    }

    private void drawBand(double sceneX, double sceneY) {
        if (bandStart == null) {
            return;
        }
        Position at = world(sceneX, sceneY);
        band.setX(Math.min(at.x(), bandStart.x()));
        band.setY(Math.min(at.y(), bandStart.y()));
        band.setWidth(Math.abs(at.x() - bandStart.x()));
        band.setHeight(Math.abs(at.y() - bandStart.y()));
        band.setVisible(true);
    }

    private void releasedOnCanvas(MouseEvent event) {
        autoScroll.stop();
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
        return world(event.getSceneX(), event.getSceneY());
    }

    private Position world(double sceneX, double sceneY) {
        Point2D local = view.overlay().sceneToLocal(sceneX, sceneY);
        return new Position(local.getX(), local.getY());
    }

    private static Port portUnder(MouseEvent event) {
        return event.getTarget() instanceof Node node && node.getUserData() instanceof Port port ? port : null;
    }

    private static ActivityCard.QuickAdd quickAddUnder(MouseEvent event) {
        return event.getTarget() instanceof Node node && node.getUserData() instanceof ActivityCard.QuickAdd plus
                ? plus : null;
    }

    private static boolean isWithin(MouseEvent event, Node ancestor) {
        Node node = event.getTarget() instanceof Node target ? target : null;
        while (node != null && node != ancestor) {
            node = node.getParent();
        }
        return node != null;
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
