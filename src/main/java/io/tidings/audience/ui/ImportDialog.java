package io.tidings.audience.ui;

import io.tidings.ui.ChannelNames;
import atlantafx.base.theme.Styles;
import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.audience.PreviewRow;
import io.tidings.audience.RejectedRow;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The import wizard: where each column goes (for CSVs without Pinpoint headers), the first rows
 * as they will be stored, and what to do with bad rows. Import starts the job and closes the
 * wizard; the report follows when the job ends.
 */
final class ImportDialog extends Dialog<ButtonType> {

    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");

    private final ImportViewModel viewModel;
    private final GridPane mapping = new GridPane();
    /** True while a column goes to Location.Country, whose names the import turns into codes. */
    private final javafx.beans.property.BooleanProperty countryMapped = new javafx.beans.property.SimpleBooleanProperty();

    ImportDialog(ImportViewModel viewModel, Window owner, Runnable closed) {
        this.viewModel = viewModel;
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle("Import endpoints");
        setHeaderText("Import " + viewModel.fileName() + " (" + viewModel.format() + ")");
        setResizable(true);
        getDialogPane().setId("import-dialog");
        // at most the screen's height: the options and the buttons at the bottom stay in sight on a 680-pixel screen
        getDialogPane().setPrefSize(1000, Math.min(720, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 40));
        getDialogPane().setMinWidth(880);

        ButtonType importButton = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        getDialogPane().lookupButton(importButton).setId("import-start");
        getDialogPane().lookupButton(importButton).disableProperty().bind(viewModel.readyProperty().not());

        VBox preview = previewSection();
        VBox scrolled = new VBox(16, mappingSection(), preview);
        // The preview takes the height the mapping leaves; a long mapping scrolls instead of squeezing the
        // sections (their natural height is the least they get). The options stay below, always in sight.
        VBox.setVgrow(preview, Priority.ALWAYS);
        scrolled.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(scrolled);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setMinHeight(160);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox options = optionsSection();
        options.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(12, scroll, new javafx.scene.control.Separator(), options));

        setOnHidden(event -> {
            if (getResult() == importButton) {
                viewModel.resultProperty().addListener((observable, old, result) -> {
                    if (result != null) {
                        new ImportReportDialog(viewModel, result, owner).showAndWait();
                        closed.run();
                    }
                });
                viewModel.start();
            } else {
                closed.run();
            }
        });
    }

    private VBox mappingSection() {
        Label title = new Label("Where each column goes");
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label("This file's headers are not Pinpoint field paths. Choose the field for each column, "
                + "type another path (for example Attributes.Plan), or leave the column out.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        mapping.setHgap(12);
        mapping.setVgap(6);
        mapping.setId("import-mapping");
        viewModel.columns().addListener((ListChangeListener<ColumnChoice>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    showColumns();
                    return;
                }
            }
        });

        ComboBox<ChannelType> channel = new ComboBox<>();
        channel.setId("import-channel");
        channel.getItems().setAll(ChannelType.values());
        channel.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ChannelType type) {
                return type == null ? "" : ChannelNames.of(type);
            }

            @Override
            public ChannelType fromString(String text) {
                return java.util.Arrays.stream(ChannelType.values()).filter(type -> ChannelNames.of(type).equals(text))
                        .findFirst().orElse(null);
            }
        });
        channel.valueProperty().bindBidirectional(viewModel.channelForRowsWithoutProperty());
        Label channelLabel = new Label("No ChannelType column. Channel of every row:");
        channelLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox channelRow = new HBox(12, channelLabel, channel);
        channelRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        channelRow.visibleProperty().bind(Bindings.createBooleanBinding(viewModel::needsChannelForEveryRow,
                viewModel.columns()));
        channelRow.managedProperty().bind(channelRow.visibleProperty());

        Button saveMapping = new Button("Save this mapping…", new FontIcon("fth-save"));
        saveMapping.setId("import-save-mapping");
        saveMapping.setOnAction(event -> viewModel.saveMapping());
        saveMapping.setMinWidth(Region.USE_PREF_SIZE);
        Label saved = new Label();
        saved.setId("import-mapping-saved");
        saved.setWrapText(true);
        saved.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        saved.textProperty().bind(viewModel.mappingSavedProperty());
        HBox.setHgrow(saved, Priority.ALWAYS);
        HBox saveRow = new HBox(12, saveMapping, saved);
        saveRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label countries = new Label("Country names become two-letter codes as Pinpoint stores them: "
                + "\"Germany\" is kept as DE, \"United States\" as US.");
        countries.setId("import-country-names");
        countries.setWrapText(true);
        countries.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        countries.setGraphic(new FontIcon("fth-globe"));
        countries.visibleProperty().bind(countryMapped);
        countries.managedProperty().bind(countries.visibleProperty());
        VBox section = new VBox(10, title, hint, mapping, countries, channelRow, saveRow);
        section.visibleProperty().bind(viewModel.needsMappingProperty());
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private void showColumns() {
        mapping.getChildren().clear();
        int row = 0;
        for (ColumnChoice column : viewModel.columns()) {
            Label header = new Label(column.header());
            header.getStyleClass().add(Styles.TEXT_BOLD);
            ComboBox<String> target = new ComboBox<>();
            target.setId("import-target-" + row);
            target.setEditable(true);
            target.getItems().setAll(viewModel.targets());
            target.setPrefWidth(320);
            target.valueProperty().bindBidirectional(column.targetProperty());
            column.targetProperty().addListener((observable, old, chosen) -> showCountryNote());
            mapping.addRow(row++, header, new Label("→"), target);
        }
        showCountryNote();
    }

    private void showCountryNote() {
        countryMapped.set(viewModel.columns().stream().anyMatch(column -> "Location.Country".equals(column.targetProperty().get())));
    }

    private VBox previewSection() {
        Label title = new Label("The first rows as they will be stored");
        title.getStyleClass().add(Styles.TITLE_4);
        TableView<PreviewRow> table = new TableView<>(viewModel.preview());
        table.setId("import-preview");
        table.setPrefHeight(260);
        table.setMinHeight(220);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(REJECTED, !empty && row != null && !row.accepted());
            }
        });
        table.getColumns().add(column("Line", 58, row -> row.line()));
        table.getColumns().add(column("Channel", 92, row -> endpoint(row, endpoint -> endpoint.channelType())));
        table.getColumns().add(column("Address", 160, row -> endpoint(row, Endpoint::address)));
        table.getColumns().add(column("User id", 84, row -> endpoint(row, endpoint -> endpoint.user().userId())));
        table.getColumns().add(column("Name", 80, row -> endpoint(row, endpoint -> String.join(" ",
                endpoint.user().userAttributes().getOrDefault("FirstName", java.util.List.of()))
                + " " + String.join(" ", endpoint.user().userAttributes().getOrDefault("LastName", java.util.List.of())))));
        table.getColumns().add(column("Country", 88, row -> endpoint(row, endpoint -> endpoint.location().country())));
        table.getColumns().add(column("Attributes", 110, row -> endpoint(row, endpoint -> endpoint.attributes().entrySet()
                .stream().map(entry -> entry.getKey() + "=" + String.join("|", entry.getValue()))
                .sorted().collect(Collectors.joining(", ")))));
        table.getColumns().add(problemsColumn());
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> viewModel.problemProperty().get() != null
                        ? "No rows to show until the problem above is fixed."
                        : viewModel.readyProperty().get() ? "The file has no rows after its header." : "Reading the first rows…",
                viewModel.problemProperty(), viewModel.readyProperty()));
        table.setPlaceholder(empty);
        Label problem = new Label();
        problem.setId("import-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(10, title, problem, table);
    }

    private VBox optionsSection() {
        Label title = new Label("Bad rows and segment");
        title.getStyleClass().add(Styles.TITLE_4);
        ToggleGroup policy = new ToggleGroup();
        RadioButton skip = new RadioButton("Skip bad rows, import the rest, and list every row left out");
        skip.setId("import-skip-bad-rows");
        skip.setToggleGroup(policy);
        RadioButton stop = new RadioButton("Stop at the first bad row and import nothing");
        stop.setId("import-stop-at-first-error");
        stop.setToggleGroup(policy);
        (viewModel.skipBadRowsProperty().get() ? skip : stop).setSelected(true);
        skip.selectedProperty().addListener((observable, old, selected) -> viewModel.skipBadRowsProperty().set(selected));

        CheckBox makeSegment = new CheckBox("Make an imported segment of exactly these endpoints, named");
        makeSegment.setId("import-make-segment");
        TextField segment = new TextField();
        segment.setId("import-segment-name");
        HBox.setHgrow(segment, Priority.ALWAYS);
        String suggested = viewModel.segmentNameProperty().get();
        makeSegment.setSelected(false);
        viewModel.segmentNameProperty().set("");
        segment.setText(suggested);
        segment.disableProperty().bind(makeSegment.selectedProperty().not());
        Runnable syncSegment = () -> viewModel.segmentNameProperty().set(makeSegment.isSelected() ? segment.getText() : "");
        makeSegment.selectedProperty().addListener((observable, old, selected) -> syncSegment.run());
        segment.textProperty().addListener((observable, old, text) -> syncSegment.run());
        HBox segmentRow = new HBox(8, makeSegment, segment);
        segmentRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox policies = new HBox(24, skip, stop);
        policies.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(8, title, policies, segmentRow);
    }

    static String describe(RejectedRow problem) {
        return problem.field() == null || problem.field().isEmpty()
                ? problem.reason()
                : problem.field() + ": " + problem.reason();
    }

    private static Object endpoint(PreviewRow row, Function<Endpoint, Object> value) {
        return row.endpoint() == null ? "" : value.apply(row.endpoint());
    }

    private static TableColumn<PreviewRow, String> column(String title, double width, Function<PreviewRow, Object> value) {
        TableColumn<PreviewRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // Short columns keep their header readable when the dialog is narrow; the long ones give way.
        if (width < 100) {
            column.setMinWidth(width);
        }
        column.setSortable(false);
        column.setCellValueFactory(cell -> {
            Object shown = value.apply(cell.getValue());
            return new ReadOnlyStringWrapper(shown == null ? "" : shown.toString().strip());
        });
        // A value cut short by the column shows whole on hover.
        column.setCellFactory(view -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean shown = !empty && text != null && !text.isEmpty();
                setText(shown ? text : null);
                setTooltip(shown ? new Tooltip(text) : null);
            }
        });
        return column;
    }

    /** Every problem of the row, whole: the text wraps and the row grows, as this is what the marketer must read. */
    private static TableColumn<PreviewRow, String> problemsColumn() {
        TableColumn<PreviewRow, String> column = new TableColumn<>("Problems");
        column.setPrefWidth(200);
        column.setMinWidth(160);
        column.setSortable(false);
        column.getStyleClass().add("problems-column");
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().problems().stream()
                .map(ImportDialog::describe).collect(Collectors.joining("\n"))));
        WrappingTextCell.apply(column, "problem-text");
        return column;
    }
}
