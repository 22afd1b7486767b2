package io.tidings.ui.chart;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;

/** A titled chart with an Export menu: the image as PNG, the data as CSV. */
public final class ChartCard extends VBox {

    private final ThemedChart chart = new ThemedChart();
    private final MenuButton export = new MenuButton("Export", new FontIcon("fth-download"));
    private final String title;
    private JFreeChart shown;
    private ChartData data;

    public ChartCard(String id, String title, ChartExport exporter) {
        this.title = title;
        setId(id);
        getStyleClass().add("chart-card");
        getStylesheets().add(ThemedChart.STYLESHEET);
        chart.setId(id + "-chart");
        chart.viewer().setId(id + "-viewer");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setMinWidth(0);
        MenuItem png = new MenuItem("Image (PNG)…");
        png.setOnAction(event -> exporter.png(shown, this.title));
        MenuItem csv = new MenuItem("Data (CSV)…");
        csv.setOnAction(event -> exporter.csv(data, this.title));
        export.getItems().addAll(png, csv);
        export.setId(id + "-export");
        export.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setDisable(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, heading, spacer, export);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setPrefHeight(260);
        getChildren().addAll(top, chart);
    }

    /** Shows a chart and the data behind it, which the Export menu saves. */
    public void show(JFreeChart newChart, ChartData newData) {
        shown = newChart;
        data = newData;
        chart.show(newChart);
        export.setDisable(false);
    }

    public void setChartHeight(double height) {
        chart.setPrefHeight(height);
    }
}
