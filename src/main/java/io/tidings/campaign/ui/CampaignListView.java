package io.tidings.campaign.ui;

import static io.tidings.ui.ListScreens.column;
import static io.tidings.ui.ListScreens.iconTool;
import static io.tidings.ui.ListScreens.tool;

import atlantafx.base.theme.Styles;
import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignTotals;
import io.tidings.ui.ListScreens;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The list of campaigns, with its commands, and an empty state that offers the first steps. */
final class CampaignListView extends VBox {

    private final CampaignsViewModel viewModel;
    private final TableView<CampaignRow> table = new TableView<>();

    CampaignListView(CampaignsViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        setId("campaign-list");
        setPadding(new Insets(24, 24, 16, 24));

        Label title = new Label("Campaigns");
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label("One message, or an A/B test with a holdout, sent to a segment now or on a schedule.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        Button create = new Button("New campaign", new FontIcon("fth-plus"));
        create.setId("campaigns-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(event -> viewModel.create());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(12, new VBox(2, title, subtitle), spacer, create);
        heading.setAlignment(Pos.CENTER_LEFT);

        Button open = tool("campaigns-open", "fth-edit-2", "Open", viewModel::open);
        Button monitor = tool("campaigns-monitor", "fth-activity", "Run monitor", viewModel::monitorSelected);
        Button duplicate = iconTool("campaigns-duplicate", "fth-copy", "Duplicate", viewModel::duplicate);
        Button delete = iconTool("campaigns-delete", "fth-trash-2", "Delete", viewModel::delete);
        Button importFile = iconTool("campaigns-import", io.tidings.ui.Icons.IMPORT, "Import Pinpoint campaign JSON",
                viewModel::importCampaign);
        Button exportFile = iconTool("campaigns-export", io.tidings.ui.Icons.EXPORT, "Export as Pinpoint campaign JSON",
                viewModel::exportCampaign);
        for (Button button : List.of(open, monitor, duplicate, delete, exportFile)) {
            button.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        HBox tools = ListScreens.tools("campaigns-status", viewModel.statusProperty(),
                List.of(open, monitor, duplicate, delete), List.of(importFile, exportFile));

        buildTable();
        StackPane body = ListScreens.tableOrEmpty(table, emptyState(), tools, viewModel.campaigns(),
                viewModel.loadedProperty());
        Label error = ListScreens.error("campaigns-error", viewModel.errorProperty());
        getChildren().addAll(heading, tools, error, body);
    }

    private void buildTable() {
        table.setId("campaigns-table");
        table.setItems(viewModel.campaigns());
        // Unconstrained: in a narrow window the columns keep their headings and the table scrolls sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Name", 220, CampaignRow::name));
        table.getColumns().get(0).setMinWidth(170);
        table.getColumns().add(column("Status", 100, row -> stateWords(row.summary().campaign())));
        table.getColumns().add(column("Channel", 84, row -> channelWords(
                row.summary().campaign().definition().channel().name())));
        table.getColumns().add(column("Segment", 150, row -> row.summary().segmentName() == null
                ? (row.summary().campaign().definition().segmentId() == null ? "None chosen" : "(deleted)")
                : row.summary().segmentName()));
        table.getColumns().add(column("Next run", 160, row -> row.summary().campaign().definition().schedule()
                .isEventTriggered() ? "On each matching event" : CampaignsViewModel.when(row.summary().campaign().nextRunAt())));
        table.getColumns().add(count("Audience", row -> row.audienceSize() == null ? "" : String.format("%,d", row.audienceSize())));
        table.getColumns().add(count("Sent", row -> result(row, CampaignTotals::sent)));
        table.getColumns().add(count("Delivered", row -> result(row, CampaignTotals::delivered)));
        table.getColumns().add(count("Opened", row -> result(row, CampaignTotals::opened)));
        table.getColumns().add(count("Clicked", row -> result(row, CampaignTotals::clicked)));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setPlaceholder(new Label("Reading campaigns…"));
        ListScreens.follow(table, viewModel.selectedProperty(), viewModel::select, viewModel::open,
                viewModel::delete);
    }

    private VBox emptyState() {
        Button create = new Button("New campaign", new FontIcon("fth-plus"));
        create.setId("campaigns-empty-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(event -> viewModel.create());
        Button importFile = new Button("Import Pinpoint JSON", new FontIcon(io.tidings.ui.Icons.IMPORT));
        importFile.setId("campaigns-empty-import");
        importFile.setOnAction(event -> viewModel.importCampaign());
        return ListScreens.emptyState("campaigns-empty", "No campaigns yet", "A campaign sends a template to a "
                + "segment, now or on a schedule, and can test up to five versions against a holdout. You can also "
                + "bring one across from Amazon Pinpoint as its JSON.", 560, create, importFile);
    }

    private static String result(CampaignRow row, java.util.function.ToLongFunction<CampaignTotals> value) {
        CampaignTotals totals = row.summary().totals();
        return totals.hasResults() ? String.format("%,d", value.applyAsLong(totals)) : "";
    }

    private static String channelWords(String channel) {
        String words = CampaignEditorViewModel.words(channel);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String stateWords(Campaign campaign) {
        return switch (campaign.state()) {
            case DRAFT -> "Draft";
            case SCHEDULED -> "Scheduled";
            case EXECUTING -> "Sending";
            case PAUSED -> "Paused";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
        };
    }

    private static TableColumn<CampaignRow, String> count(String title, Function<CampaignRow, String> value) {
        TableColumn<CampaignRow, String> column = column(title, 92, value);
        column.getStyleClass().add("count-column");
        return column;
    }
}
