package io.tidings.ui.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.Background;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A JFreeChart in the window, in the theme's colours. The colours come from hidden probes styled by charts.css
 * with the theme's variables; when the theme changes, the probes' backgrounds change and the chart is painted again.
 */
public final class ThemedChart extends StackPane {

    /** The charts' and KPI tiles' stylesheet, for a screen that shows them. */
    public static final String STYLESHEET = ThemedChart.class.getResource("charts.css").toExternalForm();
    private static final int SERIES = 6;

    private final ChartViewer viewer = new ChartViewer(null);
    private final Region background = probe("chart-probe-background");
    private final Region text = probe("chart-probe-text");
    private final Region grid = probe("chart-probe-grid");
    private final List<Region> series = new ArrayList<>();

    public ThemedChart() {
        getStylesheets().add(STYLESHEET);
        viewer.getStyleClass().add("chart-viewer");
        // The mouse wheel scrolls the screen the chart is on, as it does everywhere else, instead of zooming the chart
        // (which no refresh undid); a drag still zooms into a range.
        viewer.getCanvas().removeAuxiliaryMouseHandler(viewer.getCanvas().getMouseHandler("scroll"));
        getChildren().add(viewer);
        getChildren().addAll(background, text, grid);
        for (int index = 0; index < SERIES; index++) {
            Region probe = probe("chart-probe-series-" + index);
            series.add(probe);
            getChildren().add(probe);
        }
        for (Region probe : getProbes()) {
            probe.backgroundProperty().addListener((observable, old, now) -> restyle());
        }
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** Shows {@code chart}, painted in the theme's colours. */
    public void show(JFreeChart chart) {
        viewer.setChart(chart);
        restyle();
    }

    private void restyle() {
        JFreeChart chart = viewer.getChart();
        if (chart == null || getProbes().stream().anyMatch(probe -> colorOf(probe) == null)) {
            return;
        }
        ChartStyle.apply(chart, new ChartColors(colorOf(background), colorOf(text), colorOf(grid),
                series.stream().map(ThemedChart::colorOf).toList()));
    }

    private List<Region> getProbes() {
        List<Region> probes = new ArrayList<>(List.of(background, text, grid));
        probes.addAll(series);
        return probes;
    }

    private static java.awt.Color colorOf(Region probe) {
        Background fill = probe.getBackground();
        if (fill == null || fill.getFills().isEmpty()) {
            return null;
        }
        Paint paint = fill.getFills().get(0).getFill();
        return paint instanceof Color color ? ChartColors.awt(color) : null;
    }

    private static Region probe(String styleClass) {
        Region probe = new Region();
        probe.getStyleClass().add(styleClass);
        probe.setManaged(false);
        probe.setVisible(false);
        probe.setMouseTransparent(true);
        return probe;
    }
}
