package io.tidings.journey.ui.canvas;

import javafx.scene.Node;

/**
 * Names for the canvas's many small nodes (ports "port-welcome-NEXT", connections "edge-welcome-NEXT", the "+" beside
 * a port "add-after-welcome-NEXT"), kept in the node's properties rather than as its CSS id: JavaFX caches a node's
 * matching style rules by type, style classes and id, so a unique id per port or connection makes it match every rule
 * of the theme anew, which made opening a large journey several times slower. Only the cards carry ids.
 */
final class CanvasNodeNames {

    private static final String KEY = "tidings.canvas-name";

    private CanvasNodeNames() {
    }

    static void name(Node node, String name) {
        node.getProperties().put(KEY, name);
    }

    /** The node's name, or null. */
    static String of(Node node) {
        return node.getProperties().get(KEY) instanceof String name ? name : null;
    }
}
