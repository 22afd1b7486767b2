package io.tidings.audience.ui;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Editable name and values pairs, one line each, with a remove button per line and an add button
 * below. Lines are rebuilt only when entries are added or removed, never while the user types.
 */
final class AttributeRows extends VBox {

    private final ObservableList<AttributeEntry> entries;
    private final String idPrefix;
    private final String valuesPrompt;
    private final VBox lines = new VBox(6);

    AttributeRows(ObservableList<AttributeEntry> entries, String idPrefix, String valuesPrompt, String addText,
            Runnable add) {
        super(8);
        this.entries = entries;
        this.idPrefix = idPrefix;
        this.valuesPrompt = valuesPrompt;
        Button addButton = new Button(addText, new FontIcon("fth-plus"));
        addButton.setId(idPrefix + "-add");
        addButton.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        addButton.setOnAction(event -> {
            add.run();
            lines.getChildren().get(lines.getChildren().size() - 1).lookup(".attribute-name").requestFocus();
        });
        getChildren().addAll(lines, addButton);
        entries.addListener((ListChangeListener<AttributeEntry>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    private void rebuild() {
        lines.getChildren().clear();
        if (entries.isEmpty()) {
            Label none = new Label("None");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            lines.getChildren().add(none);
            return;
        }
        for (int index = 0; index < entries.size(); index++) {
            AttributeEntry entry = entries.get(index);
            TextField name = new TextField();
            name.setId(idPrefix + "-name-" + index);
            name.getStyleClass().add("attribute-name");
            name.setPromptText("Name");
            name.setPrefColumnCount(9);
            name.textProperty().bindBidirectional(entry.nameProperty());
            TextField values = new TextField();
            values.setId(idPrefix + "-values-" + index);
            values.setPromptText(valuesPrompt);
            values.textProperty().bindBidirectional(entry.valuesProperty());
            HBox.setHgrow(values, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon("fth-trash-2"));
            remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
            remove.setTooltip(new Tooltip("Remove " + (entry.name().isEmpty() ? "this line" : entry.name())));
            remove.setOnAction(event -> entries.remove(entry));
            HBox line = new HBox(6, name, values, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            lines.getChildren().add(line);
        }
    }
}
