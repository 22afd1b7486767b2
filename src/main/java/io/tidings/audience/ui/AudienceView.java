package io.tidings.audience.ui;

import io.tidings.ui.ChannelNames;
import io.tidings.ui.Icons;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.tidings.audience.ChannelType;
import io.tidings.audience.EndpointRow;
import io.tidings.audience.OptOut;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.ReloadsOnReturn;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedEdits;
import java.util.List;
import javafx.application.Platform;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/** The audience screen: filters on top, the endpoint table, and the editor of the chosen endpoint. */
public final class AudienceView extends BorderPane implements ReloadsOnReturn, EditorScreen {

    private final AudienceViewModel viewModel;
    private boolean choosingAgain;

    public AudienceView(AudienceViewModel viewModel) {
        this.viewModel = viewModel;
        setId("audience");
        getStyleClass().add("audience-view");
        setTop(toolbar());

        TableView<EndpointRow> table = table();
        EndpointEditorView editor = new EndpointEditorView(viewModel.editor());
        SplitPane split = new SplitPane(table, editor);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(editor, false);
        setCenter(split);
        SaveShortcut.install(this, viewModel.editor());

        viewModel.importWizardProperty().addListener((observable, old, wizard) -> {
            if (wizard != null) {
                new ImportDialog(wizard, getScene().getWindow(), viewModel::closeImport).show();
            }
        });
        viewModel.refresh();
    }

    @Override
    public List<UnsavedEdits> editors() {
        return List.of(viewModel.editor());
    }

    /** Counts and pages the audience again: a command-line import may have changed it meanwhile. */
    @Override
    public void returnedTo() {
        viewModel.refresh();
    }

    private VBox toolbar() {
        Label title = new Label("Audience");
        title.getStyleClass().add(Styles.TITLE_2);
        Label summary = new Label();
        summary.setId("audience-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.summaryProperty());

        Button importButton = new Button("Import…", new FontIcon(Icons.IMPORT));
        importButton.setId("audience-import");
        importButton.setOnAction(event -> viewModel.startImport());
        Button exportButton = new Button("Export…", new FontIcon(Icons.EXPORT));
        exportButton.setId("audience-export");
        exportButton.setOnAction(event -> viewModel.exportAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(12, new VBox(2, title, summary), spacer, importButton, exportButton);
        heading.setAlignment(Pos.CENTER_LEFT);

        CustomTextField search = new CustomTextField();
        search.setId("audience-search");
        search.setPromptText("Search by address, user id or endpoint id");
        search.setLeft(new FontIcon("fth-search"));
        search.setPrefWidth(360);
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(event -> viewModel.searchProperty().set(search.getText()));
        search.textProperty().addListener((observable, old, text) -> typing.playFromStart());

        ComboBox<ChannelType> channel = new ComboBox<>();
        channel.setId("audience-channel");
        channel.getItems().add(null);
        channel.getItems().addAll(ChannelType.values());
        channel.setButtonCell(choiceCell("All channels", ChannelNames::of));
        channel.setCellFactory(list -> {
            ListCell<ChannelType> cell = choiceCell("All channels", ChannelNames::of);
            cell.tooltipProperty().bind(cell.itemProperty().map(type -> new Tooltip(ChannelNames.code(type))));
            return cell;
        });
        channel.valueProperty().bindBidirectional(viewModel.channelProperty());

        ComboBox<OptOut> optOut = new ComboBox<>();
        optOut.setId("audience-opt-out");
        optOut.getItems().addAll(null, OptOut.NONE, OptOut.ALL);
        Function<OptOut, String> optOutName = value -> value == OptOut.ALL ? "Opted out" : "Not opted out";
        optOut.setButtonCell(choiceCell("Opted in or out", optOutName));
        optOut.setCellFactory(list -> choiceCell("Opted in or out", optOutName));
        optOut.valueProperty().bindBidirectional(viewModel.optOutProperty());

        HBox filters = new HBox(8, search, channel, optOut);
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox toolbar = new VBox(14, heading, filters);
        toolbar.setPadding(new Insets(24, 24, 12, 24));
        return toolbar;
    }

    private TableView<EndpointRow> table() {
        TableView<EndpointRow> table = new TableView<>();
        table.setId("audience-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setFixedCellSize(30);
        table.setItems(viewModel.rowsProperty().get());
        viewModel.rowsProperty().addListener((observable, old, rows) -> {
            // A new search or filter brings a new list: the selection would otherwise move to whatever row now
            // stands where the chosen one stood, and open it. The editor keeps the endpoint the marketer chose.
            table.getSelectionModel().clearSelection();
            table.setItems(rows);
        });
        table.getColumns().add(channelColumn());
        table.getColumns().add(column("Address", 260, EndpointRow::address));
        table.getColumns().add(column("User id", 120, EndpointRow::userId));
        table.getColumns().add(column("Country", 84, EndpointRow::country));
        table.getColumns().add(column("City", 110, EndpointRow::city));
        table.getColumns().add(column("Status", 80, row -> row.endpointStatus() == io.tidings.audience.EndpointStatus.ACTIVE ? "Active" : "Inactive"));
        table.getColumns().add(column("Opt-out", 80, row -> row.optOut() == OptOut.ALL ? "Opted out" : ""));
        table.getColumns().add(column("Endpoint id", 140, EndpointRow::id));
        table.getColumns().forEach(column -> column.setSortable(false));
        Label empty = new Label();
        empty.textProperty().bind(viewModel.loadingProperty().map(loading -> loading ? "Reading the audience…"
                : "No endpoints match. Change the search or filters."));
        empty.setWrapText(true);
        empty.setMaxWidth(460);
        Node noAudience = noAudience();
        Runnable placeholder = () -> table.setPlaceholder(
                viewModel.emptyAudienceProperty().get() && !viewModel.loadingProperty().get() ? noAudience : empty);
        viewModel.emptyAudienceProperty().addListener((observable, old, none) -> placeholder.run());
        viewModel.loadingProperty().addListener((observable, old, loading) -> placeholder.run());
        placeholder.run();
        table.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (choosingAgain) {
                return;
            }
            int previous = old.intValue();
            EndpointRow row = index.intValue() < 0 ? null : table.getItems().get(index.intValue());
            viewModel.select(row, () -> Platform.runLater(() -> {
                // the editor kept its endpoint, with unsaved changes: its row is chosen again
                choosingAgain = true;
                if (previous < 0 || previous >= table.getItems().size()) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().clearAndSelect(previous);
                }
                choosingAgain = false;
            }));
        });
        return table;
    }

    /** The channel in words, with Pinpoint's code on hover. */
    /** What an empty workspace offers instead of an empty table: ways to get an audience. */
    private Node noAudience() {
        Label title = new Label("No audience yet");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Import the endpoints of a Pinpoint export or a spreadsheet (CSV or JSON), "
                + "or try Tidings on the sample workspace's 1,600 people.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button importFile = new Button("Import a file…", new FontIcon(Icons.IMPORT));
        importFile.setId("audience-empty-import");
        importFile.getStyleClass().add(Styles.ACCENT);
        importFile.setOnAction(event -> viewModel.startImport());
        HBox actions = new HBox(8, importFile);
        if (viewModel.canOpenSample()) {
            Button sample = new Button("Open the sample workspace");
            sample.setId("audience-empty-sample");
            sample.setOnAction(event -> viewModel.openSample());
            actions.getChildren().add(sample);
        }
        actions.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, title, hint, actions);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(460);
        box.setId("audience-empty");
        return box;
    }

    private static TableColumn<EndpointRow, String> channelColumn() {
        TableColumn<EndpointRow, String> column = column("Channel", 130,
                row -> ChannelNames.of(row.channelType()));
        column.setCellFactory(list -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                EndpointRow row = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setTooltip(row == null ? null : new Tooltip(ChannelNames.code(row.channelType())));
            }
        });
        return column;
    }

    private static TableColumn<EndpointRow, String> column(String title, double width, Function<EndpointRow, Object> value) {
        TableColumn<EndpointRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> text(cell.getValue() == null ? "…" : value.apply(cell.getValue())));
        return column;
    }

    private static ObservableValue<String> text(Object value) {
        return new ReadOnlyStringWrapper(value == null ? "" : value.toString());
    }

    private static <T> ListCell<T> choiceCell(String noneText, Function<T, String> name) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? noneText : name.apply(item));
            }
        };
    }
}
