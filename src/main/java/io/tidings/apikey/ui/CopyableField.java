package io.tidings.apikey.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** A value to copy: selectable, not editable, with a Copy button that puts it on the clipboard. */
final class CopyableField extends HBox {

    private final TextField field = new TextField();

    CopyableField(String id, ObservableValue<String> value) {
        super(8);
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("copyable");
        field.textProperty().bind(value);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.setId(id + "-copy");
        copy.setMinWidth(Button.USE_PREF_SIZE);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(field.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        getChildren().addAll(field, copy);
    }

    TextField field() {
        return field;
    }
}
