package io.tidings.ui.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** Paints a chart in the theme's colours: flat, no shadows or gradients, thin grid lines. */
final class ChartStyle {

    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private ChartStyle() {
    }

    static void apply(JFreeChart chart, ChartColors colors) {
        chart.setBackgroundPaint(colors.background());
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setPaint(colors.text());
            title.setFont(TITLE);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(colors.background());
            legend.setItemPaint(colors.text());
            legend.setItemFont(TEXT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            // Room after each label, so that the next series' marker does not touch it.
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(colors.background());
        plot.setOutlineVisible(false);
        plot.setNoDataMessagePaint(colors.text());
        plot.setNoDataMessageFont(TEXT);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(colors.grid());
            xy.setRangeGridlinePaint(colors.grid());
            xy.setDomainGridlinesVisible(false);
            axis(xy.getDomainAxis(), colors);
            axis(xy.getRangeAxis(), colors);
            XYItemRenderer renderer = xy.getRenderer();
            for (int series = 0; series < xy.getDataset().getSeriesCount(); series++) {
                renderer.setSeriesPaint(series, colors.series(series));
                renderer.setSeriesStroke(series, new BasicStroke(2f));
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(colors.grid());
            axis(category.getDomainAxis(), colors);
            axis(category.getRangeAxis(), colors);
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
                bars.setItemMargin(0.05);
                for (int series = 0; series < Math.max(1, category.getDataset().getRowCount()); series++) {
                    bars.setSeriesPaint(series, colors.series(series));
                }
            }
        }
    }

    private static void axis(Axis axis, ChartColors colors) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(colors.text());
        axis.setTickLabelPaint(colors.text());
        axis.setLabelFont(TEXT);
        axis.setTickLabelFont(TEXT);
        axis.setAxisLinePaint(colors.grid());
        axis.setTickMarkPaint(colors.grid());
    }
}
