package io.tidings.ui.chart;

import io.tidings.analytics.DailyCounts;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.ToLongFunction;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/** The charts the dashboards draw, each with the table of data behind it. */
public final class Charts {

    /** A chart and its data. */
    public record Drawn(JFreeChart chart, ChartData data) {
    }

    /** One series of a bar chart: its name and a value per category. */
    public record BarSeries(String name, List<? extends Number> values) {
    }

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Charts() {
    }

    /** Messages sent, delivered, opens, clicks and purchases per day (UTC days). */
    public static Drawn daily(List<DailyCounts> days) {
        TimeSeriesCollection dataset = new TimeSeriesCollection(UTC);
        dataset.addSeries(series("Sent", days, DailyCounts::sent));
        dataset.addSeries(series("Delivered", days, DailyCounts::delivered));
        dataset.addSeries(series("Opens", days, DailyCounts::opens));
        dataset.addSeries(series("Clicks", days, DailyCounts::clicks));
        dataset.addSeries(series("Purchases", days, DailyCounts::purchases));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "Messages and events", dataset, true, true,
                false);
        chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        XYPlot plot = chart.getXYPlot();
        ((XYLineAndShapeRenderer) plot.getRenderer()).setDefaultShapesVisible(days.size() <= 31);
        DateAxis axis = (DateAxis) plot.getDomainAxis();
        SimpleDateFormat format = new SimpleDateFormat("d MMM", Locale.ENGLISH);
        format.setTimeZone(UTC);
        axis.setDateFormatOverride(format);
        axis.setTimeZone(UTC);
        // The axis picks its days apart by the labels' width measured in Java2D's font, a little narrower than the
        // window draws them: room on either side keeps "10 Nov" from touching "12 Nov".
        axis.setTickLabelInsets(new RectangleInsets(2, 10, 2, 10));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.setNoDataMessage("No data in this range");
        ChartData.Builder data = new ChartData.Builder("Day", "Sent", "Delivered", "Opens", "Clicks", "Purchases");
        days.forEach(day -> data.row(day.day(), day.sent(), day.delivered(), day.opens(), day.clicks(), day.purchases()));
        return new Drawn(chart, data.build());
    }

    /**
     * Bars per category, one colour per series; {@code horizontal} for long category names (countries, segments).
     * {@code percent} shows values (0 to 1) as percentages.
     */
    public static Drawn bars(String categoryName, String valueName, List<String> categories, List<BarSeries> series,
            boolean horizontal, boolean percent) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (BarSeries each : series) {
            for (int index = 0; index < categories.size(); index++) {
                Number value = each.values().get(index);
                dataset.addValue(value == null ? null : value.doubleValue() * (percent ? 100 : 1), each.name(),
                        categories.get(index));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, percent ? valueName + " (%)" : valueName, dataset,
                horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, series.size() > 1, true, false);
        if (chart.getLegend() != null) {
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setNoDataMessage("No data in this range");
        if (!percent) {
            ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(horizontal ? 0.4f : 1f);
        ((org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer()).setMaximumBarWidth(0.12);
        String[] header = new String[series.size() + 1];
        header[0] = categoryName;
        for (int index = 0; index < series.size(); index++) {
            header[index + 1] = series.get(index).name();
        }
        ChartData.Builder data = new ChartData.Builder(header);
        for (int index = 0; index < categories.size(); index++) {
            Object[] row = new Object[series.size() + 1];
            row[0] = categories.get(index);
            for (int column = 0; column < series.size(); column++) {
                row[column + 1] = series.get(column).values().get(index);
            }
            data.row(row);
        }
        return new Drawn(chart, data.build());
    }

    private static TimeSeries series(String name, List<DailyCounts> days, ToLongFunction<DailyCounts> value) {
        TimeSeries series = new TimeSeries(name);
        for (DailyCounts day : days) {
            series.add(new Day(day.day().getDayOfMonth(), day.day().getMonthValue(), day.day().getYear()),
                    value.applyAsLong(day));
        }
        return series;
    }
}
