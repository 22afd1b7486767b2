package io.tidings.campaign.ui;

import atlantafx.base.theme.Styles;
import io.tidings.campaign.CampaignRun;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.RunMessage;
import io.tidings.shell.CommandButtons;
import io.tidings.delivery.ReasonWords;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A campaign's run monitor. While it is on screen it asks its view model to read the workspace every second (the
 * reads run in the background); hidden, it stops.
 */
final class RunMonitorView extends VBox {

    private final RunMonitorViewModel viewModel;

    RunMonitorView(RunMonitorViewModel viewModel, Runnable backToList) {
        super(12);
        this.viewModel = viewModel;
        setId("campaign-monitor");
        setPadding(new Insets(20, 24, 16, 24));

        Button back = new Button("Campaigns", new FontIcon("fth-arrow-left"));
        back.setId("campaign-monitor-close");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(event -> backToList.run());
        Label title = new Label();
        title.setId("campaign-monitor-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(0);
        back.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(viewModel.campaignProperty().map(campaign -> campaign.name()).orElse(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(10, back, title, spacer,
                CommandButtons.bind(button("campaign-pause", "Pause", "fth-pause"), viewModel.pauseCommand()),
                CommandButtons.bind(button("campaign-resume", "Resume", "fth-play"), viewModel.resumeCommand()),
                CommandButtons.bind(button("campaign-cancel", "Cancel campaign", "fth-x-circle"), viewModel.cancelCommand()));
        heading.setAlignment(Pos.CENTER_LEFT);

        Label state = new Label();
        state.setId("campaign-monitor-state");
        state.setWrapText(true);
        state.textProperty().bind(viewModel.stateProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("campaign-monitor-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(viewModel.progressProperty());
        Label speed = new Label();
        speed.setId("campaign-monitor-speed");
        speed.getStyleClass().add(Styles.TEXT_MUTED);
        speed.textProperty().bind(viewModel.speedProperty());
        Label left = new Label();
        left.setId("campaign-monitor-time-left");
        left.getStyleClass().add(Styles.TEXT_MUTED);
        left.textProperty().bind(viewModel.timeLeftProperty());
        HBox pace = new HBox(24, speed, left);
        Label triggered = new Label();
        triggered.setId("campaign-monitor-triggered");
        triggered.setWrapText(true);
        triggered.textProperty().bind(viewModel.triggeredProperty());
        triggered.managedProperty().bind(triggered.textProperty().isNotEmpty());
        triggered.visibleProperty().bind(triggered.textProperty().isNotEmpty());

        javafx.scene.layout.FlowPane tiles = new javafx.scene.layout.FlowPane(10, 10,
                tile("queued", "Queued", JobProgress::queued),
                tile("sent", "Sent", JobProgress::sent),
                tile("delivered", "Delivered", counts -> counts.delivered().orElse(0)),
                tile("failed", "Failed", JobProgress::failed),
                tile("suppressed", "Not sent", JobProgress::suppressed),
                tile("expired", "Expired", JobProgress::expired));

        Label error = new Label();
        error.setWrapText(true);
        error.getStyleClass().add("field-problem");
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        TableView<TreatmentRow> treatments = new TableView<>(viewModel.treatments());
        treatments.setId("campaign-monitor-treatments");
        treatments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        treatments.getColumns().add(textColumn("Treatment", 200, TreatmentRow::name));
        treatments.getColumns().add(countColumn("Queued", row -> row.progress().queued()));
        treatments.getColumns().add(countColumn("Sent", row -> row.progress().sent()));
        treatments.getColumns().add(countColumn("Delivered", TreatmentRow::delivered));
        treatments.getColumns().add(countColumn("Failed", row -> row.progress().failed()));
        treatments.getColumns().add(countColumn("Not sent", row -> row.progress().suppressed()));
        treatments.getColumns().add(countColumn("Expired", row -> row.progress().expired()));
        treatments.setPlaceholder(new Label("No run has started yet."));
        treatments.setPrefHeight(170);
        treatments.setMinHeight(130);

        ComboBox<Outcome> outcome = new ComboBox<>();
        outcome.setId("campaign-drill-outcome");
        outcome.getItems().setAll(Outcome.values());
        outcome.setValue(Outcome.SENT);
        Button show = new Button("Show endpoints", new FontIcon("fth-search"));
        show.setId("campaign-drill-show");
        show.setOnAction(event -> viewModel.drillDown(outcome.getValue(),
                treatments.getSelectionModel().getSelectedItem()));
        Label drillTitle = new Label();
        drillTitle.setId("campaign-drill-title");
        drillTitle.textProperty().bind(viewModel.drillDownTitleProperty());
        javafx.scene.layout.FlowPane drillBar = new javafx.scene.layout.FlowPane(8, 6, new Label("Endpoints that are"),
                outcome, new Label("in the treatment chosen above (or all):"), show, drillTitle);
        drillBar.setAlignment(Pos.CENTER_LEFT);
        TableView<RunMessage> messages = new TableView<>(viewModel.drillDown());
        messages.setId("campaign-drill-messages");
        messages.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        messages.getColumns().add(textColumn("Endpoint", 160, message -> message.endpointId() == null
                ? "(deleted)" : message.endpointId()));
        messages.getColumns().add(textColumn("Address", 200, message -> message.address() == null ? "" : message.address()));
        messages.getColumns().add(textColumn("Reason", 220, message -> ReasonWords.of(message.reason())));
        messages.getColumns().add(textColumn("Detail", 260, message -> message.detail() == null ? "" : message.detail()));
        messages.setPlaceholder(new Label("Choose an outcome and Show endpoints."));
        messages.setPrefHeight(300);
        messages.setMinHeight(200);

        ListView<CampaignRun> runs = new ListView<>(viewModel.runs());
        runs.setId("campaign-monitor-runs");
        runs.setCellFactory(list -> new RunCell());
        runs.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                viewModel.chooseRun(chosen);
            }
        });
        runs.setPlaceholder(new Label("No runs yet."));
        runs.setPrefHeight(120);
        runs.setMinHeight(90);

        bar.setMinHeight(10);
        VBox main = new VBox(10, state, triggered, bar, pace, tiles, error, FormParts.heading("By treatment"), treatments,
                FormParts.heading("Endpoints"), drillBar, messages,
                FormParts.heading("Runs"), FormParts.hint("Each run of a recurring campaign is a send job of its own: "
                        + "choose one to see its counts."), runs);
        main.setPadding(new Insets(0, 12, 12, 0));
        ScrollPane scroll = new ScrollPane(main);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, scroll);

        Timeline polling = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.refresh()));
        polling.setCycleCount(Timeline.INDEFINITE);
        // Only while on screen: the section keeps this page while the list or the editor shows.
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .addListener((observable, wasShown, isShown) -> {
                    if (isShown) {
                        viewModel.refresh();
                        polling.play();
                    } else {
                        polling.stop();
                    }
                });
    }

    private VBox tile(String id, String caption, ToLongFunction<JobProgress> count) {
        Label number = new Label();
        number.setId("campaign-count-" + id);
        number.getStyleClass().add(Styles.TITLE_3);
        number.textProperty().bind(viewModel.runProperty().map(run -> run.progress() == null ? "0"
                : String.format("%,d", count.applyAsLong(run.progress()))).orElse("0"));
        Label label = new Label(caption);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox tile = new VBox(2, number, label);
        tile.getStyleClass().add("count-tile");
        tile.setMinWidth(110);
        return tile;
    }

    private static Button button(String id, String text, String icon) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private static <T> TableColumn<T, String> textColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<TreatmentRow, String> countColumn(String title, ToLongFunction<TreatmentRow> value) {
        TableColumn<TreatmentRow, String> column = textColumn(title, 90,
                row -> String.format("%,d", value.applyAsLong(row)));
        column.getStyleClass().add("count-column");
        return column;
    }

    /** A run: when it was due, and its state. */
    private static final class RunCell extends ListCell<CampaignRun> {
        @Override
        protected void updateItem(CampaignRun run, boolean empty) {
            super.updateItem(run, empty);
            if (empty || run == null) {
                setText(null);
                return;
            }
            String state = run.job() == null ? (run.problem() == null ? "not sent" : "not sent: " + run.problem())
                    : run.job().state().name().toLowerCase(java.util.Locale.ROOT);
            setText(CampaignsViewModel.when(run.scheduledAt()) + " · " + state);
            setWrapText(true);
            setPrefWidth(0);
        }
    }
}
