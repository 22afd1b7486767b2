package io.tidings.analytics.ui;

import atlantafx.base.theme.Styles;
import io.tidings.analytics.AnalyticsSubject;
import io.tidings.analytics.FunnelStep;
import io.tidings.analytics.Headline;
import io.tidings.analytics.JourneyCatalog;
import io.tidings.analytics.ScopeReport;
import io.tidings.ui.chart.ChartCard;
import io.tidings.ui.chart.Charts;
import io.tidings.ui.chart.DateRangePicker;
import io.tidings.ui.chart.EmptyState;
import io.tidings.ui.chart.KpiTile;
import io.tidings.ui.chart.ThemedChart;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Analytics section: what to report on and when, then Overview, Funnel, Treatments, Runs and Breakdowns tabs. */
public final class AnalyticsView extends VBox {

    private static final javafx.css.PseudoClass PROMPT = javafx.css.PseudoClass.getPseudoClass("prompt");

    private final AnalyticsViewModel viewModel;
    private final FlowPane tiles = new FlowPane(12, 12);
    private final ChartCard daily;
    private final ChartCard funnel;
    private final TreatmentsPane treatments;
    private final GroupTable runs = new GroupTable("analytics-runs");
    private final BreakdownsPane breakdowns;
    private final EmptyState empty = new EmptyState("analytics-empty");
    private final TabPane tabs = new TabPane();
    private final JourneyPane journey;

    public AnalyticsView(AnalyticsViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        setId("analytics");
        getStylesheets().add(ThemedChart.STYLESHEET);
        setPadding(new Insets(24, 24, 12, 24));
        daily = new ChartCard("analytics-daily", "Sends, deliveries, opens and clicks per day", viewModel.export());
        funnel = new ChartCard("analytics-funnel", "Funnel: sent, delivered, opened, clicked, converted",
                viewModel.export());
        funnel.setChartHeight(320);
        treatments = new TreatmentsPane(viewModel);
        breakdowns = new BreakdownsPane(viewModel);
        journey = new JourneyPane(viewModel);

        tiles.setId("analytics-tiles");
        Label runsNote = new Label("A run is one sending of the campaign (Pinpoint's campaign activity).");
        runsNote.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        tabs.setId("analytics-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("Overview", new VBox(14, tiles, daily)), tab("Funnel", funnel),
                tab("Treatments", treatments), tab("Runs", new VBox(10, runsNote, runs)), tab("Breakdowns", breakdowns));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Tab breakdownsTab = tabs.getTabs().get(4);
        breakdownsTab.selectedProperty().addListener((observable, old, selected) -> viewModel.breakdownsShown(selected));
        tabs.managedProperty().bind(tabs.visibleProperty());
        empty.setVisible(false);
        tabs.setVisible(false);
        Label reading = new Label("Reading the results…");
        reading.setId("analytics-reading");
        reading.getStyleClass().add(Styles.TEXT_MUTED);
        reading.visibleProperty().bind(viewModel.journeyProperty().isNull().and(viewModel.reportProperty().isNull())
                .or(viewModel.journeyProperty().isNotNull().and(viewModel.journeyReportProperty().isNull())));
        reading.managedProperty().bind(reading.visibleProperty());
        // A journey's results take the place of the subject's while a journey is chosen.
        VBox subjectResults = new VBox(12, empty, tabs);
        VBox.setVgrow(subjectResults, Priority.ALWAYS);
        subjectResults.visibleProperty().bind(viewModel.journeyProperty().isNull());
        subjectResults.managedProperty().bind(subjectResults.visibleProperty());
        // Room on the right, as the tabs' pages have, so that the scroll bar covers no figure of the last column.
        journey.setPadding(new Insets(0, 14, 0, 2));
        ScrollPane journeyResults = new ScrollPane(journey);
        journeyResults.setFitToWidth(true);
        journeyResults.getStyleClass().add("section-scroll");
        VBox.setVgrow(journeyResults, Priority.ALWAYS);
        journeyResults.visibleProperty().bind(viewModel.journeyProperty().isNotNull()
                .and(viewModel.journeyReportProperty().isNotNull()));
        journeyResults.managedProperty().bind(journeyResults.visibleProperty());

        getChildren().addAll(heading(), error(), notice(), reading, subjectResults, journeyResults);
        viewModel.reportProperty().addListener((observable, old, report) -> show(report));
        viewModel.journeyReportProperty().addListener((observable, old, report) -> journey.show(report));
    }

    private HBox heading() {
        Label title = new Label("Analytics");
        title.getStyleClass().add(Styles.TITLE_2);
        ComboBox<AnalyticsSubject> subject = new ComboBox<>(viewModel.subjects());
        subject.setId("analytics-subject");
        subject.setPrefWidth(280);
        subject.setMinWidth(140);
        subject.valueProperty().bindBidirectional(viewModel.subjectProperty());
        subject.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnalyticsSubject value) {
                return value == null ? "" : value.label();
            }

            @Override
            public AnalyticsSubject fromString(String text) {
                return null;
            }
        });
        subject.setTooltip(new Tooltip("Every message, every campaign, the transactional messages, or one campaign"));
        subject.setPromptText("Campaigns and messages");
        // A combo box whose value goes back to none shows its prompt only through a cell that draws it.
        subject.setButtonCell(promptingCell(subject.getPromptText(), AnalyticsSubject::label));
        ComboBox<JourneyCatalog.Entry> journeys = new ComboBox<>(viewModel.journeys());
        journeys.setId("analytics-journey");
        journeys.setPrefWidth(220);
        journeys.setMinWidth(120);
        journeys.setPromptText("Journey");
        journeys.setButtonCell(promptingCell(journeys.getPromptText(), JourneyCatalog.Entry::name));
        journeys.valueProperty().bindBidirectional(viewModel.journeyProperty());
        journeys.setConverter(new StringConverter<>() {
            @Override
            public String toString(JourneyCatalog.Entry value) {
                return value == null ? "" : value.name();
            }

            @Override
            public JourneyCatalog.Entry fromString(String text) {
                return null;
            }
        });
        journeys.setTooltip(new Tooltip("One journey: its messages per activity and its participants"));
        DateRangePicker range = new DateRangePicker("analytics-range", viewModel.rangeProperty(), viewModel::today);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("analytics-loading");
        loading.setMaxSize(18, 18);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Button refresh = new Button(null, new FontIcon("fth-refresh-cw"));
        refresh.setId("analytics-refresh");
        refresh.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_CIRCLE);
        refresh.setTooltip(new Tooltip("Read the results again"));
        refresh.setOnAction(event -> viewModel.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        FlowPane choices = new FlowPane(8, 8, subject, journeys, range);
        choices.setAlignment(Pos.CENTER_RIGHT);
        choices.setMinWidth(0);
        HBox.setHgrow(choices, Priority.ALWAYS);
        HBox heading = new HBox(12, title, choices, loading, refresh);
        heading.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(Region.USE_PREF_SIZE);
        return heading;
    }

    private static <T> ListCell<T> promptingCell(String prompt, java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : text.apply(item));
                pseudoClassStateChanged(PROMPT, empty || item == null);
            }
        };
    }

    private Label error() {
        Label error = new Label();
        error.setId("analytics-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private Label notice() {
        Label notice = new Label();
        notice.setId("analytics-notice");
        notice.getStyleClass().add(Styles.TEXT_MUTED);
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private static Tab tab(String title, Node content) {
        VBox page = new VBox(content);
        page.setPadding(new Insets(14, 2, 14, 2));
        VBox.setVgrow(content, Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("section-scroll");
        Tab tab = new Tab(title, scroll);
        tab.setId("analytics-tab-" + title.toLowerCase(java.util.Locale.ROOT));
        return tab;
    }

    private void show(ScopeReport report) {
        boolean nothing = !report.anyEvents() || report.quiet();
        if (!report.anyEvents()) {
            empty.show("No events yet", "Results show here once messages go out. Launch a campaign in Campaigns (the "
                    + "sandbox channel simulates deliveries, opens and clicks), or import events with: "
                    + "tidings events import --workspace FILE events.ndjson");
        } else if (report.quiet()) {
            empty.show("No events for %s in this range".formatted(report.subject().label()), "Choose a longer range or "
                    + "another campaign, launch a campaign, or import events with: tidings events import "
                    + "--workspace FILE events.ndjson");
        }
        empty.setVisible(nothing);
        tabs.setVisible(report.anyEvents());
        tiles.getChildren().clear();
        for (Headline headline : report.headlines()) {
            KpiTile tile = new KpiTile();
            tile.show(headline);
            tiles.getChildren().add(tile);
        }
        Charts.Drawn days = Charts.daily(report.daily());
        daily.show(days.chart(), days.data());
        List<FunnelStep> steps = report.funnel();
        Charts.Drawn drawnFunnel = Charts.bars("Step", "Messages or endpoints",
                steps.stream().map(FunnelStep::name).toList(),
                List.of(new Charts.BarSeries("Count", steps.stream().map(FunnelStep::count).toList())), false, false);
        funnel.show(drawnFunnel.chart(), drawnFunnel.data());
        treatments.show(report);
        runs.show("Run", report.runs(), report.subject().isCampaign() ? "No runs with results in this range."
                : "Choose a campaign above to see its runs.");
        breakdowns.show(report);
    }
}
