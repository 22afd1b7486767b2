package io.tidings.ui.chart;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a screen shows when there is nothing to chart: an icon, what is missing, and what to do about it. */
public final class EmptyState extends VBox {

    private final Label title = new Label();
    private final Label advice = new Label();

    public EmptyState(String id) {
        setId(id);
        getStyleClass().add("empty-state");
        getStylesheets().add(ThemedChart.STYLESHEET);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setId(id + "-title");
        advice.setWrapText(true);
        advice.setId(id + "-advice");
        advice.getStyleClass().add(Styles.TEXT_MUTED);
        advice.setMaxWidth(620);
        getChildren().addAll(new FontIcon("fth-bar-chart-2"), title, advice);
        managedProperty().bind(visibleProperty());
    }

    public void show(String what, String todo) {
        title.setText(what);
        advice.setText(todo);
    }
}
