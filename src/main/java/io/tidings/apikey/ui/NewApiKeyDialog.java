package io.tidings.apikey.ui;

import atlantafx.base.theme.Styles;
import io.tidings.apikey.NewApiKey;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Shows a key just made: its id and secret, each with a Copy button, and that the secret will not be shown again. */
final class NewApiKeyDialog extends Dialog<Void> {

    NewApiKeyDialog(Window owner, NewApiKey key, String stylesheet) {
        initOwner(owner);
        setTitle("API key created");
        setHeaderText("Copy the secret access key now");
        Label warning = new Label("Tidings keeps the secret sealed and will not show it again. If it is lost, revoke "
                + "this key and create another.");
        warning.setWrapText(true);
        warning.getStyleClass().add("warning");
        Label idLabel = new Label("Access key id");
        idLabel.getStyleClass().add("field-label");
        Label secretLabel = new Label("Secret access key");
        secretLabel.getStyleClass().add("field-label");
        Label name = new Label(key.key().name());
        name.getStyleClass().add(Styles.TITLE_4);
        VBox content = new VBox(8, name,
                idLabel, new CopyableField("new-key-id", new ReadOnlyStringWrapper(key.accessKeyId())),
                secretLabel, new CopyableField("new-key-secret", new ReadOnlyStringWrapper(key.secretAccessKey())),
                warning);
        content.setPrefWidth(520);
        getDialogPane().setId("new-api-key-dialog");
        getDialogPane().getStyleClass().add("new-api-key");
        getDialogPane().getStylesheets().add(stylesheet);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType("Done", ButtonBar.ButtonData.OK_DONE));
    }
}
