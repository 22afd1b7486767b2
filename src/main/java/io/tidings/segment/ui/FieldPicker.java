package io.tidings.segment.ui;

import atlantafx.base.theme.Styles;
import io.tidings.segment.SegmentField;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The field picker of a criterion: fields by the names a marketer reads, Pinpoint's path beneath each, grouped (the
 * endpoint's own fields, then user attributes, attributes, metrics), and found by typing while the list is open.
 */
final class FieldPicker {

    private FieldPicker() {
    }

    /**
     * Dresses {@code picker} and returns the list to give it: {@code fields} in order. Typing while the list is open
     * chooses the first field whose name or Pinpoint path holds what was typed ("first" finds "First name · user
     * attribute"); Backspace takes a letter back. The list itself is never narrowed: a list without the chosen field
     * would clear the choice.
     */
    static ObservableList<SegmentField> searchable(ComboBox<SegmentField> picker, ObservableList<SegmentField> fields) {
        SortedList<SegmentField> shown = new SortedList<>(fields, FieldNames.PICKER_ORDER);
        StringBuilder typed = new StringBuilder();
        Runnable find = () -> shown.stream().filter(field -> FieldNames.matches(field, typed.toString())).findFirst()
                .ifPresent(found -> {
                    picker.getSelectionModel().select(found);
                    if (picker.getSkin() instanceof ComboBoxListViewSkin<?> skin
                            && skin.getPopupContent() instanceof ListView<?> list) {
                        list.scrollTo(shown.indexOf(found));
                    }
                });
        picker.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String character = event.getCharacter();
            if (picker.isShowing() && character.length() == 1 && !Character.isISOControl(character.charAt(0))) {
                typed.append(character);
                find.run();
                event.consume();
            }
        });
        picker.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (picker.isShowing() && event.getCode() == KeyCode.BACK_SPACE && typed.length() > 0) {
                typed.setLength(typed.length() - 1);
                find.run();
                event.consume();
            }
        });
        picker.setOnHidden(event -> typed.setLength(0));
        picker.setCellFactory(list -> new FieldCell(true));
        picker.setButtonCell(new FieldCell(false));
        picker.setTooltip(new Tooltip("Open the list and type part of a field's name or Pinpoint path to find it."));
        return shown;
    }

    /**
     * A field's words, and in the list its Pinpoint path beneath in small print; the first field of each kind carries
     * the kind's heading above it ("User attributes"), so the list reads in groups.
     */
    private static final class FieldCell extends ListCell<SegmentField> {

        private final boolean inList;
        private final Label group = new Label();
        private final Label words = new Label();
        private final Label path = new Label();
        private final VBox lines = new VBox(1, group, words, path);

        FieldCell(boolean inList) {
            this.inList = inList;
            group.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, "field-group-heading");
            group.managedProperty().bind(group.visibleProperty());
            path.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(SegmentField field, boolean empty) {
            super.updateItem(field, empty);
            if (empty || field == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (!inList) {
                setText(FieldNames.words(field));
                setGraphic(null);
                return;
            }
            setText(null);
            words.setText(FieldNames.words(field));
            path.setText(FieldNames.path(field));
            String heading = FieldNames.groupHeading(field);
            SegmentField previous = getIndex() > 0 && getListView() != null ? getListView().getItems().get(getIndex() - 1) : null;
            group.setText(heading);
            group.setVisible(previous == null || !FieldNames.groupHeading(previous).equals(heading));
            setGraphic(lines);
        }
    }
}
