package io.tidings.template.ui;

import atlantafx.base.theme.Styles;
import io.tidings.template.TemplateField;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** The template's parts as inputs, one per field, each passing what the user types to the editor. */
final class TemplateForm extends VBox {

    private final TemplateEditorViewModel editor;

    TemplateForm(TemplateEditorViewModel editor) {
        super(12);
        this.editor = editor;
        getStyleClass().add("template-form");
    }

    /** Builds the inputs for the editor's current template. */
    void rebuild() {
        getChildren().clear();
        for (TemplateField field : editor.fields()) {
            getChildren().add(labelled(field.label(), input(field)));
        }
        if (!editor.fields().isEmpty()) {
            TextArea defaults = textArea(TemplateEditorViewModel.DEFAULTS, 3);
            defaults.setPromptText("{\"User.UserAttributes.FirstName\": \"there\"}");
            getChildren().add(labelled("Default values (JSON: variable → value, used when an endpoint has none)",
                    defaults));
        }
    }

    private Node input(TemplateField field) {
        return switch (field.kind()) {
            case LINE -> bind(new TextField(), field.path());
            case TEXT -> textArea(field.path(), 5);
            case HTML -> {
                TextArea html = textArea(field.path(), 14);
                html.getStyleClass().add("source-code");
                yield html;
            }
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().setAll(field.choices());
                String value = editor.value(field.path());
                choice.setValue(value.isEmpty() ? null : value);
                choice.setPromptText("Not set");
                choice.valueProperty().addListener((observable, old, chosen) -> editor.edit(field.path(), chosen));
                choice.setId(idOf(field.path()));
                yield choice;
            }
            case FLAG -> {
                CheckBox flag = new CheckBox();
                flag.setSelected("true".equals(editor.value(field.path())));
                flag.selectedProperty().addListener((observable, old, on) -> editor.edit(field.path(), on ? "true" : ""));
                flag.setId(idOf(field.path()));
                yield flag;
            }
        };
    }

    private TextArea textArea(String path, int rows) {
        TextArea area = bind(new TextArea(), path);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private <T extends TextInputControl> T bind(T input, String path) {
        input.setText(editor.value(path));
        input.setId(idOf(path));
        input.textProperty().addListener((observable, old, text) -> editor.edit(path, text));
        return input;
    }

    static String idOf(String path) {
        return "field-" + path.replace('.', '-');
    }

    private static VBox labelled(String text, Node input) {
        Label label = new Label(text);
        label.setLabelFor(input);
        label.setWrapText(true);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, "field-label");
        return new VBox(4, label, input);
    }
}
