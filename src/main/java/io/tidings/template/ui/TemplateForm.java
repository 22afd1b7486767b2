package io.tidings.template.ui;

import io.tidings.template.TemplateFields;
import java.time.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
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

    private static final Duration HIGHLIGHT_PAUSE = Duration.ofMillis(150);
    private static final double CODE_HEIGHT = 320;
    private static final double CODE_MIN_HEIGHT = 160;

    private final TemplateEditorViewModel editor;
    /** The text input the user was in last, where "Insert variable" puts its variable. */
    private Node lastFocused;

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
            case HTML -> codeArea(field.path());
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

    /**
     * The HTML part: a code editor with line numbers, its tags and Handlebars coloured once typing pauses. It keeps
     * its own undo history (Ctrl+Z), which starts at the text as opened.
     */
    private Node codeArea(String path) {
        CodeArea code = new CodeArea(editor.value(path));
        code.setId(idOf(path));
        code.getStyleClass().add("source-code");
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        code.setWrapText(true);
        code.getUndoManager().forgetHistory();
        code.setStyleSpans(0, TemplateCodeHighlight.of(code.getText()));
        code.textProperty().addListener((observable, old, text) -> editor.edit(path, text));
        code.multiPlainChanges().successionEnds(HIGHLIGHT_PAUSE)
                .subscribe(changes -> code.setStyleSpans(0, TemplateCodeHighlight.of(code.getText())));
        code.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                lastFocused = code;
            }
        });
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(code);
        scroll.setPrefHeight(CODE_HEIGHT);
        scroll.setMinHeight(CODE_MIN_HEIGHT);
        scroll.getStyleClass().add("source-code-scroll");
        return scroll;
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
        input.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                lastFocused = input;
            }
        });
        input.textProperty().addListener((observable, old, text) -> editor.edit(path, text));
        return input;
    }

    /** Types {@code text} at the caret of the input the user was in last (the HTML part by default). */
    void insertAtCaret(String text) {
        Node target = lastFocused != null && lastFocused.getScene() != null ? lastFocused
                : lookup("#" + idOf(TemplateFields.HTML_PART));
        if (target instanceof CodeArea code) {
            code.replaceSelection(text);
            code.requestFocus();
        } else if (target instanceof TextInputControl input) {
            input.replaceSelection(text);
            input.requestFocus();
        }
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
