package io.tidings.journey.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** The pieces every properties form is made of: a labelled field with its problem in words below it. */
final class PropertyForm {

    private PropertyForm() {
    }

    /** The field under its label, with the problem recorded for {@code problemKey} (if any) under it. */
    static VBox field(String label, Node control, ActivityPropertiesViewModel viewModel, String problemKey) {
        Label caption = new Label(label);
        caption.setLabelFor(control);
        caption.getStyleClass().add("journey-field-label");
        caption.setWrapText(true);
        return new VBox(3, caption, control, problem(viewModel, problemKey));
    }

    /** The problem recorded for {@code problemKey}, in words; takes no room while there is none. */
    static Label problem(ActivityPropertiesViewModel viewModel, String problemKey) {
        Label problem = new Label();
        problem.setId("journey-problem-" + problemKey);
        problem.setWrapText(true);
        problem.getStyleClass().add("field-problem");
        problem.textProperty().bind(Bindings.createStringBinding(() -> viewModel.problems().getOrDefault(problemKey,
                ""), viewModel.problems()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        return problem;
    }

    /** A heading inside the form: "Condition", "Quiet time". */
    static Label section(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "journey-form-section");
        return heading;
    }

    /** A muted line of help. */
    static Label help(String text) {
        Label help = new Label(text);
        help.setWrapText(true);
        help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return help;
    }

    /** Hands the text over when the user presses Enter or leaves the field, and only when it changed. */
    static <T extends TextInputControl> T committing(T field, String id, String text, Consumer<String> commit) {
        field.setId(id);
        field.setText(text == null ? "" : text);
        String[] committed = {field.getText()};
        Runnable hand = () -> {
            if (!field.getText().equals(committed[0])) {
                committed[0] = field.getText();
                commit.accept(field.getText());
            }
        };
        if (field instanceof javafx.scene.control.TextField line) {
            line.setOnAction(event -> hand.run());
        }
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                hand.run();
            }
        });
        return field;
    }

    /** A drop-down of {@code choices} shown by {@code words}, with {@code chosen} selected; picks go to {@code pick}. */
    static <T> ComboBox<T> choice(String id, List<T> choices, T chosen, Function<T, String> words, String prompt,
            Consumer<T> pick) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(choices);
        box.setPromptText(prompt);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(list -> new Cell<>(words));
        box.setButtonCell(new Cell<>(words));
        box.getSelectionModel().select(chosen);
        box.valueProperty().addListener((observable, old, value) -> {
            if (value != null && !value.equals(old)) {
                pick.accept(value);
            }
        });
        return box;
    }

    private static final class Cell<T> extends ListCell<T> {
        private final Function<T, String> words;

        Cell(Function<T, String> words) {
            this.words = words;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : words.apply(item));
        }
    }

    /** A whole number typed in a field, null when blank; refused in words when it is not one. */
    static Integer wholeNumber(String text, String what) {
        String value = text == null ? "" : text.strip().replace("%", "").strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("\u201c" + text.strip() + "\u201d is not a whole number: type "
                    + what + ".");
        }
    }
}
