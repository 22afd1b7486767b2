package io.tidings.audience.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps at the column's width, the row growing to hold it: for text the
 * marketer must read whole, such as why a row was left out of an import.
 */
final class WrappingTextCell<S> extends TableCell<S, String> {

    private final Text text = new Text();

    private WrappingTextCell(TableColumn<S, String> column, String textStyleClass) {
        getStyleClass().add("wrapping-cell");
        text.getStyleClass().add(textStyleClass);
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
        setPrefHeight(Region.USE_COMPUTED_SIZE);
    }

    /** Makes every cell of the column wrap; {@code textStyleClass} styles the text (its fill, say). */
    static <S> void apply(TableColumn<S, String> column, String textStyleClass) {
        column.setCellFactory(view -> new WrappingTextCell<>(column, textStyleClass));
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        boolean shown = !empty && value != null && !value.isEmpty();
        text.setText(shown ? value : "");
        setGraphic(shown ? text : null);
    }
}
