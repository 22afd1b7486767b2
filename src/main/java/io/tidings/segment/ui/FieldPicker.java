package io.tidings.segment.ui;

import atlantafx.base.theme.Styles;
import io.tidings.segment.SegmentField;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The field picker of a criterion: a button naming the chosen field that opens the fields by the names a marketer
 * reads, Pinpoint's path beneath each, grouped (the endpoint's own fields, then user attributes, attributes, metrics),
 * under a search box: typing narrows the list to the fields whose name or path holds the text; arrows move, Enter or a
 * click chooses, Escape closes.
 */
final class FieldPicker {

    private static final double LIST_WIDTH = 320;
    private static final double LIST_HEIGHT = 320;

    private final ObjectProperty<SegmentField> value = new SimpleObjectProperty<>();
    private final Button button = new Button();
    private final TextField search = new TextField();
    private final FilteredList<SegmentField> shown;
    private final ListView<SegmentField> list;
    private final VBox content;
    private final Popup popup = new Popup();

    /** @param id the button's id; the search box and the list add "-search" and "-list" to it */
    FieldPicker(ObservableList<SegmentField> fields, String id) {
        shown = new FilteredList<>(new SortedList<>(fields, FieldNames.PICKER_ORDER));
        list = new ListView<>(shown);

        button.setId(id);
        button.getStyleClass().add("field-picker");
        button.textProperty().bind(Bindings.createStringBinding(
                () -> value.get() == null ? "Choose a field" : FieldNames.words(value.get()), value));
        // The name on the left and the chevron at the right edge, as in the other drop-downs of the row.
        Label words = new Label();
        words.textProperty().bind(button.textProperty());
        words.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox face = new HBox(8, words, gap, new FontIcon("fth-chevron-down"));
        face.setAlignment(Pos.CENTER_LEFT);
        face.setMinWidth(0);
        face.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0, button.getWidth()
                - button.snappedLeftInset() - button.snappedRightInset()), button.widthProperty(),
                button.paddingProperty()));
        button.setGraphic(face);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.accessibleTextProperty().bind(button.textProperty());
        button.setAlignment(Pos.CENTER_LEFT);
        button.setTooltip(new Tooltip("Choose the field; type part of its name or Pinpoint path to find it."));
        button.setOnAction(event -> show());

        search.setId(id + "-search");
        search.setPromptText("Search by name or Pinpoint path");
        search.textProperty().addListener((observable, old, text) -> narrow(text));
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::steer);

        list.setId(id + "-list");
        list.setPrefSize(LIST_WIDTH, LIST_HEIGHT);
        list.setPlaceholder(new Label("No field has that in its name or path."));
        list.setCellFactory(view -> new FieldCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::steer);

        content = new VBox(6, search, list);
        content.getStyleClass().add("field-picker-popup");
        content.setPadding(new Insets(6));
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setOnHidden(event -> search.clear());
    }

    Button node() {
        return button;
    }

    ObjectProperty<SegmentField> valueProperty() {
        return value;
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** Opens the list below the button with the chosen field selected and the search box focused for typing. */
    void show() {
        if (button.getScene() == null || popup.isShowing()) {
            return;
        }
        search.clear();
        narrow("");
        list.getSelectionModel().select(value.get());
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex()));
        content.setPrefWidth(Math.max(button.getWidth(), LIST_WIDTH));
        popup.getScene().getStylesheets().setAll(button.getScene().getStylesheets());
        // a criterion just added has no place yet: lay the screen out first, or the list opens over another row
        button.getScene().getRoot().applyCss();
        button.getScene().getRoot().layout();
        Bounds below = button.localToScreen(button.getBoundsInLocal());
        popup.show(button, below.getMinX(), below.getMaxY() + 2);
        search.requestFocus();
    }

    private void narrow(String text) {
        shown.setPredicate(field -> FieldNames.matches(field, text == null ? "" : text));
        list.refresh(); // a group's heading depends on the field above it, which narrowing changes
        if (!shown.isEmpty() && !shown.contains(list.getSelectionModel().getSelectedItem())) {
            list.getSelectionModel().selectFirst();
            list.scrollTo(0);
        }
    }

    /** Arrows move through the narrowed list while the search box keeps the focus; Enter chooses. */
    private void steer(KeyEvent event) {
        switch (event.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case ENTER -> choose(list.getSelectionModel().getSelectedItem());
            case ESCAPE -> popup.hide();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void move(int by) {
        if (shown.isEmpty()) {
            return;
        }
        int index = Math.max(0, Math.min(shown.size() - 1, list.getSelectionModel().getSelectedIndex() + by));
        list.getSelectionModel().select(index);
        list.scrollTo(Math.max(0, index - 2));
    }

    private void choose(SegmentField field) {
        if (field == null) {
            return;
        }
        value.set(field);
        popup.hide();
        button.requestFocus();
    }

    /**
     * A field's words and its Pinpoint path beneath in small print; the first field of each kind in the narrowed
     * list carries the kind's heading above it ("User attributes"), so the list reads in groups.
     */
    private final class FieldCell extends ListCell<SegmentField> {

        private final Label group = new Label();
        private final Label words = new Label();
        private final Label path = new Label();
        private final VBox lines = new VBox(1, group, words, path);

        FieldCell() {
            group.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_BOLD, "field-group-heading");
            group.managedProperty().bind(group.visibleProperty());
            path.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setPickOnBounds(true); // the whole line takes the click, not only its letters
            setOnMouseClicked(event -> {
                if (!isEmpty() && event.getButton() == MouseButton.PRIMARY) {
                    choose(getItem());
                }
            });
        }

        @Override
        protected void updateItem(SegmentField field, boolean empty) {
            super.updateItem(field, empty);
            if (empty || field == null) {
                setText(null);
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
