package io.tidings.journey.ui.canvas;

import io.tidings.journey.ConnectionCheck;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.shape.Rectangle;

/**
 * What the mouse does on the canvas: move cards (committed once, on release), connect a port to an activity (a
 * preview line, the target lit or refused with the reason), pick up an edge's end to re-target or disconnect it, drop
 * an activity from the palette (on a connection: inserted into it), drop a card connected to nothing on a connection
 * (inserted too), add after an open port with its "+" or by dropping a connection from it on the empty canvas, select
 * with a click or a rubber band, pan and zoom. Near the border, a drag scrolls the canvas.
 */
final class CanvasGestures {

    private final JourneyCanvasView view;
    private final JourneyCanvasViewModel model;
    private final AutoScroll autoScroll;
    private final QuickAddMenu quickAdd;
    private final DragFeedback feedback;
    private final RubberBand band;
    private final Rectangle ghost = new Rectangle(CardGeometry.WIDTH, CardGeometry.SINGLE_HEIGHT);

    private Position pressedAt;
    private final Map<String, Position> startPositions = new LinkedHashMap<>();
    private Position entryStart;
    private boolean moved;
    /** The card being moved, when it alone is and it is connected to nothing: it may go into a connection. */
    private String insertable;
    private Outlet connecting;
    private boolean fromEdge;
    private Point2D panFrom;
    private boolean spaceHeld;

    CanvasGestures(JourneyCanvasView view, JourneyCanvasViewModel model) {
        this.view = view;
        this.model = model;
        this.autoScroll = new AutoScroll(view, model.viewport());
        this.quickAdd = new QuickAddMenu(model);
        ghost.getStyleClass().add("drop-ghost");
        ghost.setVisible(false);
        ghost.setManaged(false);
        view.overlay().getChildren().add(ghost);
        feedback = new DragFeedback(view);
        band = new RubberBand(view, model);
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
                feedback.edge(null, null);
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
        feedback.clear();
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
            feedback.clear();
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
            if (edge != feedback.edge()) {
                ConnectionCheck check = edge == null ? null : model.checkInsertion(insertable, edge.outlet());
                feedback.edge(check == null ? null : edge, check);
            }
            feedback.pointerAt(at);
        }
    }

    private void releasedCard(MouseEvent event) {
        autoScroll.stop();
        EdgeView edge = feedback.edge();
        ConnectionCheck check = feedback.edgeCheck();
        if (!quickAdd.isOpenAtDrop()) {
            feedback.clear();
        }
        if (moved && pressedAt != null) {
            Map<String, Position> positions = new LinkedHashMap<>();
            startPositions.keySet().forEach(key -> positions.put(key,
                    new Position(view.card(key).getLayoutX(), view.card(key).getLayoutY())));
            Position entry = entryStart == null ? null
                    : new Position(view.entryCard().getLayoutX(), view.entryCard().getLayoutY());
            if (edge != null && check.allowed()) {
                model.insertExisting(insertable, edge.outlet(), positions.get(insertable));
            } else {
                model.moveTo(positions, entry);
                if (edge != null) {
                    view.say(check.reason());
                }
            }
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
        showPreview(connecting, sceneX, sceneY);
    }

    private void showPreview(Outlet outlet, double sceneX, double sceneY) {
        ActivityCard from = view.card(outlet.activityKey());
        if (from == null) {
            return;
        }
        feedback.previewLine(JourneyCanvasView.portOf(from, outlet.port()), world(sceneX, sceneY));
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
            feedback.card(null, null);
        } else if (over != feedback.card()) {
            feedback.card(over, model.checkConnection(connecting, over.key()));
        }
        feedback.pointerAt(world(event));
        event.consume();
    }

    /** The activity from the palette is held here: its ghost under the pointer, a connection under it lit. */
    private void showGhost(ActivityKind kind, double sceneX, double sceneY) {
        Position at = world(sceneX, sceneY);
        ghost.relocate(at.x() - CardGeometry.WIDTH / 2, at.y() - CardGeometry.SINGLE_HEIGHT / 2);
        ghost.setVisible(true);
        view.showDropFrame(true);
        EdgeView edge = view.edgeAt(sceneX, sceneY, null);
        if (edge != feedback.edge()) {
            feedback.edge(edge, edge == null ? null : model.checkInsertion(kind, edge.outlet()));
        }
        feedback.pointerAt(at);
    }

    private void dragReleased(MouseDragEvent event) {
        ActivityKind kind = paletteKind(event);
        autoScroll.stop();
        ghost.setVisible(false);
        view.showDropFrame(false);
        if (kind != null) {
            Position at = world(event).plus(-CardGeometry.WIDTH / 2, -CardGeometry.SINGLE_HEIGHT / 2);
            EdgeView edge = feedback.edge();
            ConnectionCheck check = feedback.edgeCheck();
            feedback.clear();
            if (edge == null) {
                model.addActivity(kind, at);
            } else if (check.allowed()) {
                model.insertActivity(kind, edge.outlet(), at);
            } else {
                view.say(check.reason());
            }
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
        if (over == null && !fromEdge && model.canAddAfter(outlet)) {
            openQuickAddAtDrop(outlet, event);
            event.consume();
            return;
        }
        feedback.clear();
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

    /**
     * A connection from an open port dropped on the empty canvas: the line stays to the drop point while the menu of
     * kinds is open there; the chosen one is added at that point, connected. Closing the menu otherwise changes nothing.
     */
    private void openQuickAddAtDrop(Outlet outlet, MouseDragEvent event) {
        quickAdd.close();
        Position dropped = world(event);
        feedback.card(null, null);
        feedback.edge(null, null);
        showPreview(outlet, event.getSceneX(), event.getSceneY());
        view.requestFocus();
        quickAdd.openAtDrop(view, outlet, dropped, event.getScreenX(), event.getScreenY(), () -> {
            if (connecting == null) {
                feedback.clear();
            }
        });
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
            band.start(world(event));
        }
        event.consume();
    }

    private void draggedOnCanvas(MouseEvent event) {
        if (panFrom != null) {
            model.viewport().panBy(event.getX() - panFrom.getX(), event.getY() - panFrom.getY());
            panFrom = new Point2D(event.getX(), event.getY());
        } else if (band.isStarted()) {
            band.stretchTo(world(event));
            autoScroll.follow(event.getSceneX(), event.getSceneY(),
                    () -> band.stretchTo(world(autoScroll.pointer().getX(), autoScroll.pointer().getY())));
        }
        event.consume();
    }

    private void releasedOnCanvas(MouseEvent event) {
        autoScroll.stop();
        band.finish();
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
