package io.tidings.shell;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** Ctrl+S (Cmd+S on a Mac) saves the editor that holds the keyboard focus. */
public final class SaveShortcut {

    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private SaveShortcut() {
    }

    /** Makes Ctrl+S, pressed anywhere inside {@code area}, save {@code editor} when it has unsaved changes. */
    public static void install(Node area, UnsavedEdits editor) {
        // a filter: no control inside gets Ctrl+S first and takes it for itself
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                event.consume();
                if (editor.hasUnsavedEdits()) {
                    editor.save(() -> { }, () -> { });
                }
            }
        });
    }
}
