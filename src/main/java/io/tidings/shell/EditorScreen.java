package io.tidings.shell;

import java.util.List;

/**
 * A section's screen that holds editors: the shell asks about their unsaved changes before it shows another section,
 * opens another workspace or closes the window.
 */
public interface EditorScreen {

    /** The screen's editors, saved or not. */
    List<UnsavedEdits> editors();
}
