package io.tidings.audience.ui;

import io.tidings.ui.ChannelNames;
import io.tidings.ui.Icons;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.tidings.audience.ChannelType;
import io.tidings.audience.EndpointRow;
import io.tidings.audience.EndpointStatus;
import io.tidings.audience.OptOut;
import io.tidings.audience.PersonRow;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
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
import javafx.scene.layout.FlowPane;
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
        PeopleTable people = peopleTable();
        // Only the chosen list is in the scene, so that what it shows (its empty-workspace actions) is there once.
        StackPane lists = new StackPane();
        Runnable showListing = () -> lists.getChildren().setAll(
                viewModel.listingProperty().get() == AudienceListing.PEOPLE ? people : table);
        showListing.run();
        viewModel.listingProperty().addListener((observable, old, listing) -> showListing.run());
        EndpointEditorView editor = new EndpointEditorView(viewModel.editor());
        VBox detail = new VBox(hiddenNote(), editor);
        VBox.setVgrow(editor, Priority.ALWAYS);
        detail.setMinWidth(380);
        SplitPane split = new SplitPane(lists, detail);
        split.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(detail, false);
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

        Button addPerson = new Button("Add person", new FontIcon("fth-user-plus"));
        addPerson.setId("audience-add-person");
        addPerson.setOnAction(event -> viewModel.addPerson());
        Button addEndpoint = new Button("Add endpoint", new FontIcon("fth-plus"));
        addEndpoint.setId("audience-add-endpoint");
        addEndpoint.setOnAction(event -> viewModel.addEndpoint());
        Button importButton = new Button("Import…", new FontIcon(Icons.IMPORT));
        importButton.setId("audience-import");
        importButton.setOnAction(event -> viewModel.startImport());
        Button exportButton = new Button("Export…", new FontIcon(Icons.EXPORT));
        exportButton.setId("audience-export");
        exportButton.setOnAction(event -> viewModel.exportAll());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button button : List.of(addPerson, addEndpoint, importButton, exportButton)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox heading = new HBox(8, new VBox(2, title, summary), spacer, addPerson, addEndpoint, importButton,
                exportButton);
        heading.setAlignment(Pos.CENTER_LEFT);

        CustomTextField search = new CustomTextField();
        search.setId("audience-search");
        search.setPromptText("Search by address, user id or endpoint id");
        search.setLeft(new FontIcon("fth-search"));
        search.setPrefWidth(340);
        search.setMinWidth(160);
        search.setMaxWidth(440);
        HBox.setHgrow(search, Priority.SOMETIMES);
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

        channel.setMinWidth(Region.USE_PREF_SIZE);
        optOut.setMinWidth(Region.USE_PREF_SIZE);
        HBox filters = new HBox(8, listingChoice(), search, channel, optOut);
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
        // The columns share the table's width (no sideways scrolling at 1280 px); the endpoint id is in the editor.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(channelColumn());
        table.getColumns().add(column("Address", 230, 110, EndpointRow::address));
        table.getColumns().add(column("User id", 100, 80, EndpointRow::userId));
        table.getColumns().add(column("Country", 74, 60, EndpointRow::country));
        table.getColumns().add(column("City", 90, 50, EndpointRow::city));
        table.getColumns().add(column("State", 84, 70, AudienceView::state));
        table.getColumns().forEach(column -> column.setSortable(false));
        showPlaceholders(table, "No endpoints match. Change the search or filters.");
        table.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (choosingAgain) {
                return;
            }
            EndpointRow row = index.intValue() < 0 ? null : table.getItems().get(index.intValue());
            viewModel.select(row, () -> Platform.runLater(() -> chooseAgain(table, old.intValue())));
        });
        return table;
    }

    private PeopleTable peopleTable() {
        PeopleTable people = new PeopleTable();
        people.setItems(viewModel.peopleProperty().get());
        viewModel.peopleProperty().addListener((observable, old, rows) -> {
            // As in the endpoint table: a new search must not open whoever now stands where the chosen person stood.
            people.getSelectionModel().clearSelection();
            people.setItems(rows);
        });
        showPlaceholders(people, "No people match. Change the search or filters; endpoints without a user id "
                + "are listed under Endpoints.");
        people.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (choosingAgain) {
                return;
            }
            PersonRow person = index.intValue() < 0 ? null : people.getItems().get(index.intValue());
            viewModel.selectPerson(person, () -> Platform.runLater(() -> chooseAgain(people, old.intValue())));
        });
        return people;
    }

    /** The editor kept what it shows, with unsaved changes: its row is chosen again. */
    private void chooseAgain(TableView<?> table, int previous) {
        choosingAgain = true;
        if (previous < 0 || previous >= table.getItems().size()) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().clearAndSelect(previous);
        }
        choosingAgain = false;
    }

    /** What a list shows with no rows: reading, nothing matches, or ways to get an audience. */
    private void showPlaceholders(TableView<?> table, String nothingMatches) {
        Label empty = new Label();
        empty.textProperty().bind(viewModel.loadingProperty().map(loading -> loading ? "Reading the audience…"
                : nothingMatches));
        empty.setWrapText(true);
        empty.setMaxWidth(460);
        Node noAudience = noAudience();
        Runnable placeholder = () -> table.setPlaceholder(
                viewModel.emptyAudienceProperty().get() && !viewModel.loadingProperty().get() ? noAudience : empty);
        viewModel.emptyAudienceProperty().addListener((observable, old, none) -> placeholder.run());
        viewModel.loadingProperty().addListener((observable, old, loading) -> placeholder.run());
        placeholder.run();
    }

    /** People or Endpoints, side by side as one control. */
    private Node listingChoice() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton people = new ToggleButton("People");
        people.setId("audience-show-people");
        people.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton endpoints = new ToggleButton("Endpoints");
        endpoints.setId("audience-show-endpoints");
        endpoints.getStyleClass().add(Styles.RIGHT_PILL);
        for (ToggleButton button : List.of(people, endpoints)) {
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Runnable follow = () -> group.selectToggle(
                viewModel.listingProperty().get() == AudienceListing.PEOPLE ? people : endpoints);
        follow.run();
        viewModel.listingProperty().addListener((observable, old, listing) -> follow.run());
        group.selectedToggleProperty().addListener((observable, old, chosen) -> {
            if (chosen == null) {
                // One of the two is always chosen: clicking the chosen one again keeps it.
                group.selectToggle(old);
            } else {
                viewModel.listingProperty().set(chosen == people ? AudienceListing.PEOPLE : AudienceListing.ENDPOINTS);
            }
        });
        return new HBox(people, endpoints);
    }

    /** Above the editor while the search or filters hide what it shows. */
    private Node hiddenNote() {
        Label note = new Label("Not in the current results: the search or filters hide it.",
                new FontIcon("fth-eye-off"));
        note.setId("audience-selection-hidden");
        note.setWrapText(true);
        note.getStyleClass().add("hidden-selection-note");
        note.setMaxWidth(Double.MAX_VALUE);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.visibleProperty().bind(viewModel.selectionHiddenProperty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private static String state(EndpointRow row) {
        if (row.optOut() == OptOut.ALL) {
            return "Opted out";
        }
        return row.endpointStatus() == EndpointStatus.ACTIVE ? "Active" : "Inactive";
    }

    /** What an empty workspace offers instead of an empty table: ways to get an audience. */
    private Node noAudience() {
        Label title = new Label("No audience yet");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Import the endpoints of a Pinpoint export or a spreadsheet (CSV or JSON), add a "
                + "person by hand, or try Tidings on the sample workspace's 1,600 people.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button importFile = new Button("Import a file…", new FontIcon(Icons.IMPORT));
        importFile.setId("audience-empty-import");
        importFile.getStyleClass().add(Styles.ACCENT);
        importFile.setOnAction(event -> viewModel.startImport());
        Button addPerson = new Button("Add a person", new FontIcon("fth-user-plus"));
        addPerson.setId("audience-empty-add-person");
        addPerson.setOnAction(event -> viewModel.addPerson());
        // The three ways keep their words: on a narrow list they wrap onto a second line instead of shortening.
        FlowPane actions = new FlowPane(8, 8, importFile, addPerson);
        if (viewModel.canOpenSample()) {
            Button sample = new Button("Open the sample workspace");
            sample.setId("audience-empty-sample");
            sample.setOnAction(event -> viewModel.openSample());
            actions.getChildren().add(sample);
        }
        actions.getChildren().forEach(button -> ((Button) button).setMinWidth(Region.USE_PREF_SIZE));
        actions.setAlignment(Pos.CENTER);
        VBox box = new VBox(12, title, hint, actions);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        box.setId("audience-empty");
        return box;
    }

    private static TableColumn<EndpointRow, String> channelColumn() {
        TableColumn<EndpointRow, String> column = column("Channel", 100, 70,
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

    private static TableColumn<EndpointRow, String> column(String title, double width, double minimum,
            Function<EndpointRow, Object> value) {
        TableColumn<EndpointRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(minimum);
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
