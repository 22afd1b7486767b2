package io.tidings.campaign.ui;

import atlantafx.base.theme.Styles;
import io.tidings.campaign.MissedRun;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** One dialog listing the campaign runs missed while Tidings was closed, with "Send now" and "Skip" for each. */
public final class MissedRunsDialog extends Dialog<Void> {

    public MissedRunsDialog(Window owner, MissedRunsViewModel viewModel) {
        initOwner(owner);
        setTitle("Campaign runs missed while Tidings was closed");
        setHeaderText(viewModel.runs().size() == 1 ? "A campaign run came due while Tidings was closed."
                : viewModel.runs().size() + " campaign runs came due while Tidings was closed.");
        getDialogPane().setId("missed-runs");
        ButtonType later = new ButtonType("Decide later", javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().add(later);
        viewModel.outcomes().addListener((MapChangeListener<Long, String>) change -> {
            if (viewModel.allDecided()) {
                ((Button) getDialogPane().lookupButton(later)).setText("Close");
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(10);
        int row = 0;
        for (MissedRun run : viewModel.runs()) {
            long id = run.campaign().id();
            Label name = new Label(run.campaign().name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label due = new Label("due " + CampaignsViewModel.when(run.dueAt()));
            due.getStyleClass().add(Styles.TEXT_MUTED);
            Button send = new Button("Send now");
            send.setId("missed-send-" + id);
            send.getStyleClass().add(Styles.ACCENT);
            send.setOnAction(event -> viewModel.sendNow(run));
            Button skip = new Button("Skip");
            skip.setId("missed-skip-" + id);
            skip.setOnAction(event -> viewModel.skip(run));
            Label outcome = new Label();
            outcome.setId("missed-outcome-" + id);
            outcome.setWrapText(true);
            outcome.setMaxWidth(260);
            name.setMinWidth(Label.USE_PREF_SIZE);
            send.setMinWidth(Button.USE_PREF_SIZE);
            skip.setMinWidth(Button.USE_PREF_SIZE);
            due.setMinWidth(Label.USE_PREF_SIZE);
            HBox actions = new HBox(6, send, skip);
            actions.setAlignment(Pos.CENTER_LEFT);
            viewModel.outcomes().addListener((MapChangeListener<Long, String>) change -> {
                outcome.setText(viewModel.outcomes().getOrDefault(id, ""));
                actions.setDisable(viewModel.outcomes().containsKey(id));
            });
            grid.addRow(row++, name, due, actions, outcome);
        }
        Label hint = new Label("Nothing is sent late on its own. A run you skip is not sent; the campaign carries on "
                + "with its next run. Until you decide, the campaign waits.");
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = new Label();
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        getDialogPane().setContent(new VBox(14, hint, grid, error));
        getDialogPane().setMinWidth(720);
    }
}
