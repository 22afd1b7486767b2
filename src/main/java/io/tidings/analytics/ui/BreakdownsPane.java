package io.tidings.analytics.ui;

import atlantafx.base.theme.Styles;
import io.tidings.analytics.BreakdownRow;
import io.tidings.analytics.Breakdowns;
import io.tidings.analytics.ScopeReport;
import io.tidings.ui.ChannelNames;
import io.tidings.ui.chart.ChartCard;
import io.tidings.ui.chart.Charts;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** The Breakdowns tab: unique endpoints by platform and by country (charts), and the KPIs per channel and segment. */
final class BreakdownsPane extends VBox {

    /** Countries beyond these many go together as "Other countries", so the chart stays legible. */
    private static final int MOST_COUNTRIES = 12;

    private final ChartCard platforms;
    private final ChartCard countries;
    private final GroupTable channels = new GroupTable("analytics-channels");
    private final GroupTable segments = new GroupTable("analytics-segments");
    private final VBox segmentsPanel;

    BreakdownsPane(AnalyticsViewModel viewModel) {
        super(14);
        setId("analytics-breakdowns");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(18, 18);
        loading.visibleProperty().bind(viewModel.breakdownsLoadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        Label error = new Label();
        error.setId("analytics-breakdowns-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.breakdownsErrorProperty());
        error.visibleProperty().bind(viewModel.breakdownsErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        platforms = new ChartCard("analytics-platforms", "Endpoints by platform", viewModel.export());
        countries = new ChartCard("analytics-countries", "Endpoints by country", viewModel.export());
        countries.setChartHeight(340);
        segmentsPanel = panel("By segment (campaigns grouped by their segment)", segments);
        getChildren().addAll(loading, error, platforms, countries, panel("By channel", channels), segmentsPanel);
        viewModel.breakdownsProperty().addListener((observable, old, shown) -> show(shown));
    }

    void show(ScopeReport report) {
        channels.show("Channel", report.channels(), "No messages in this range.");
        segments.show("Segment", report.segments(), "No campaign messages in this range.");
        segmentsPanel.setVisible(!report.subject().isCampaign());
        segmentsPanel.managedProperty().bind(segmentsPanel.visibleProperty());
    }

    private void show(Breakdowns breakdowns) {
        if (breakdowns == null) {
            return;
        }
        draw(platforms, "Platform", breakdowns.byPlatform(), false);
        List<BreakdownRow> top = breakdowns.byCountry();
        if (top.size() > MOST_COUNTRIES) {
            List<BreakdownRow> rest = top.subList(MOST_COUNTRIES - 1, top.size());
            top = new java.util.ArrayList<>(top.subList(0, MOST_COUNTRIES - 1));
            top.add(new BreakdownRow("\u0000other", sum(rest, BreakdownRow::delivered), sum(rest, BreakdownRow::opened),
                    sum(rest, BreakdownRow::clicked)));
        }
        draw(countries, "Country", top, true);
    }

    private static void draw(ChartCard card, String name, List<BreakdownRow> rows, boolean countries) {
        List<String> labels = rows.stream().map(row -> label(row.label(), countries)).toList();
        Charts.Drawn drawn = Charts.bars(name, "Endpoints", labels, List.of(
                new Charts.BarSeries("Delivered to", rows.stream().map(BreakdownRow::delivered).toList()),
                new Charts.BarSeries("Opened", rows.stream().map(BreakdownRow::opened).toList()),
                new Charts.BarSeries("Clicked", rows.stream().map(BreakdownRow::clicked).toList())), countries, false);
        card.show(drawn.chart(), drawn.data());
    }

    static String label(String value, boolean country) {
        if (value == null) {
            return "Not in the audience";
        }
        if (value.isEmpty()) {
            return country ? "Unknown country" : "Unknown platform";
        }
        if (value.equals("\u0000other")) {
            return "Other countries";
        }
        if (country) {
            String name = new Locale("", value).getDisplayCountry(Locale.ENGLISH);
            return name.isEmpty() || name.equals(value) ? value : name;
        }
        return ChannelNames.of(value);
    }

    private static long sum(List<BreakdownRow> rows, ToLongFunction<BreakdownRow> value) {
        return rows.stream().mapToLong(value).sum();
    }

    private static VBox panel(String title, javafx.scene.Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox panel = new VBox(10, heading, body);
        panel.getStyleClass().add("panel");
        return panel;
    }
}
