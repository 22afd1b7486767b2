package io.tidings.shell;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs a view model may open. View models ask through this interface and never touch a
 * Stage, so that tests can answer for the user.
 */
public interface DialogService {

    void showError(String title, String message);

    /** Asks for one line of text; empty when the user cancels. */
    Optional<String> askText(String title, String label, String initialValue);

    /** Lets the user pick a workspace file to open. */
    Optional<Path> chooseWorkspaceToOpen(Path initialFolder);

    /** Asks for the name and folder of a new workspace. */
    Optional<NewWorkspaceRequest> askNewWorkspace(Path defaultFolder);
}
