package io.tidings.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
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
}
