package io.tidings.shell;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The strip at the bottom of the window: the job the user waits on, its progress and a cancel
 * button; otherwise the last problem nobody handled, or "Ready".
 */
final class StatusBar extends HBox {

    private final FxBackgroundWork background;
    private final Label message = new Label("Ready");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon("fth-x"));
    private final Label more = new Label();
    private final Button dismiss = new Button(null, new FontIcon("fth-x"));

    StatusBar(FxBackgroundWork background) {
        this.background = background;
        getStyleClass().add("status-bar");
        setId("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        message.setId("status-message");
        message.setMinWidth(0);
        progress.setId("status-progress");
        progress.setPrefWidth(180);
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setTooltip(new Tooltip("Cancel"));
        dismiss.getStyleClass().addAll("flat", "small");
        dismiss.setTooltip(new Tooltip("Dismiss"));
        dismiss.setOnAction(event -> background.clearLastFailure());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, dismiss, spacer, more, progress, cancel);

        background.runningJobs().addListener((ListChangeListener<RunningJob>) change -> refresh());
        background.lastFailureProperty().addListener((observable, old, failure) -> refresh());
        refresh();
    }

    private void refresh() {
        var jobs = background.runningJobs();
        boolean busy = !jobs.isEmpty();
        show(progress, busy);
        show(cancel, busy);
        show(more, jobs.size() > 1);
        message.textProperty().unbind();
        progress.progressProperty().unbind();
        message.getStyleClass().remove("danger");
        String failure = background.lastFailureProperty().get();
        show(dismiss, !busy && failure != null);
        if (busy) {
            RunningJob job = jobs.get(jobs.size() - 1);
            message.textProperty().bind(job.messageProperty());
            progress.progressProperty().bind(job.progressProperty());
            cancel.setOnAction(event -> job.stop());
            more.setText("+" + (jobs.size() - 1) + " more");
        } else if (failure != null) {
            message.setText(failure);
            message.getStyleClass().add("danger");
        } else {
            message.setText("Ready");
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
