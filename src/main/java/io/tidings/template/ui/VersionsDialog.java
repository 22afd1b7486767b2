package io.tidings.template.ui;

import atlantafx.base.theme.Styles;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateField;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplateVersion;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Two versions of a template side by side, what differs between them, and restoring one. */
final class VersionsDialog extends Dialog<Void> {

    private static final DateTimeFormatter SAVED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final TemplateEditorViewModel editor;
    private final ComboBox<TemplateVersion> left = versionChoice("versions-left");
    private final ComboBox<TemplateVersion> right = versionChoice("versions-right");
    private final TextArea leftText = sideText();
    private final TextArea rightText = sideText();
    private final Label differences = new Label();

    VersionsDialog(TemplateEditorViewModel editor, Window owner) {
        this.editor = editor;
        initOwner(owner);
        setTitle("Versions of \"" + editor.templateProperty().get().name() + "\"");
        setResizable(true);
        List<TemplateVersion> versions = editor.versions();
        left.getItems().setAll(versions);
        right.getItems().setAll(versions);
        right.setValue(versions.isEmpty() ? null : versions.get(0));
        left.setValue(versions.size() > 1 ? versions.get(1) : right.getValue());
        left.valueProperty().addListener((observable, old, chosen) -> compare());
        right.valueProperty().addListener((observable, old, chosen) -> compare());

        Button restore = new Button("Restore the left version");
        restore.setId("versions-restore");
        restore.disableProperty().bind(left.valueProperty().isNull());
        restore.setOnAction(event -> {
            editor.restore(left.getValue().version());
            close();
        });
        differences.setWrapText(true);
        differences.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane sides = new GridPane();
        sides.setHgap(12);
        sides.setVgap(6);
        sides.addRow(0, left, right);
        sides.addRow(1, leftText, rightText);
        GridPane.setHgrow(leftText, Priority.ALWAYS);
        GridPane.setHgrow(rightText, Priority.ALWAYS);
        GridPane.setVgrow(leftText, Priority.ALWAYS);
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            sides.getColumnConstraints().add(half);
        }
        VBox content = new VBox(10, sides, differences, new HBox(restore));
        VBox.setVgrow(sides, Priority.ALWAYS);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(1000, 640);
        getDialogPane().setMinWidth(900);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        compare();
    }

    private void compare() {
        if (left.getValue() == null || right.getValue() == null) {
            return;
        }
        editor.compare(left.getValue().version(), right.getValue().version(), (older, newer) -> {
            leftText.setText(describe(older));
            rightText.setText(describe(newer));
            List<String> changed = new ArrayList<>();
            for (TemplateField field : TemplateFields.of(older.type())) {
                if (!older.field(field.path()).equals(newer.field(field.path()))) {
                    changed.add(field.label());
                }
            }
            if (!older.field(TemplateEditorViewModel.DEFAULTS).equals(newer.field(TemplateEditorViewModel.DEFAULTS))) {
                changed.add("Default values");
            }
            differences.setText(changed.isEmpty() ? "The two versions have the same content."
                    : "Changed: " + String.join(", ", changed) + ".");
        });
    }

    private static String describe(TemplateContent content) {
        StringBuilder text = new StringBuilder();
        for (TemplateField field : TemplateFields.of(content.type())) {
            text.append("== ").append(field.label()).append(" ==\n").append(content.field(field.path())).append("\n\n");
        }
        text.append("== Default values ==\n").append(content.field(TemplateEditorViewModel.DEFAULTS)).append('\n');
        return text.toString();
    }

    private static ComboBox<TemplateVersion> versionChoice(String id) {
        ComboBox<TemplateVersion> choice = new ComboBox<>();
        choice.setId(id);
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(TemplateVersion version) {
                return version == null ? "" : "Version " + version.version() + " · " + SAVED.format(version.createdAt())
                        + (version.active() ? " · active" : "");
            }

            @Override
            public TemplateVersion fromString(String text) {
                return null;
            }
        });
        return choice;
    }

    private static TextArea sideText() {
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("source-code");
        text.setMaxHeight(Double.MAX_VALUE);
        return text;
    }
}
