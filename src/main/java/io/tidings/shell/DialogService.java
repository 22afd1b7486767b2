package io.tidings.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /** Asks the user to confirm a step that cannot be undone; true when they confirm. */
    boolean confirm(String title, String message, String actionLabel);

    /**
     * Asks "Save the changes to {@code editedName}?" with Save, Discard and Cancel, when the user leaves an editor
     * with unsaved changes (see {@link LeavingEditors}).
     */
    UnsavedEdits.Answer askAboutUnsavedEdits(String editedName);

    /** Lets the user pick a file to read, for example one to import. */
    Optional<Path> chooseFileToOpen(String title, List<FileType> types);

    /** Lets the user pick where to save a file, suggesting {@code suggestedName}. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types);

    /**
     * Asks the user to pick one of {@code choices}, each shown as {@code label} gives it; empty when they cancel.
     */
    <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label);

    /** Shows a message that needs no answer. */
    void showInformation(String title, String message);

    /** A kind of file a file chooser offers, such as "CSV files" with "*.csv". */
    record FileType(String description, List<String> patterns) {
        public FileType(String description, String... patterns) {
            this(description, List.of(patterns));
        }

        /** The extension of the first pattern, such as ".csv"; empty when it names none. */
        public String extension() {
            String pattern = patterns.isEmpty() ? "" : patterns.get(0);
            return pattern.startsWith("*.") && pattern.length() > 2 ? pattern.substring(1) : "";
        }

        /**
         * The chosen file, with this type's extension added when its name has none: a marketer who
         * types "march" and picks the JSON type means march.json.
         */
        public Path withExtension(Path chosen) {
            String name = chosen.getFileName().toString();
            return name.contains(".") ? chosen : chosen.resolveSibling(name + extension());
        }
    }

    /** Asks for the name and folder of a new workspace. */
    Optional<NewWorkspaceRequest> askNewWorkspace(Path defaultFolder);
}
