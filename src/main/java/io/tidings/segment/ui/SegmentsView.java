package io.tidings.segment.ui;

import io.tidings.ui.ChannelNames;
import io.tidings.ui.Icons;
import atlantafx.base.theme.Styles;
import io.tidings.segment.CriterionCount;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentCount;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentMember;
import io.tidings.segment.SegmentType;
import io.tidings.shell.CommandButtons;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedEdits;
import io.tidings.shell.UnsavedMarker;
import javafx.application.Platform;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The segments screen: saved segments on the left, the builder in the middle, its results on the right. */
public final class SegmentsView extends BorderPane implements EditorScreen {

    private final SegmentsViewModel viewModel;
    private final SegmentBuilderViewModel builder;
    private final VBox groups = new VBox(14);

    public SegmentsView(SegmentsViewModel viewModel) {
        this.viewModel = viewModel;
        this.builder = viewModel.builder();
        setId("segments");
        VBox list = list();
        VBox results = results();
        SplitPane split = new SplitPane(list, builderPane(), results);
        split.setDividerPositions(0.2, 0.7);
        // the builder takes what the window gains or loses; the list and the count keep their widths
        SplitPane.setResizableWithParent(list, false);
        SplitPane.setResizableWithParent(results, false);
        setCenter(split);
        SaveShortcut.install(this, builder);
        viewModel.refresh();
    }

    @Override
    public List<UnsavedEdits> editors() {
        return List.of(builder);
    }

    private VBox list() {
        Label title = new Label("Segments");
        title.getStyleClass().add(Styles.TITLE_3);
        Button create = new Button("New", new FontIcon("fth-plus"));
        create.setId("segment-new");
        create.setOnAction(event -> viewModel.newSegment());
        Button importJson = new Button(null, new FontIcon(Icons.IMPORT));
        importJson.setId("segment-import-json");
        importJson.setTooltip(new Tooltip("Import Pinpoint segment JSON"));
        importJson.setOnAction(event -> viewModel.importJson());
        Button sendNow = new Button(null, new FontIcon("fth-send"));
        sendNow.setId("segment-send-now");
        sendNow.setTooltip(new Tooltip("Send now: a campaign to this segment"));
        sendNow.setAccessibleText("Send now");
        sendNow.disableProperty().bind(viewModel.selectedProperty().isNull());
        sendNow.setOnAction(event -> viewModel.sendNow());
        // Wraps rather than cutting Send now off when the list's pane is narrow (a 1024-pixel window).
        FlowPane buttons = new FlowPane(8, 8, create, importJson, sendNow);
        buttons.setPrefWrapLength(120);
        buttons.getChildren().forEach(button -> ((Button) button).setMinWidth(Button.USE_PREF_SIZE));
        VBox header = new VBox(8, title, buttons);

        ListView<Segment> segments = new ListView<>(viewModel.segments());
        segments.setId("segment-list");
        segments.setFixedCellSize(46);
        segments.setCellFactory(list -> new ListCell<>() {
            {
                // A long name ends in "…" rather than widening the list past its pane.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Segment segment, boolean empty) {
                super.updateItem(segment, empty);
                if (empty || segment == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                Label name = new Label(segment.name());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                Label detail = new Label(segment.type() == SegmentType.IMPORTED ? "Imported list"
                        : segment.problem() != null ? "Cannot be used: open it to see why"
                        : "Dynamic · version " + segment.version());
                detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                setGraphic(new VBox(2, name, detail));
                setText(null);
                setTooltip(new Tooltip(segment.name()));
            }
        });
        Label empty = new Label("No segments yet. Build one with the builder, import Pinpoint segment JSON, "
                + "or import an audience file as a segment.");
        empty.setWrapText(true);
        segments.setPlaceholder(empty);
        segments.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !chosen.equals(viewModel.selectedProperty().get())) {
                viewModel.open(chosen);
                if (!chosen.equals(viewModel.selectedProperty().get())) {
                    // the builder kept its segment, with unsaved changes: its row is chosen again
                    Platform.runLater(() -> chooseShown(segments));
                }
            }
        });
        // a list read again (after a save) keeps the chosen segment chosen
        viewModel.segments().addListener((ListChangeListener<Segment>) change -> chooseShown(segments));
        viewModel.selectedProperty().addListener((observable, old, chosen) -> {
            if (chosen == null) {
                segments.getSelectionModel().clearSelection();
            } else if (!chosen.equals(segments.getSelectionModel().getSelectedItem())) {
                segments.getSelectionModel().select(chosen);
            }
        });
        VBox.setVgrow(segments, Priority.ALWAYS);
        VBox box = new VBox(12, header, segments);
        box.setPadding(new Insets(20, 12, 12, 20));
        box.setMinWidth(170);
        return box;
    }

    private void chooseShown(ListView<Segment> segments) {
        Segment shown = viewModel.selectedProperty().get();
        if (shown == null) {
            segments.getSelectionModel().clearSelection();
        } else {
            segments.getSelectionModel().select(shown);
        }
    }

    private ScrollPane builderPane() {
        TextField name = new TextField();
        name.setId("segment-name");
        name.setPromptText("Segment name");
        name.getStyleClass().add(Styles.TITLE_4);
        name.textProperty().bindBidirectional(builder.nameProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = new Button("Save", new FontIcon("fth-save"));
        save.setId("segment-save");
        save.getStyleClass().add(Styles.ACCENT);
        Button revert = new Button("Revert");
        revert.setId("segment-revert");
        MenuButton more = new MenuButton(null, new FontIcon("fth-more-horizontal"));
        more.setId("segment-more");
        more.getItems().addAll(
                item("Duplicate…", "segment-duplicate", viewModel::duplicate),
                item("Export members…", "segment-export-members", viewModel::exportMembers),
                item("Export as Pinpoint JSON…", "segment-export-json", viewModel::exportJson),
                item("Delete…", "segment-delete", viewModel::delete));
        more.disableProperty().bind(builder.segmentProperty().isNull());
        save.setMinWidth(Region.USE_PREF_SIZE);
        revert.setMinWidth(Region.USE_PREF_SIZE);
        more.setMinWidth(Region.USE_PREF_SIZE);
        // The name has a line of its own: in a narrow builder the buttons keep their words and the name its room.
        // "Saved as version 2." stands on the buttons' line: saving does not push the criteria down.
        Label message = new Label();
        message.setId("segment-message");
        message.setMinWidth(0);
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(builder.messageProperty());
        HBox actions = new HBox(8, message, CommandButtons.bind(save, builder.saveCommand()),
                CommandButtons.bind(revert, builder.revertCommand()), more);
        actions.setAlignment(Pos.CENTER_LEFT);
        name.setMinWidth(120);
        UnsavedMarker unsaved = new UnsavedMarker(builder, "segment-unsaved");
        // beside the name, the marker takes room only while shown: the name is what needs it
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        HBox nameLine = new HBox(10, name, unsaved);
        nameLine.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(10, nameLine, actions);

        ComboBox<SegmentDefinition.Include> include = new ComboBox<>();
        include.setId("segment-include");
        include.getItems().setAll(SegmentDefinition.Include.values());
        include.setConverter(GroupView.converter("Keep endpoints in all of these groups (AND)",
                "Keep endpoints in any of these groups (OR)", "Keep endpoints in none of these groups (NOT)"));
        include.valueProperty().bindBidirectional(builder.includeProperty());

        Button addGroup = new Button("Add a group", new FontIcon("fth-plus-square"));
        addGroup.setId("segment-add-group");
        addGroup.setOnAction(event -> builder.addGroup());
        MenuButton exclude = excludeMenu();
        HBox groupActions = new HBox(8, addGroup, exclude);
        groupActions.setAlignment(Pos.CENTER_LEFT);

        Label imported = new Label("This is an imported segment: its members are the endpoints of an imported file. "
                + "Import the file again to change them; you can rename, duplicate, export or delete it here.");
        imported.setWrapText(true);
        imported.getStyleClass().add(Styles.TEXT_MUTED);
        imported.visibleProperty().bind(builder.editableProperty().not());
        imported.managedProperty().bind(imported.visibleProperty());
        VBox editor = new VBox(14, include, groups, groupActions);
        editor.visibleProperty().bind(builder.editableProperty());
        editor.managedProperty().bind(editor.visibleProperty());

        builder.groups().addListener((ListChangeListener<GroupDraft>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    showGroups();
                    return;
                }
            }
        });
        showGroups();

        VBox content = new VBox(16, top, imported, editor);
        content.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("section-scroll");
        return scroll;
    }

    private void showGroups() {
        groups.getChildren().clear();
        for (int index = 0; index < builder.groups().size(); index++) {
            groups.getChildren().add(new GroupView(builder, builder.groups().get(index), index + 1));
        }
    }

    private MenuButton excludeMenu() {
        MenuButton menu = new MenuButton("Exclude segments", new FontIcon("fth-minus-circle"));
        menu.setId("segment-exclude");
        Runnable label = () -> menu.setText(builder.excluded().isEmpty() ? "Exclude segments"
                : "Excluding " + String.join(", ", builder.excluded().stream().map(Segment::name).toList()));
        builder.excluded().addListener((ListChangeListener<Segment>) change -> label.run());
        menu.setOnShowing(event -> SegmentChoiceMenu.fill(menu, builder.choices().otherSegments(), builder.excluded()));
        return menu;
    }

    private VBox results() {
        LiveCount live = builder.liveCount();
        Label count = new Label();
        count.setId("segment-count");
        count.getStyleClass().add(Styles.TITLE_2);
        Label users = new Label();
        users.setId("segment-users");
        users.getStyleClass().add(Styles.TEXT_MUTED);
        Runnable showCount = () -> {
            SegmentCount counted = live.countProperty().get();
            count.setText(counted == null ? "–" : "%,d".formatted(counted.endpoints()));
            users.setText(counted == null ? "endpoints" : (counted.endpoints() == 1 ? "endpoint" : "endpoints")
                    + " · %,d %s".formatted(counted.users(), counted.users() == 1 ? "user" : "users"));
        };
        live.countProperty().addListener((observable, old, counted) -> showCount.run());
        showCount.run();
        ProgressIndicator counting = new ProgressIndicator();
        counting.setMaxSize(22, 22);
        counting.visibleProperty().bind(live.countingProperty());
        HBox headline = new HBox(10, count, counting);
        headline.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("segment-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(builder.problemProperty());
        Runnable problemStyle = () -> {
            problem.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
            problem.getStyleClass().add(builder.problemIsErrorProperty().get() ? Styles.DANGER : Styles.TEXT_MUTED);
        };
        builder.problemIsErrorProperty().addListener((observable, old, error) -> problemStyle.run());
        problemStyle.run();
        problem.visibleProperty().bind(builder.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox breakdown = new VBox(4);
        breakdown.setId("segment-breakdown");
        live.breakdown().addListener((ListChangeListener<CriterionCount>) change -> {
            breakdown.getChildren().clear();
            for (CriterionCount criterion : live.breakdown()) {
                Label line = new Label(CriterionLabels.describe(criterion.path(), builder.groups()) + ": "
                        + "%,d".formatted(criterion.endpoints()));
                line.setWrapText(true);
                breakdown.getChildren().add(line);
            }
        });
        Label breakdownTitle = new Label("Each criterion on its own");
        breakdownTitle.getStyleClass().add(Styles.TITLE_4);
        breakdownTitle.setWrapText(true);

        TableView<SegmentMember> sample = new TableView<>(live.sample());
        sample.setId("segment-sample");
        sample.setPrefHeight(260);
        sample.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        sample.getColumns().add(column("Address", 200, SegmentMember::address));
        TableColumn<SegmentMember, String> channel = column("Channel", 80, member -> ChannelNames.of(member.channelType()));
        channel.setMinWidth(80);
        sample.getColumns().add(channel);
        Label noMembers = new Label();
        noMembers.textProperty().bind(live.countProperty().map(counted -> "No endpoints match.")
                .orElse("Members show here once the segment can be counted."));
        noMembers.setWrapText(true);
        sample.setPlaceholder(noMembers);
        Label sampleTitle = new Label("A sample of members");
        sampleTitle.getStyleClass().add(Styles.TITLE_4);

        TextArea json = new TextArea();
        json.setId("segment-json");
        json.setEditable(false);
        json.setPrefRowCount(12);
        json.getStyleClass().add("code");
        json.textProperty().bind(live.pinpointJsonProperty());
        TitledPane jsonPane = new TitledPane("Pinpoint JSON", json);
        jsonPane.setExpanded(false);

        // Nothing here may be wider than the pane: the table's columns and the JSON shrink with it.
        sample.setMinWidth(0);
        sample.setPrefWidth(240);
        jsonPane.setMinWidth(0);
        json.setMinWidth(0);
        json.setPrefColumnCount(20);
        VBox box = new VBox(12, headline, users, problem, breakdownTitle, breakdown, sampleTitle, sample, jsonPane);
        box.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("section-scroll");
        VBox wrapper = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        wrapper.setMinWidth(240);
        return wrapper;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static TableColumn<SegmentMember, String> column(String title, double width, Function<SegmentMember, String> value) {
        TableColumn<SegmentMember, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

}
