package io.tidings.journey.ui.simulation;

import atlantafx.base.theme.Styles;
import io.tidings.journey.ui.simulation.SimulatorViewModel.Source;
import io.tidings.shell.CommandButtons;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The simulator panel: the run's settings with Run and Cancel, progress, the totals and the participants' paths. It
 * scrolls when the window leaves it less height than its tables need (the designer gives it the lower part of the
 * canvas's place), so every control stays reachable and nothing is cut; given more, the tables take it.
 */
public final class SimulatorView extends ScrollPane {

    private static final String STYLESHEET = SimulatorView.class.getResource("simulator.css").toExternalForm();
    /** Below this the totals and the participants' tables are too short to read: the panel scrolls instead. */
    private static final double LEAST_RESULTS_HEIGHT = 300;

    public SimulatorView(SimulatorViewModel viewModel) {
        VBox content = new VBox();
        content.setId("journey-simulator");
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("simulator-scroll");
        setContent(content);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label title = new Label("Simulate");
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label("Runs the journey as it is drawn with a virtual clock: days pass in seconds and "
                + "nothing is sent. Opens and clicks come from the sandbox's rates unless you set them here.");
        intro.setWrapText(true);
        intro.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        ComboBox<Source> source = new ComboBox<>();
        source.setId("simulator-source");
        source.getItems().setAll(Source.values());
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        ComboBox<String> segment = new ComboBox<>(viewModel.segmentNames());
        segment.setId("simulator-segment");
        segment.setPromptText("Choose a segment");
        segment.setMaxWidth(260);
        segment.valueProperty().bindBidirectional(viewModel.segmentProperty());
        TextField personas = field("simulator-personas", viewModel.personasProperty(), 8, null);
        TextArea testList = new TextArea();
        testList.setId("simulator-test-list");
        testList.setPromptText("Endpoint ids or addresses, one per line");
        testList.setPrefRowCount(3);
        testList.setPrefColumnCount(24);
        testList.textProperty().bindBidirectional(viewModel.testListProperty());
        StackPane who = new StackPane(shownFor(segment, viewModel, Source.SEGMENT),
                shownFor(personas, viewModel, Source.PERSONAS), shownFor(testList, viewModel, Source.TEST_LIST));
        who.setAlignment(Pos.CENTER_LEFT);


        Button run = new Button("Run simulation", new FontIcon("fth-play"));
        run.setId("simulator-run");
        run.getStyleClass().add(Styles.ACCENT);
        Button cancel = new Button("Cancel");
        cancel.setId("simulator-cancel");
        ProgressBar progress = new ProgressBar();
        progress.setId("simulator-progress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(160);
        Label progressMessage = new Label();
        progressMessage.setId("simulator-progress-message");
        progressMessage.textProperty().bind(viewModel.progressMessageProperty());
        progressMessage.getStyleClass().add(Styles.TEXT_MUTED);
        Label whyNot = new Label();
        whyNot.setId("simulator-why-not");
        whyNot.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        whyNot.textProperty().bind(Bindings.when(viewModel.runningProperty()).then("")
                .otherwise(viewModel.runCommand().whyNotProperty()));
        whyNot.setWrapText(true);
        whyNot.setMinWidth(0);
        whyNot.managedProperty().bind(whyNot.textProperty().isNotEmpty());
        whyNot.visibleProperty().bind(whyNot.managedProperty());
        HBox buttons = new HBox(8, CommandButtons.bind(run, viewModel.runCommand()),
                CommandButtons.bind(cancel, viewModel.cancelCommand()));
        buttons.setAlignment(Pos.CENTER_LEFT);
        // The settings and the buttons share rows, wrapping as the width allows; progress and why-not below them.
        FlowPane form = new FlowPane(16, 8, labelled("Who", new HBox(8, source, who)),
                labelled("Days", field("simulator-days", viewModel.daysProperty(), 4, null)),
                labelled("Open rate %", field("simulator-open-rate", viewModel.openRateProperty(), 5, "sandbox")),
                labelled("Click rate %", field("simulator-click-rate", viewModel.clickRateProperty(), 5, "sandbox")),
                buttons);
        form.setAlignment(Pos.CENTER_LEFT);
        form.setMinHeight(Region.USE_PREF_SIZE);
        HBox actions = new HBox(8, progress, progressMessage, whyNot);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(whyNot, Priority.ALWAYS);
        actions.managedProperty().bind(progress.visibleProperty().or(whyNot.visibleProperty())
                .or(progressMessage.textProperty().isNotEmpty()));
        actions.visibleProperty().bind(actions.managedProperty());

        Label problem = wrapped("simulator-problem", "problem");
        problem.textProperty().bind(viewModel.problemProperty());
        Label summary = wrapped("simulator-summary", Styles.TEXT_SMALL);
        summary.textProperty().bind(viewModel.summaryProperty());

        SplitPane results = new SplitPane(totalsTable(viewModel), participantsPane(viewModel));
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.32);
        results.setMinHeight(LEAST_RESULTS_HEIGHT);
        VBox.setVgrow(results, Priority.ALWAYS);
        content.getChildren().addAll(title, intro, form, actions, problem, summary, results);
    }

    private static Node totalsTable(SimulatorViewModel viewModel) {
        TableView<ActivityTotalRow> table = new TableView<>(viewModel.totals());
        table.setId("simulator-totals");
        table.setPlaceholder(new Label("Run a simulation to see how many reach each activity."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(text("Activity", ActivityTotalRow::activity, 120),
                text("Kind", ActivityTotalRow::kind, 150), count("Entered", ActivityTotalRow::entered),
                count("Sent", ActivityTotalRow::sent), count("Waiting", ActivityTotalRow::waiting),
                count("Left", ActivityTotalRow::left), text("Went on through", ActivityTotalRow::wentOn, 200)));
        return table;
    }

    private static Node participantsPane(SimulatorViewModel viewModel) {
        ComboBox<String> activity = new ComboBox<>(viewModel.activityChoices());
        activity.setId("simulator-activity-filter");
        activity.valueProperty().bindBidirectional(viewModel.activityFilterProperty());
        TextField search = new TextField();
        search.setId("simulator-search");
        search.setPromptText("Search who or why");
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMinWidth(120);
        activity.setMinWidth(Region.USE_PREF_SIZE);
        Label shown = new Label();
        shown.setId("simulator-shown");
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.setMinWidth(Region.USE_PREF_SIZE);
        shown.textProperty().bind(Bindings.createStringBinding(() -> String.format("%,d participants shown",
                viewModel.shownParticipants().size()), viewModel.shownParticipants()));
        HBox filters = new HBox(8, activity, search, shown);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<ParticipantRow> table = new TableView<>(viewModel.shownParticipants());
        table.setId("simulator-participants");
        table.setPlaceholder(new Label("No participants: run a simulation, or change the filter."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(java.util.List.of(text("Who", ParticipantRow::who, 220),
                text("Ended at", ParticipantRow::endedAt, 110), text("Where it ended and why", ParticipantRow::outcome,
                        360)));
        ListView<String> steps = new ListView<>();
        steps.setId("simulator-steps");
        steps.getStyleClass().add("steps");
        steps.setPlaceholder(new Label("Select a participant to see each step and why."));
        table.getSelectionModel().selectedItemProperty().addListener((property, before, row) ->
                steps.getItems().setAll(row == null ? java.util.List.of() : row.steps()));
        SplitPane paths = new SplitPane(table, steps);
        paths.setOrientation(Orientation.VERTICAL);
        paths.setDividerPositions(0.55);
        VBox.setVgrow(paths, Priority.ALWAYS);
        return new VBox(8, filters, paths);
    }

    private static <T> TableColumn<T, String> text(String name, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        // Narrower than this a heading no longer reads: the table scrolls sideways instead.
        column.setMinWidth(Math.min(width, 90));
        return column;
    }

    private static <T> TableColumn<T, String> count(String name, Function<T, Long> value) {
        TableColumn<T, String> column = text(name, row -> String.format("%,d", value.apply(row)), 80);
        column.getStyleClass().add("count-column");
        return column;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text, int columns, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Node shownFor(Node input, SimulatorViewModel viewModel, Source source) {
        input.visibleProperty().bind(viewModel.sourceProperty().isEqualTo(source));
        input.managedProperty().bind(input.visibleProperty());
        return input;
    }

    private static Node labelled(String name, Node input) {
        Label label = new Label(name);
        label.getStyleClass().add("form-label");
        label.setLabelFor(input);
        HBox pair = new HBox(6, label, input);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private static Label wrapped(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
