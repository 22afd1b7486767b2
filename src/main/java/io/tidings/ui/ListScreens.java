package io.tidings.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The pieces of a section's list page (campaigns, journeys): flat tool buttons, text columns, and a table whose
 * selection follows the view model's, opened with a double-click or Enter and deleted with Delete.
 */
public final class ListScreens {

    private ListScreens() {
    }

    /** A flat button with an icon and its text, also as its tooltip. */
    public static Button tool(String id, String icon, String text, Runnable action) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.getStyleClass().add(Styles.FLAT);
        button.setTooltip(new Tooltip(text));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A flat button with only its icon; the text is its tooltip and what screen readers say. */
    public static Button iconTool(String id, String icon, String text, Runnable action) {
        Button button = tool(id, icon, text, action);
        button.setText(null);
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setAccessibleText(text);
        return button;
    }

    /** A column of text, {@code width} wide, at least as wide as a short heading needs. */
    public static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 96));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /**
     * Keeps the table's selection and the view model's {@code selected} the same both ways; a double-click or Enter
     * runs {@code open}, Delete runs {@code delete}.
     */
    public static <R> void follow(TableView<R> table, ReadOnlyObjectProperty<R> selected, Consumer<R> select,
            Runnable open, Runnable delete) {
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> select.accept(row));
        selected.addListener((observable, old, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                if (row == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(row);
                }
            }
        });
        table.setRowFactory(view -> {
            TableRow<R> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open.run();
            } else if (event.getCode() == KeyCode.DELETE) {
                delete.run();
            }
        });
    }

    /** The tools above the list: {@code left}, then the status line and {@code right} at the right end. */
    public static HBox tools(String statusId, ObservableValue<String> status, List<Node> left, List<Node> right) {
        Label said = new Label();
        said.setId(statusId);
        said.getStyleClass().add(Styles.TEXT_MUTED);
        said.textProperty().bind(status);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(6);
        tools.getChildren().addAll(left);
        tools.getChildren().addAll(spacer, said);
        tools.getChildren().addAll(right);
        tools.setAlignment(Pos.CENTER_LEFT);
        return tools;
    }

    /**
     * The table, or in its place the empty state once the list was read and holds nothing (the tools are hidden
     * then too); it grows to fill the page.
     */
    public static <R> StackPane tableOrEmpty(TableView<R> table, Node emptyState, Node tools, ObservableList<R> rows,
            ObservableBooleanValue loaded) {
        StackPane body = new StackPane(table, emptyState);
        VBox.setVgrow(body, Priority.ALWAYS);
        Runnable showEmpty = () -> {
            boolean empty = loaded.get() && rows.isEmpty();
            emptyState.setVisible(empty);
            table.setVisible(!empty);
            tools.setVisible(!empty);
        };
        rows.addListener((ListChangeListener<R>) change -> showEmpty.run());
        loaded.addListener((observable, old, now) -> showEmpty.run());
        showEmpty.run();
        return body;
    }

    /** Why the list could not be read, taking no room while there is nothing to say. */
    public static Label error(String id, ObservableValue<String> error) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("field-problem");
        label.textProperty().bind(error);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** What an empty list says and offers: a title, a paragraph at most {@code width} wide, and buttons. */
    public static VBox emptyState(String id, String title, String text, double width, Node... actions) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        Label paragraph = new Label(text);
        paragraph.setWrapText(true);
        paragraph.setMaxWidth(width - 40);
        paragraph.getStyleClass().add(Styles.TEXT_MUTED);
        HBox buttons = new HBox(10, actions);
        buttons.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, heading, paragraph, buttons);
        box.setId(id);
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(width, Region.USE_PREF_SIZE);
        return box;
    }
}
