package io.tidings.campaign.ui;

import atlantafx.base.theme.Styles;
import io.tidings.shell.CommandButtons;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editor's last step: the pre-flight of the campaign as configured, and Launch. */
final class ReviewStep extends VBox {

    ReviewStep(CampaignEditorViewModel viewModel) {
        super(12);
        setId("campaign-step-review-page");

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("campaign-preflight-running");
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(viewModel.preflightRunningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label working = new Label("Working out who gets it, with the sending engine's own rules…");
        working.visibleProperty().bind(viewModel.preflightRunningProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label summary = new Label();
        summary.setId("campaign-preflight-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        summary.textProperty().bind(viewModel.preflightSummaryProperty());
        HBox status = new HBox(8, spinner, working, summary);
        status.setAlignment(Pos.CENTER_LEFT);

        TableView<PreflightLine> lines = new TableView<>(viewModel.preflightLines());
        lines.setId("campaign-preflight");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.getColumns().add(column("Treatment", 190, PreflightLine::treatment));
        lines.getColumns().add(column("When", 80, PreflightLine::when));
        lines.getColumns().add(column("Why", 260, PreflightLine::why));
        TableColumn<PreflightLine, String> count = column("Endpoints", 90, line -> String.format("%,d", line.endpoints()));
        count.getStyleClass().add("count-column");
        lines.getColumns().add(count);
        lines.getColumns().add(column("For example", 260, line -> String.join(", ", line.samples())));
        lines.getColumns().forEach(column -> column.setSortable(false));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(viewModel.preflightRunningProperty().map(running -> running
                ? "Working out the pre-flight…" : "The pre-flight shows here once the campaign has a segment and "
                        + "no field has a problem."));
        lines.setPlaceholder(placeholder);
        VBox.setVgrow(lines, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add("field-problem");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.preflightErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());

        Label blocked = new Label();
        blocked.setId("campaign-launch-problems");
        blocked.setWrapText(true);
        blocked.getStyleClass().add("field-problem");
        blocked.textProperty().bind(viewModel.launchProblemsProperty().map(problems -> problems.isEmpty() ? ""
                : "Not ready to launch: " + String.join(" ", problems)));
        blocked.managedProperty().bind(blocked.textProperty().isNotEmpty());
        blocked.visibleProperty().bind(blocked.managedProperty());

        Button again = new Button("Check again", new FontIcon("fth-refresh-cw"));
        again.setId("campaign-preflight-again");
        again.setOnAction(event -> viewModel.goTo(EditorStep.REVIEW));
        again.disableProperty().bind(viewModel.preflightRunningProperty());
        Button launch = new Button("Launch", new FontIcon("fth-send"));
        launch.setId("campaign-launch");
        launch.getStyleClass().add(Styles.ACCENT);
        HBox actions = new HBox(10, again, CommandButtons.bind(launch, viewModel.launchCommand()));
        actions.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(FormParts.heading("Before you launch"),
                FormParts.hint("For the campaign as saved: who gets which treatment now, later, or not at all, and "
                        + "why, with a few endpoints for each line. The run uses the same rules."),
                status, error, lines, blocked, actions);
    }

    private static TableColumn<PreflightLine, String> column(String title, double width,
            Function<PreflightLine, String> value) {
        TableColumn<PreflightLine, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 96));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

}
