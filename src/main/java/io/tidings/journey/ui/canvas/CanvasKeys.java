package io.tidings.journey.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas's keyboard: Delete, Ctrl+C/X/V/D, Ctrl+A, Esc, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, arrows (Shift: further)
 * to move the selection, Ctrl+= and Ctrl+- to zoom, Ctrl+0 to fit, Ctrl+1 for 100 %, Ctrl+Shift+L to lay out, Tab and
 * Shift+Tab to walk the cards in flow order, Enter to open the focused card's properties, "+" (or Shift+F10, or the
 * context-menu key) to add an activity after its open port, Space held to pan.
 */
final class CanvasKeys {

    private static final double STEP = CardGeometry.GRID;
    private static final double LONG_STEP = 5 * CardGeometry.GRID;

    private final JourneyCanvasView view;
    private final JourneyCanvasViewModel model;
    private final CanvasGestures gestures;

    CanvasKeys(JourneyCanvasView view, JourneyCanvasViewModel model, CanvasGestures gestures) {
        this.view = view;
        this.model = model;
        this.gestures = gestures;
    }

    void install() {
        view.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && walk(event.isShiftDown())) {
                event.consume();
            }
        });
        view.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (pressed(event)) {
                event.consume();
            }
        });
        view.addEventHandler(KeyEvent.KEY_RELEASED, event -> {
            if (event.getCode() == KeyCode.SPACE) {
                gestures.spaceHeld(false);
                event.consume();
            }
        });
    }

    private boolean pressed(KeyEvent event) {
        KeyCode code = event.getCode();
        boolean shortcut = event.isShortcutDown();
        if (shortcut) {
            return withShortcut(code, event.isShiftDown());
        }
        if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.CONTEXT_MENU
                || event.isShiftDown() && (code == KeyCode.EQUALS || code == KeyCode.F10)) {
            ActivityCard card = focusedCard();
            if (card == null) {
                return false;
            }
            gestures.openQuickAdd(card);
            return true;
        }
        switch (code) {
            case DELETE, BACK_SPACE -> model.deleteSelection();
            case ESCAPE -> {
                if (!gestures.cancel()) {
                    model.clearSelection();
                }
            }
            case SPACE -> gestures.spaceHeld(true);
            case ENTER -> openFocused();
            case LEFT -> model.nudge(-step(event), 0);
            case RIGHT -> model.nudge(step(event), 0);
            case UP -> model.nudge(0, -step(event));
            case DOWN -> model.nudge(0, step(event));
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean withShortcut(KeyCode code, boolean shift) {
        switch (code) {
            case C -> model.copySelection();
            case X -> model.cutSelection();
            case V -> model.paste();
            case D -> model.duplicateSelection();
            case A -> model.selectAll();
            case Z -> {
                if (shift) {
                    model.redo();
                } else {
                    model.undo();
                }
            }
            case Y -> model.redo();
            case EQUALS, PLUS, ADD -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case DIGIT0, NUMPAD0 -> model.zoomToFit();
            case DIGIT1, NUMPAD1 -> model.actualSize();
            case L -> {
                if (!shift) {
                    return false;
                }
                model.autoLayout();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static double step(KeyEvent event) {
        return event.isShiftDown() ? LONG_STEP : STEP;
    }

    /**
     * Moves focus to the next card (the entry first, then the activities in flow order), selects it and shows it;
     * false past the last card (or before the first), so that Tab leaves the canvas for the panels around it.
     */
    private boolean walk(boolean backwards) {
        List<String> order = new ArrayList<>();
        order.add(null);
        order.addAll(model.flowOrder());
        Node focused = view.getScene() == null ? null : view.getScene().getFocusOwner();
        int now = focused instanceof ActivityCard card ? order.indexOf(card.key()) : -1;
        int next = now < 0 ? (backwards ? order.size() - 1 : 0) : now + (backwards ? -1 : 1);
        if (next < 0 || next >= order.size()) {
            return false;
        }
        String key = order.get(next);
        model.select(key);
        model.reveal(key);
        view.card(key).requestFocus();
        return true;
    }

    private void openFocused() {
        ActivityCard card = focusedCard();
        if (card != null) {
            model.openProperties(card.key());
        }
    }

    /** The card with the keyboard focus, else the one selected card; null when neither. */
    private ActivityCard focusedCard() {
        Node focused = view.getScene() == null ? null : view.getScene().getFocusOwner();
        if (focused instanceof ActivityCard card) {
            return card;
        }
        return model.selection().size() == 1 ? view.card(model.selection().iterator().next()) : null;
    }
}
