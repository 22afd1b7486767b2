package io.tidings.shell;

import javafx.beans.value.ObservableBooleanValue;

/**
 * An editor whose changes may not be saved yet: the endpoint editor, the segment builder, the template editor, a
 * settings form, and every editor to come. Whatever leaves an editor (another row, another section, another workspace,
 * closing the window) goes through {@link LeavingEditors}, which asks Save / Discard / Cancel while there are
 * unsaved changes. Views show {@link UnsavedMarker} beside the editor and install {@link SaveShortcut} on it.
 */
public interface UnsavedEdits {

    /** True while the editor holds changes that are not saved. */
    ObservableBooleanValue unsavedProperty();

    default boolean hasUnsavedEdits() {
        return unsavedProperty().get();
    }

    /** What is being edited, as the question names it: "the endpoint jane@example.com", "the segment “Lapsed”". */
    String editedName();

    /**
     * Saves the changes in the background. {@code saved} runs on the FX thread once they are saved; when the save is
     * refused (a field's problem, a failure), the editor shows why and {@code notSaved} runs instead.
     */
    void save(Runnable saved, Runnable notSaved);

    /** Throws the changes away: the editor shows what is saved. */
    void discard();

    /** The user's answer to "Save the changes to …?". */
    enum Answer {
        SAVE, DISCARD, CANCEL
    }
}
