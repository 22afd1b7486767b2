package io.tidings.shell;

import io.tidings.workspace.WorkspaceService;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks for a new workspace's name and folder, and shows the file it will create. */
final class NewWorkspaceDialog extends Dialog<NewWorkspaceRequest> {

    NewWorkspaceDialog(Window owner, Path defaultFolder) {
        initOwner(owner);
        setTitle("New workspace");
        setHeaderText("Create a new, empty workspace");
        getDialogPane().setId("new-workspace-dialog");

        TextField name = new TextField();
        name.setId("new-workspace-name");
        name.setPromptText("e.g. Spring launch");
        TextField folder = new TextField(defaultFolder.toString());
        folder.setId("new-workspace-folder");
        Button browse = new Button("Browse…");
        browse.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the new workspace");
            if (Files.isDirectory(Path.of(folder.getText()))) {
                chooser.setInitialDirectory(new File(folder.getText()));
            }
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getAbsolutePath());
            }
        });
        Label file = new Label();
        file.setId("new-workspace-file");
        file.getStyleClass().add("text-muted");
        file.textProperty().bind(Bindings.createStringBinding(
                () -> name.getText().isBlank() ? "" : "File: " + fileFor(folder.getText(), name.getText()),
                name.textProperty(), folder.textProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        HBox folderRow = new HBox(8, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);
        grid.addRow(1, new Label("Folder"), folderRow);
        grid.add(file, 1, 2);
        GridPane.setHgrow(name, Priority.ALWAYS);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);
        grid.setPrefWidth(520);
        getDialogPane().setContent(grid);

        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        getDialogPane().lookupButton(create).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> name.getText().isBlank() || folder.getText().isBlank(),
                        name.textProperty(), folder.textProperty()));
        setResultConverter(button -> button == create
                ? new NewWorkspaceRequest(name.getText().strip(), fileFor(folder.getText(), name.getText()))
                : null);
        setOnShown(event -> name.requestFocus());
    }

    private static Path fileFor(String folder, String name) {
        return WorkspaceService.suggestFile(Path.of(folder.strip()), name);
    }
}
