package io.tidings.shell;

import io.tidings.workspace.WorkspaceService;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
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
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().setMinWidth(420);
        alert.showAndWait();
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
    public Optional<NewWorkspaceRequest> askNewWorkspace(Path defaultFolder) {
        return new NewWorkspaceDialog(owner, defaultFolder).showAndWait();
    }
}
