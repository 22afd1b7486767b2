package io.tidings.shell;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sign beside an editor that it holds unsaved changes. It keeps its place while hidden, so that the layout does
 * not jump at the first keystroke.
 */
public final class UnsavedMarker extends Label {

    public static final String STYLE_CLASS = "unsaved-marker";

    public UnsavedMarker(UnsavedEdits editor, String id) {
        super("Unsaved changes", new FontIcon("fth-edit-3"));
        setId(id);
        getStyleClass().add(STYLE_CLASS);
        setMinWidth(USE_PREF_SIZE);
        setTooltip(new Tooltip("Save with " + SaveShortcut.SAVE.getDisplayText()
                + "; leaving asks whether to save or discard them."));
        visibleProperty().bind(editor.unsavedProperty());
    }
}
