package io.tidings.shell;

import java.util.List;

/**
 * Leaving editors as a person expects: nothing is lost without asking. Each editor with unsaved changes gets the
 * question "Save the changes to …?" in turn; Save saves it (and moves on once saved), Discard throws its changes away,
 * Cancel stays where the user was.
 */
public final class LeavingEditors {

    private LeavingEditors() {
    }

    /** Leaves {@code editor}: runs {@code moveOn} once nothing unsaved stands in the way, else {@code stay}. */
    public static void leave(DialogService dialogs, UnsavedEdits editor, Runnable moveOn, Runnable stay) {
        leave(dialogs, List.of(editor), moveOn, stay);
    }

    /** Leaves every one of {@code editors}, asking about each that has unsaved changes, one after the other. */
    public static void leave(DialogService dialogs, List<? extends UnsavedEdits> editors, Runnable moveOn, Runnable stay) {
        UnsavedEdits unsaved = editors.stream().filter(UnsavedEdits::hasUnsavedEdits).findFirst().orElse(null);
        if (unsaved == null) {
            moveOn.run();
            return;
        }
        List<? extends UnsavedEdits> rest = editors.subList(editors.indexOf(unsaved) + 1, editors.size());
        switch (dialogs.askAboutUnsavedEdits(unsaved.editedName())) {
            case SAVE -> unsaved.save(() -> leave(dialogs, rest, moveOn, stay), stay);
            case DISCARD -> {
                unsaved.discard();
                leave(dialogs, rest, moveOn, stay);
            }
            case CANCEL -> stay.run();
        }
    }
}
