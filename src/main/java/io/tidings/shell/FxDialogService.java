package io.tidings.shell;

import io.tidings.workspace.WorkspaceService;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, "error-dialog", title, message, ButtonType.OK).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String id, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label) {
        List<String> labels = choices.stream().map(label).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(message);
        dialog.getDialogPane().setId("choice-dialog");
        return dialog.showAndWait().map(chosen -> choices.get(labels.indexOf(chosen)));
    }

    @Override
    public Optional<String> askText(String title, String label, String initialValue) {
        TextInputDialog dialog = new TextInputDialog(initialValue);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(label);
        dialog.getDialogPane().setId("text-dialog");
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open workspace");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Tidings workspaces", "*" + WorkspaceService.EXTENSION),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "confirm-dialog", title, message, action, ButtonType.CANCEL);
        ((Button) alert.getDialogPane().lookupButton(action)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public UnsavedEdits.Answer askAboutUnsavedEdits(String editedName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "unsaved-edits-dialog", "Save the changes to " + editedName + "?",
                "If you discard them, your changes are lost.", save, discard, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        ((Button) alert.getDialogPane().lookupButton(save)).setDefaultButton(true);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedEdits.Answer.SAVE
                : answer == discard ? UnsavedEdits.Answer.DISCARD : UnsavedEdits.Answer.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        Map<FileChooser.ExtensionFilter, FileType> filters = new LinkedHashMap<>();
        for (FileType type : types) {
            FileChooser.ExtensionFilter filter = filter(type);
            filters.put(filter, type);
            chooser.getExtensionFilters().add(filter);
            if (!type.extension().isEmpty() && suggestedName.endsWith(type.extension())) {
                chooser.setSelectedExtensionFilter(filter);
            }
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        FileType selected = filters.get(chooser.getSelectedExtensionFilter());
        return Optional.of(selected == null ? chosen.toPath() : selected.withExtension(chosen.toPath()));
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, "information-dialog", title, message, ButtonType.OK).showAndWait();
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(filter(type));
        }
        return chooser;
    }

    private static FileChooser.ExtensionFilter filter(FileType type) {
        return new FileChooser.ExtensionFilter(type.description(), type.patterns());
    }

    @Override
    public Optional<NewWorkspaceRequest> askNewWorkspace(Path defaultFolder) {
        return new NewWorkspaceDialog(owner, defaultFolder).showAndWait();
    }
}
