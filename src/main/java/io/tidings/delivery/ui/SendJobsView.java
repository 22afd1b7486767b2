package io.tidings.delivery.ui;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.tidings.channel.sandbox.SandboxRate;
import io.tidings.delivery.JobState;
import io.tidings.delivery.JobSummary;
import io.tidings.delivery.MessageState;
import io.tidings.delivery.ReasonCode;
import io.tidings.delivery.UnsentMessage;
import io.tidings.delivery.ReasonWords;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The send jobs with their live counts and controls, and below them the selected job's messages not sent. */
final class SendJobsView extends VBox {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final SendJobsViewModel viewModel;

    SendJobsView(SendJobsViewModel viewModel) {
        super(10);
        this.viewModel = viewModel;
        setId("outbox-jobs");
        setPadding(new Insets(12, 0, 0, 0));

        SplitPane split = new SplitPane(jobsTable(), unsentSide());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(toolbar(), split);
    }

    private HBox toolbar() {
        Button pause = new Button("Pause", new FontIcon("fth-pause"));
        pause.setId("outbox-pause");
        pause.disableProperty().bind(viewModel.canPause().not());
        pause.setOnAction(event -> viewModel.pause());
        Button resume = new Button("Resume", new FontIcon("fth-play"));
        resume.setId("outbox-resume");
        resume.disableProperty().bind(viewModel.canResume().not());
        resume.setOnAction(event -> viewModel.resume());
        Button cancel = new Button("Cancel job", new FontIcon("fth-x-circle"));
        cancel.setId("outbox-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.disableProperty().bind(viewModel.canCancel().not());
        cancel.setOnAction(event -> viewModel.cancel());

        Label state = new Label();
        state.setId("outbox-job-state");
        state.setWrapText(true);
        state.setMinWidth(0);
        state.getStyleClass().add(Styles.TEXT_MUTED);
        state.textProperty().bind(viewModel.selectedProperty().map(SendJobsView::stateSentence).orElse(
                "Choose a job to pause, resume or cancel it."));
        Label error = new Label();
        error.setId("outbox-jobs-error");
        error.getStyleClass().add("problem");
        error.textProperty().bind(viewModel.errorProperty());
        error.setWrapText(true);
        error.setMinWidth(0);
        HBox.setHgrow(state, Priority.ALWAYS);
        HBox bar = new HBox(8, pause, resume, cancel, state, error);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<JobSummary> jobsTable() {
        TableView<JobSummary> table = new TableView<>(viewModel.jobs());
        table.setId("outbox-jobs-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<JobSummary, String> name = column("Job", 210, summary -> summary.job().name());
        name.setCellFactory(cells -> new NameCell());
        table.getColumns().add(name);
        table.getColumns().add(column("Channel", 80, summary -> SandboxRate.channelName(summary.job().channel())));
        table.getColumns().add(column("State", 80, summary -> stateName(summary.job().state())));
        table.getColumns().add(count("Queued", 84, JobSummary::queued));
        table.getColumns().add(count("Sent", 76, JobSummary::sent));
        table.getColumns().add(count("Delivered", 96, JobSummary::delivered));
        table.getColumns().add(count("Failed", 76, JobSummary::failed));
        table.getColumns().add(count("Suppressed", 112, JobSummary::suppressed));
        table.getColumns().add(rate("Opened", 110, summary -> JobSummary.withRate(summary.opened(), summary.openRate())));
        table.getColumns().add(rate("Clicked", 110, summary -> JobSummary.withRate(summary.clicked(), summary.clickRate())));
        table.getColumns().add(column("Created", 160, summary -> CREATED.format(summary.job().createdAt())));
        table.getColumns().forEach(column -> column.setSortable(false));
        Label empty = new Label();
        empty.setId("outbox-jobs-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(560);
        empty.textProperty().bind(viewModel.loadedProperty().map(loaded -> loaded
                ? "No send jobs yet. To send, make a campaign in Campaigns (or choose Send now on a template or a "
                        + "segment): each run of a campaign is a send job here. With no sending account set up, its "
                        + "messages land in Sandbox messages."
                : "Reading send jobs\u2026"));
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, job) -> {
            if (job != null) {
                viewModel.select(job);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, job) -> {
            if (job != null && table.getSelectionModel().getSelectedItem() != job) {
                table.getSelectionModel().select(job);
            }
        });
        return table;
    }

    private VBox unsentSide() {
        Label heading = new Label("Messages not sent");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("outbox-unsent-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(viewModel.unsentSummaryProperty());
        HBox header = new HBox(12, heading, summary);
        header.setAlignment(Pos.BASELINE_LEFT);

        TableView<UnsentMessage> table = new TableView<>();
        table.setId("outbox-unsent-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setFixedCellSize(28);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.itemsProperty().bind(viewModel.unsentProperty());
        table.getColumns().add(column("Endpoint", 120, message -> message.endpointId() == null ? "(deleted)"
                : message.endpointId()));
        table.getColumns().add(column("Address", 200, UnsentMessage::address));
        table.getColumns().add(column("Outcome", 100, message -> message.state() == MessageState.PENDING
                ? "Never sent" : message.state() == MessageState.FAILED ? "Failed" : "Suppressed"));
        table.getColumns().add(reasonColumn());
        table.getColumns().add(column("Detail", 260, UnsentMessage::detail));
        table.getColumns().forEach(column -> column.setSortable(false));
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.selectedProperty().map(job -> "")
                .orElse("Choose a job above to see the messages it did not send, each with Pinpoint's reason code."));
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox side = new VBox(8, header, table);
        side.setPadding(new Insets(10, 0, 0, 0));
        return side;
    }

    private static String stateSentence(JobSummary summary) {
        String name = "\u201c" + summary.job().name() + "\u201d";
        return switch (summary.job().state()) {
            case QUEUED -> name + " is queued.";
            case RUNNING -> name + " is sending.";
            case PAUSED -> name + " is paused" + (summary.job().pauseReason() == null ? "."
                    : ": " + summary.job().pauseReason());
            case CANCELLED -> name + " was cancelled.";
            case DONE -> name + " is done.";
        };
    }

    static String stateName(JobState state) {
        return state.name().charAt(0) + state.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The reason in words, and Pinpoint's code beside it in small print. */
    private static TableColumn<UnsentMessage, String> reasonColumn() {
        TableColumn<UnsentMessage, String> column = column("Reason", 290, message -> ReasonWords.of(message.reason() == null ? ReasonCode.JOB_CANCELLED : message.reason()));
        column.setCellFactory(list -> new TableCell<>() {
            private final Label code = new Label();

            {
                code.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                setContentDisplay(ContentDisplay.RIGHT);
                setGraphicTextGap(8);
            }

            @Override
            protected void updateItem(String words, boolean empty) {
                super.updateItem(words, empty);
                UnsentMessage message = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(message == null ? null : words);
                code.setText(message == null ? null : (message.reason() == null ? ReasonCode.JOB_CANCELLED : message.reason()).name());
                setGraphic(message == null ? null : code);
            }
        });
        return column;
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, Object> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        // short columns keep their headings whole; the long ones (job, reason, detail) give way
        column.setMinWidth(Math.min(width, 84));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue() == null ? "\u2026"
                : text(value.apply(cell.getValue()))));
        return column;
    }

    private static TableColumn<JobSummary, String> count(String title, double width, Function<JobSummary, Long> value) {
        TableColumn<JobSummary, String> column = column(title, width, summary -> String.format("%,d", value.apply(summary)));
        column.setId("outbox-column-" + title.toLowerCase(Locale.ROOT));
        column.getStyleClass().add("count-column");
        column.setMinWidth(width);
        return column;
    }

    /** A job's name, in full in its tooltip when the column is too narrow for it. */
    private static final class NameCell extends TableCell<JobSummary, String> {
        // One tooltip per cell, its words changed: the table refreshes every second.
        private final Tooltip full = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            full.setText(item);
            if (empty || item == null || item.isEmpty()) {
                setTooltip(null);
            } else if (getTooltip() == null) {
                setTooltip(full);
            }
        }
    }

    /** A count with its rate of delivered messages; the rate's meaning in the heading's tooltip. */
    private static TableColumn<JobSummary, String> rate(String title, double width, Function<JobSummary, String> value) {
        TableColumn<JobSummary, String> column = column(title, width, value::apply);
        column.setId("outbox-column-" + title.toLowerCase(Locale.ROOT));
        column.getStyleClass().add("count-column");
        column.setMinWidth(width);
        Label heading = new Label(title);
        heading.setTooltip(new Tooltip(title + " emails, each counted once, and their share of the delivered ones "
                + "(Pinpoint's " + title.toLowerCase(Locale.ROOT).replace("ed", "") + " rate)."));
        column.setText(null);
        column.setGraphic(heading);
        return column;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
