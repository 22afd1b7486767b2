package io.tidings.analytics.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Rows of figures under column titles: a label on the left, the figures right-aligned. */
class RowsTable<T> extends GridPane {

    /** A column: its title and each row's figure in words. */
    record Column<T>(String title, Function<T, String> value) {
    }

    private final List<Column<T>> columns;
    private final Function<T, String> label;

    RowsTable(String id, List<Column<T>> columns, Function<T, String> label) {
        this.columns = List.copyOf(columns);
        this.label = label;
        setId(id);
        setHgap(14);
        setVgap(6);
    }

    void show(String firstColumn, List<T> rows, String whenNone) {
        getChildren().clear();
        getColumnConstraints().setAll(new ColumnConstraints(100, 240, Double.MAX_VALUE, Priority.ALWAYS, HPos.LEFT,
                true));
        if (rows.isEmpty()) {
            Label none = new Label(whenNone);
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            add(none, 0, 0);
            return;
        }
        header(firstColumn, 0);
        for (int column = 0; column < columns.size(); column++) {
            header(columns.get(column).title(), column + 1);
        }
        int row = 1;
        for (T each : rows) {
            Label name = new Label(label.apply(each));
            name.setMinWidth(0);
            name.setTooltip(new Tooltip(name.getText()));
            add(name, 0, row);
            for (int column = 0; column < columns.size(); column++) {
                Label value = new Label(columns.get(column).value().apply(each));
                value.setMinWidth(Region.USE_PREF_SIZE);
                add(value, column + 1, row);
                GridPane.setHalignment(value, HPos.RIGHT);
            }
            row++;
        }
    }

    private void header(String title, int column) {
        Label header = new Label(title);
        header.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        header.setMinWidth(Region.USE_PREF_SIZE);
        add(header, column, 0);
        if (column > 0) {
            GridPane.setHalignment(header, HPos.RIGHT);
        }
    }
}
