package io.tidings.dashboard.ui;

import io.tidings.ui.Icons;
import atlantafx.base.theme.Styles;
import io.tidings.audience.AudienceSummary;
import io.tidings.audience.ChannelType;
import io.tidings.shell.ReloadsOnReturn;
import io.tidings.shell.OpenTemplate;
import io.tidings.template.TemplateSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.ToLongFunction;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The dashboard: what the open workspace holds, at a glance. */
public final class OverviewView extends ScrollPane implements ReloadsOnReturn {

    private static final DateTimeFormatter UPDATED_DAY =
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter UPDATED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private final OverviewViewModel viewModel;
    private final FlowPane counts = new FlowPane(12, 12);
    private final VBox templateRows = new VBox(4);
    private final OpenTemplate openTemplate;
    private final DashboardResultsView results;

    public OverviewView(OverviewViewModel viewModel, DashboardResultsView results, OpenTemplate openTemplate) {
        this.viewModel = viewModel;
        this.results = results;
        this.openTemplate = openTemplate;
        setId("overview");
        getStyleClass().add("section-scroll");
        setFitToWidth(true);

        Label title = new Label("Dashboard");
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label(viewModel.workspaceName());
        subtitle.setId("overview-workspace-name");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("overview-loading");
        loading.setMaxSize(20, 20);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Button refresh = new Button(null, new FontIcon("fth-refresh-cw"));
        refresh.setId("overview-refresh");
        refresh.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_CIRCLE);
        refresh.setTooltip(new Tooltip("Read the counts again"));
        refresh.setOnAction(event -> viewModel.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(12, new VBox(2, title, subtitle), spacer, loading, refresh);
        heading.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("overview-error");
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        counts.setId("overview-counts");
        viewModel.audienceProperty().addListener((observable, old, audience) -> showCounts(audience));

        VBox templates = panel("Templates", templateRows);
        templates.setId("overview-templates");
        viewModel.templates().addListener((ListChangeListener<TemplateSummary>) change -> showTemplates());

        // a zero-width space after each separator: a long path wraps between folders, not inside a name
        Label file = new Label(viewModel.workspaceFile().toString().replace(java.io.File.separator,
                java.io.File.separator + "\u200B"));
        file.setWrapText(true);
        file.setId("overview-file");
        Label size = new Label();
        size.textProperty().bind(viewModel.fileSizeProperty());
        size.getStyleClass().add(Styles.TEXT_MUTED);
        VBox storage = panel("Workspace file", new VBox(4, file, size));
        storage.setId("overview-storage");

        HBox panels = new HBox(12, templates, storage);
        HBox.setHgrow(templates, Priority.ALWAYS);
        storage.setPrefWidth(340);
        storage.setMinWidth(240);

        Label audienceTitle = new Label("Audience");
        audienceTitle.getStyleClass().add(Styles.TITLE_3);
        VBox page = new VBox(20, heading, error, results, new VBox(10, audienceTitle, counts), panels);
        page.setPadding(new Insets(24));
        page.getStyleClass().add("section-page");
        setContent(page);

        showCounts(null);
        showTemplates();
        viewModel.refresh();
    }

    @Override
    public void returnedTo() {
        viewModel.refresh();
        results.returnedTo();
    }

    private void showCounts(AudienceSummary audience) {
        counts.getChildren().setAll(
                count("Endpoints", "fth-at-sign", audience, AudienceSummary::endpoints),
                count("Users", "fth-user", audience, AudienceSummary::users),
                count("Email", Icons.EMAIL, audience, summary -> summary.endpointsOn(ChannelType.EMAIL)),
                count("SMS", Icons.SMS, audience, summary -> summary.endpointsOn(ChannelType.SMS)),
                count("Push", Icons.PUSH, audience, AudienceSummary::pushEndpoints),
                count("Opted out", "fth-slash", audience, AudienceSummary::optedOut));
        if (audience != null && audience.endpoints() == 0) {
            Label empty = new Label("This workspace has no audience yet. Endpoints imported from Pinpoint CSV or "
                    + "JSON files will be counted here.");
            empty.setId("overview-empty-audience");
            empty.setWrapText(true);
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            counts.getChildren().add(empty);
        }
    }

    private static VBox count(String label, String icon, AudienceSummary audience, ToLongFunction<AudienceSummary> value) {
        Label number = new Label(audience == null ? "–" : "%,d".formatted(value.applyAsLong(audience)));
        number.getStyleClass().addAll(Styles.TITLE_2, "count-value");
        number.setId("count-" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        Label caption = new Label(label, new FontIcon(icon));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(6, caption, number);
        card.getStyleClass().add("count-card");
        return card;
    }

    private void showTemplates() {
        templateRows.getChildren().clear();
        if (viewModel.templates().isEmpty()) {
            Label empty = new Label(viewModel.loadingProperty().get() ? "" : "No templates yet.");
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            templateRows.getChildren().add(empty);
            return;
        }
        for (TemplateSummary template : viewModel.templates()) {
            Hyperlink name = new Hyperlink(template.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(Math.min(180, name.prefWidth(-1)));
            name.setTooltip(new Tooltip("Open " + template.name()));
            name.setOnAction(event -> openTemplate.open(template.id()));
            Label type = new Label(template.type().name());
            type.getStyleClass().add("channel-badge");
            type.setMinWidth(Region.USE_PREF_SIZE);
            // the name matters more than the time: the date alone, the time in the tooltip, and cut first
            Label updated = new Label("Updated " + UPDATED_DAY.format(template.updatedAt()));
            updated.setTooltip(new Tooltip("Updated " + UPDATED.format(template.updatedAt())));
            updated.setMinWidth(0);
            updated.getStyleClass().add(Styles.TEXT_MUTED);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(10, type, name, spacer, updated);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("list-row");
            templateRows.getChildren().add(row);
        }
    }

    private static VBox panel(String title, javafx.scene.Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox panel = new VBox(10, heading, body);
        panel.getStyleClass().add("panel");
        return panel;
    }
}
