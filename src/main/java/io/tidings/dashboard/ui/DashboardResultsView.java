package io.tidings.dashboard.ui;

import atlantafx.base.theme.Styles;
import io.tidings.analytics.CampaignResult;
import io.tidings.analytics.Headline;
import io.tidings.analytics.WorkspaceDashboard;
import io.tidings.shell.ReloadsOnReturn;
import io.tidings.ui.chart.ChartCard;
import io.tidings.ui.chart.Charts;
import io.tidings.ui.chart.DateRangePicker;
import io.tidings.ui.chart.EmptyState;
import io.tidings.ui.chart.KpiFormat;
import io.tidings.ui.chart.KpiTile;
import io.tidings.ui.chart.ThemedChart;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Dashboard's results: range, headline tiles, the days' chart and the latest campaigns. */
public final class DashboardResultsView extends VBox implements ReloadsOnReturn {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final DashboardResultsViewModel viewModel;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final EmptyState empty = new EmptyState("dashboard-empty");
    private final ChartCard daily;
    private final GridPane campaigns = new GridPane();
    private final VBox campaignsPanel;
    private final Label rangeWords = new Label();

    public DashboardResultsView(DashboardResultsViewModel viewModel) {
        super(14);
        this.viewModel = viewModel;
        setId("dashboard-results");
        getStylesheets().add(ThemedChart.STYLESHEET);
        Label title = new Label("Results");
        title.getStyleClass().add(Styles.TITLE_3);
        rangeWords.getStyleClass().add(Styles.TEXT_MUTED);
        rangeWords.setId("dashboard-range-words");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("dashboard-loading");
        loading.setMaxSize(18, 18);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        DateRangePicker picker = new DateRangePicker("dashboard-range", viewModel.rangeProperty(), viewModel::today);
        VBox titles = new VBox(2, title, rangeWords);
        titles.setMinWidth(0);
        HBox heading = new HBox(10, titles, spacer, loading, picker);
        heading.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("dashboard-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label notice = new Label();
        notice.setId("dashboard-notice");
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        tiles.setId("dashboard-tiles");
        tiles.managedProperty().bind(tiles.visibleProperty());
        daily = new ChartCard("dashboard-daily", "Sends, deliveries, opens and clicks per day", viewModel.export());
        daily.managedProperty().bind(daily.visibleProperty());
        campaigns.setId("dashboard-campaigns");
        campaigns.setHgap(16);
        campaigns.setVgap(6);
        Label campaignsTitle = new Label("Latest campaigns");
        campaignsTitle.getStyleClass().add(Styles.TITLE_4);
        campaignsPanel = new VBox(10, campaignsTitle, campaigns);
        campaignsPanel.getStyleClass().add("panel");
        empty.setVisible(false);
        tiles.setVisible(false);
        daily.setVisible(false);

        getChildren().addAll(heading, error, notice, empty, tiles, daily, campaignsPanel);
        viewModel.dashboardProperty().addListener((observable, old, shown) -> show(shown));
        viewModel.refresh();
    }

    @Override
    public void returnedTo() {
        viewModel.refresh();
    }

    private void show(WorkspaceDashboard dashboard) {
        rangeWords.setText("Every message, %s to %s (UTC), against the %d days before".formatted(
                DAY.format(dashboard.range().from()), DAY.format(dashboard.range().to()), dashboard.range().days()));
        if (!dashboard.anyEvents()) {
            empty.show("No events yet", "Sends, deliveries, opens and clicks show here once messages go out. Launch a "
                    + "campaign in Campaigns (the sandbox channel simulates deliveries, opens and clicks), or import "
                    + "events with: tidings events import --workspace FILE events.ndjson");
        } else if (dashboard.quiet()) {
            empty.show("No events in this range", "Choose a longer range, launch a campaign, or import events with: "
                    + "tidings events import --workspace FILE events.ndjson");
        }
        empty.setVisible(!dashboard.anyEvents() || dashboard.quiet());
        tiles.setVisible(dashboard.anyEvents());
        tiles.getChildren().clear();
        for (Headline headline : dashboard.headlines()) {
            KpiTile tile = new KpiTile();
            tile.show(headline);
            tiles.getChildren().add(tile);
        }
        daily.setVisible(!dashboard.quiet());
        Charts.Drawn drawn = Charts.daily(dashboard.daily());
        daily.show(drawn.chart(), drawn.data());
        showCampaigns(dashboard);
    }

    private void showCampaigns(WorkspaceDashboard dashboard) {
        campaigns.getChildren().clear();
        campaigns.getColumnConstraints().setAll(new ColumnConstraints(120, 260, Double.MAX_VALUE, Priority.ALWAYS,
                HPos.LEFT, true));
        if (dashboard.latestCampaigns().isEmpty()) {
            Label none = new Label("No campaigns yet. Create one in Campaigns; its results show here.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            campaigns.add(none, 0, 0);
            return;
        }
        String[] headers = {"Campaign", "Segment", "Sent", "Delivered", "Open rate", "Click rate"};
        for (int column = 0; column < headers.length; column++) {
            Label header = new Label(headers[column]);
            header.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            header.setMinWidth(Region.USE_PREF_SIZE);
            campaigns.add(header, column, 0);
            if (column >= 2) {
                GridPane.setHalignment(header, HPos.RIGHT);
            }
        }
        int row = 1;
        for (CampaignResult result : dashboard.latestCampaigns()) {
            Hyperlink name = new Hyperlink(result.campaign().name());
            name.setId("dashboard-campaign-" + result.campaign().id());
            name.setTooltip(new Tooltip("Open the results of " + result.campaign().name() + " in Analytics"));
            name.setMinWidth(0);
            name.setOnAction(event -> viewModel.openCampaign(result));
            campaigns.add(name, 0, row);
            Label segment = new Label(result.campaign().segmentName() == null ? "–" : result.campaign().segmentName());
            segment.setMinWidth(0);
            segment.getStyleClass().add(Styles.TEXT_MUTED);
            campaigns.add(segment, 1, row);
            cell(KpiFormat.count(result.kpis().messagesSent()), 2, row);
            cell(KpiFormat.count(result.kpis().delivered()), 3, row);
            cell(KpiFormat.rate(result.kpis().emailOpenRate()), 4, row);
            cell(KpiFormat.rate(result.kpis().clickRate()), 5, row);
            row++;
        }
    }

    private void cell(String text, int column, int row) {
        Label value = new Label(text);
        value.setMinWidth(Region.USE_PREF_SIZE);
        campaigns.add(value, column, row);
        GridPane.setHalignment(value, HPos.RIGHT);
    }
}
