package io.tidings.ui.chart;

import java.awt.Color;
import java.util.List;

/** The theme's colours as JFreeChart draws with them: background, text, grid lines, and one per data series. */
record ChartColors(Color background, Color text, Color grid, List<Color> series) {

    ChartColors {
        series = List.copyOf(series);
    }

    Color series(int index) {
        return series.get(index % series.size());
    }

    static Color awt(javafx.scene.paint.Color color) {
        return new Color((float) color.getRed(), (float) color.getGreen(), (float) color.getBlue(),
                (float) color.getOpacity());
    }
}
