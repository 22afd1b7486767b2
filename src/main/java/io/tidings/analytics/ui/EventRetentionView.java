package io.tidings.analytics.ui;

import atlantafx.base.theme.Styles;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedEdits;
import io.tidings.shell.UnsavedMarker;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings › Analytics: how long raw events are kept. */
public final class EventRetentionView extends VBox implements EditorScreen {

    private final EventRetentionViewModel viewModel;

    public EventRetentionView(EventRetentionViewModel viewModel) {
        super(14);
        this.viewModel = viewModel;
        setId("analytics-retention");
        Label intro = new Label("Raw events (every send, delivery, open, click and app event) are kept for a number "
                + "of days, 90 by default as in Pinpoint; older ones are purged once a day while Tidings or "
                + "'tidings serve' runs. The daily rollups the dashboards and KPIs read are never purged, so every "
                + "chart keeps its history. The command line sets the same: tidings events retention.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        Label keep = new Label("Keep raw events for");
        TextField days = new TextField();
        days.setId("analytics-retention-days");
        days.setPrefColumnCount(6);
        days.setAlignment(Pos.CENTER_RIGHT);
        days.textProperty().bindBidirectional(viewModel.daysProperty());
        days.disableProperty().bind(viewModel.unlimitedProperty());
        days.setOnAction(event -> viewModel.save());
        Label unit = new Label("days");
        CheckBox unlimited = new CheckBox("Unlimited (keep them for ever)");
        unlimited.setId("analytics-retention-unlimited");
        unlimited.selectedProperty().bindBidirectional(viewModel.unlimitedProperty());
        HBox row = new HBox(8, keep, days, unit, unlimited);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(unlimited, new javafx.geometry.Insets(0, 0, 0, 16));

        Label problem = new Label();
        problem.setId("analytics-retention-problem");
        problem.getStyleClass().addAll("problem", Styles.TEXT_SMALL, Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.textProperty().addListener((observable, old, text) ->
                days.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));

        Button save = new Button("Save", new FontIcon("fth-check"));
        save.setId("analytics-retention-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.unsavedProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button pinpoint = new Button("Use Pinpoint's 90 days");
        pinpoint.setId("analytics-retention-default");
        pinpoint.setOnAction(event -> viewModel.usePinpointsDefault());
        HBox actions = new HBox(8, new UnsavedMarker(viewModel, "analytics-retention-unsaved"), save, pinpoint);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("analytics-retention-status");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());

        getChildren().addAll(intro, row, problem, actions, status);
        disableProperty().bind(viewModel.loadedProperty().not());
        SaveShortcut.install(this, viewModel);
    }

    @Override
    public List<UnsavedEdits> editors() {
        return List.of(viewModel);
    }
}
