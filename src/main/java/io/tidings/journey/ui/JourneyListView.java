package io.tidings.journey.ui;

import static io.tidings.ui.ListScreens.column;
import static io.tidings.ui.ListScreens.iconTool;
import static io.tidings.ui.ListScreens.tool;

import atlantafx.base.theme.Styles;
import io.tidings.ui.Icons;
import io.tidings.ui.ListScreens;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The list of journeys with its commands, and an empty state that offers the first steps. */
final class JourneyListView extends VBox {

    private final JourneysViewModel viewModel;
    private final TableView<JourneyRow> table = new TableView<>();

    JourneyListView(JourneysViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        setId("journey-list");
        setPadding(new Insets(24, 24, 16, 24));

        Label title = new Label("Journeys");
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label("Messages, waits and splits drawn on a canvas: each participant takes their own "
                + "path.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        Button create = new Button("New journey", new FontIcon("fth-plus"));
        create.setId("journeys-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setOnAction(event -> viewModel.create());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(12, new VBox(2, title, subtitle), spacer, create);
        heading.setAlignment(Pos.CENTER_LEFT);

        Button open = tool("journeys-open", "fth-edit-2", "Open", viewModel::open);
        Button duplicate = iconTool("journeys-duplicate", "fth-copy", "Duplicate", viewModel::duplicate);
        Button delete = iconTool("journeys-delete", "fth-trash-2", "Delete", viewModel::delete);
        Button importFile = iconTool("journeys-import", Icons.IMPORT, "Import Pinpoint journey JSON",
                viewModel::importJourney);
        for (Button button : List.of(open, duplicate, delete)) {
            button.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        HBox tools = ListScreens.tools("journeys-status", viewModel.statusProperty(),
                List.of(open, duplicate, delete), List.of(importFile, exportMenu()));

        buildTable();
        StackPane body = ListScreens.tableOrEmpty(table, emptyState(), tools, viewModel.journeys(),
                viewModel.loadedProperty());
        Label error = ListScreens.error("journeys-error", viewModel.errorProperty());
        getChildren().addAll(heading, tools, error, body);
    }

    /**
     * Export in two kinds: what Pinpoint's API takes, or with where each card sits in Tidings' own TidingsCanvas field,
     * which an import into Tidings reads back and Pinpoint's API, the AWS CLI and SDKs refuse.
     */
    private MenuButton exportMenu() {
        MenuItem forPinpoint = new MenuItem("For Pinpoint (journey JSON)…");
        forPinpoint.setId("journeys-export-pinpoint");
        forPinpoint.setOnAction(event -> viewModel.exportJourney(false));
        MenuItem withLayout = new MenuItem("With the canvas layout (Tidings only)…");
        withLayout.setId("journeys-export-with-layout");
        withLayout.setOnAction(event -> viewModel.exportJourney(true));
        MenuButton export = new MenuButton(null, new FontIcon(Icons.EXPORT), forPinpoint, withLayout);
        export.setId("journeys-export");
        export.getStyleClass().add(Styles.BUTTON_ICON);
        export.setAccessibleText("Export");
        export.setTooltip(new Tooltip("Export the selected journey as Pinpoint journey JSON, or with its canvas "
                + "layout for Tidings"));
        export.disableProperty().bind(viewModel.selectedProperty().isNull());
        return export;
    }

    private void buildTable() {
        table.setId("journeys-table");
        table.setItems(viewModel.journeys());
        // The columns share the table's width, so "Last change" is in sight at 1024 pixels without a scroll bar.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Name", 300, JourneyRow::name));
        table.getColumns().get(0).setMinWidth(170);
        TableColumn<JourneyRow, String> state = column("State", 150, JourneyRow::stateWords);
        // A failing journey's state is a sentence: the cell marks it and shows its start, the tooltip all of it.
        state.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String words, boolean empty) {
                super.updateItem(words, empty);
                boolean failing = !empty && words != null && words.contains("failed");
                setText(empty ? null : words);
                setGraphic(failing ? new FontIcon("fth-alert-triangle") : null);
                setTooltip(failing ? new Tooltip(words) : null);
            }
        });
        table.getColumns().add(state);
        TableColumn<JourneyRow, String> activities = column("Activities", 90, row -> String.valueOf(row.activities()));
        activities.getStyleClass().add("count-column");
        table.getColumns().add(activities);
        table.getColumns().add(column("Problems", 130, JourneyRow::problemsWords));
        table.getColumns().add(column("Last change", 160, row -> JourneysViewModel.when(row.journey().updatedAt())));
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setPlaceholder(new Label("Reading journeys\u2026"));
        ListScreens.follow(table, viewModel.selectedProperty(), viewModel::select, viewModel::open,
                viewModel::delete);
    }

    private VBox emptyState() {
        Button create = new Button("New journey", new FontIcon("fth-plus"));
        create.setId("journeys-empty-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(event -> viewModel.create());
        Button importFile = new Button("Import a file", new FontIcon(Icons.IMPORT));
        importFile.setId("journeys-empty-import");
        importFile.setOnAction(event -> viewModel.importJourney());
        Button sample = new Button("Open \u201c" + JourneysViewModel.SAMPLE_JOURNEY + "\u201d",
                new FontIcon("fth-book-open"));
        sample.setId("journeys-empty-sample");
        sample.setOnAction(event -> viewModel.openSample());
        return ListScreens.emptyState("journeys-empty", "No journeys yet", "A journey sends each participant "
                + "messages over days or weeks, waits, and takes a path by what they did: opened the welcome email "
                + "or not, joined a segment, or by chance. Start one, bring one across from Amazon Pinpoint as its JSON, or look at the sample's "
                + JourneysViewModel.SAMPLE_JOURNEY + ".", 580, create, importFile, sample);
    }
}
