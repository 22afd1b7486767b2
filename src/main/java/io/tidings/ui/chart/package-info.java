/**
 * What the Dashboard and Analytics screens show the same way: JFreeChart charts in the theme's colours
 * ({@code ThemedChart}, {@code ChartCard} with Export as PNG or CSV through {@code ChartExport}, never over the open
 * workspace), the charts themselves with their data ({@code Charts}, {@code ChartData}), headline tiles
 * ({@code KpiTile}, {@code KpiFormat}), the range picker ({@code DateRangePicker}) and the empty state.
 */
package io.tidings.ui.chart;
