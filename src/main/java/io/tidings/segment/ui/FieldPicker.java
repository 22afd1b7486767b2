package io.tidings.segment.ui;

import atlantafx.base.theme.Styles;
import io.tidings.segment.SegmentField;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The field picker of a criterion: fields by the names a marketer reads, Pinpoint's path beneath each, grouped (the
 * endpoint's own fields, then user attributes, attributes, metrics), and narrowed by typing while the list is open.
 */
final class FieldPicker {

    private FieldPicker() {
    }

    /** Dresses {@code picker} and returns the list to give it: {@code fields} in order, narrowed by what is typed. */
    static ObservableList<SegmentField> searchable(ComboBox<SegmentField> picker, ObservableList<SegmentField> fields) {
        FilteredList<SegmentField> shown = new FilteredList<>(new SortedList<>(fields, FieldNames.PICKER_ORDER));
        StringBuilder typed = new StringBuilder();
        Runnable narrow = () -> {
            String text = typed.toString();
            shown.setPredicate(text.isEmpty() ? null : field -> FieldNames.matches(field, text));
            picker.setPromptText(text.isEmpty() ? null : "Fields with \u201c" + text + "\u201d");
        };
        picker.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String character = event.getCharacter();
            if (picker.isShowing() && character.length() == 1 && !Character.isISOControl(character.charAt(0))) {
                typed.append(character);
                narrow.run();
                event.consume();
            }
        });
        picker.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (picker.isShowing() && event.getCode() == KeyCode.BACK_SPACE && typed.length() > 0) {
                typed.setLength(typed.length() - 1);
                narrow.run();
                event.consume();
            }
        });
        picker.setOnHidden(event -> {
            typed.setLength(0);
            narrow.run();
        });
        picker.setCellFactory(list -> new FieldCell(true));
        picker.setButtonCell(new FieldCell(false));
        picker.setTooltip(new Tooltip("Open the list and type to find a field by its name or its Pinpoint path."));
        return shown;
    }

    /** A field's words, and in the list its Pinpoint path beneath in small print. */
    private static final class FieldCell extends ListCell<SegmentField> {

        private final boolean withPath;
        private final Label path = new Label();

        FieldCell(boolean withPath) {
            this.withPath = withPath;
            path.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            setContentDisplay(ContentDisplay.BOTTOM);
        }

        @Override
        protected void updateItem(SegmentField field, boolean empty) {
            super.updateItem(field, empty);
            if (empty || field == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(FieldNames.words(field));
            path.setText(FieldNames.path(field));
            setGraphic(withPath ? path : null);
        }
    }
}
