package io.tidings.server.ui;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import io.tidings.server.ServerSettings;
import io.tidings.server.ServerStatus;
import io.tidings.shell.CommandButtons;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedEdits;
import io.tidings.shell.UnsavedMarker;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Settings' "Tracking server" page: the switch, the address, port and public base URL with each field's problem
 * under it, where links will start, the server's status, and Save / Revert. A panel of its own, so that Settings can
 * show it as one of its pages.
 */
public final class TrackingServerView extends VBox implements EditorScreen {

    private final TrackingServerViewModel viewModel;

    public TrackingServerView(TrackingServerViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        setId("tracking-server");
        getStyleClass().add("panel");

        Label heading = new Label("Tracking server");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label intro = muted("Counts opens and clicks of the emails you send and takes unsubscribes at once, as the "
                + "List-Unsubscribe header and {{UnsubscribeUrl}} promise. While it runs, emails get an open pixel "
                + "and tracked links. /health and /metrics (Prometheus) are there for monitoring.");

        ToggleSwitch run = new ToggleSwitch("Run the tracking server while this workspace is open");
        run.setId("tracking-server-enabled");
        run.selectedProperty().bindBidirectional(viewModel.enabledProperty());

        TextField bind = field("tracking-server-bind", viewModel.bindAddressProperty(), ServerSettings.DEFAULT_BIND_ADDRESS);
        TextField port = field("tracking-server-port", viewModel.portProperty(), Integer.toString(ServerSettings.DEFAULT_PORT));
        port.setPrefColumnCount(6);
        port.setMaxWidth(120);
        TextField base = field("tracking-server-public-base", viewModel.publicBaseUrlProperty(),
                "https://links.example.com");

        GridPane form = new GridPane();
        form.setHgap(16);
        form.setVgap(10);
        form.addRow(0, caption("Bind address"), withProblem(bind, viewModel.problemOf(ServerSettings.BIND_ADDRESS),
                "127.0.0.1: this computer only. 0.0.0.0: every network this computer is on.", "bind"));
        form.addRow(1, caption("Port"), withProblem(port, viewModel.problemOf(ServerSettings.PORT), null, "port"));
        form.addRow(2, caption("Public base URL"), withProblem(base, viewModel.problemOf(ServerSettings.PUBLIC_BASE_URL),
                "Where recipients reach this server, through a proxy or a tunnel if need be. Leave it empty to use "
                        + "the server's own address.", "public-base"));

        Label links = muted("");
        links.setId("tracking-server-links");
        links.textProperty().bind(viewModel.linksBinding());

        Label status = new Label();
        status.setId("tracking-server-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.statusProperty().get() == null ? "" : viewModel.statusProperty().get().inWords(),
                viewModel.statusProperty()));
        status.graphicProperty().bind(Bindings.createObjectBinding(() -> statusIcon(viewModel.statusProperty().get()),
                viewModel.statusProperty()));
        viewModel.statusProperty().addListener((observable, old, now) -> styleStatus(status, now));
        styleStatus(status, viewModel.statusProperty().get());

        Button save = new Button("Save");
        save.setId("tracking-server-save");
        save.getStyleClass().add(Styles.ACCENT);
        Button revert = new Button("Revert");
        revert.setId("tracking-server-revert");
        Label saveProblem = new Label();
        saveProblem.setId("tracking-server-save-problem");
        saveProblem.setWrapText(true);
        saveProblem.getStyleClass().add(Styles.DANGER);
        saveProblem.textProperty().bind(viewModel.saveProblemProperty());
        HBox actions = new HBox(12, CommandButtons.bind(save, viewModel.saveCommand()),
                CommandButtons.bind(revert, viewModel.revertCommand()),
                new UnsavedMarker(viewModel, "tracking-server-unsaved"), saveProblem);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(12, intro, run, form, links, actions);
        body.disableProperty().bind(viewModel.loadedBinding().not());
        getChildren().addAll(heading, status, body);
        SaveShortcut.install(this, viewModel);
    }

    @Override
    public List<UnsavedEdits> editors() {
        return List.of(viewModel);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Node withProblem(TextField field, StringBinding problem, String hint, String name) {
        Label problemLabel = new Label();
        problemLabel.setId("tracking-server-" + name + "-problem");
        problemLabel.setWrapText(true);
        problemLabel.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problemLabel.textProperty().bind(problem);
        problemLabel.visibleProperty().bind(problem.isNotNull());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        problem.addListener((observable, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
        VBox column = new VBox(4, field, problemLabel);
        if (hint != null) {
            Label hintLabel = new Label(hint);
            hintLabel.setWrapText(true);
            hintLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            column.getChildren().add(hintLabel);
        }
        GridPane.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private static Label caption(String text) {
        Label caption = new Label(text);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
        return caption;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static Node statusIcon(ServerStatus status) {
        if (status == null) {
            return null;
        }
        return new FontIcon(switch (status.state()) {
            case LISTENING -> "fth-check-circle";
            case FAILED -> "fth-alert-triangle";
            case STOPPED -> "fth-pause-circle";
        });
    }

    private static void styleStatus(Label status, ServerStatus now) {
        status.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
        if (now != null) {
            status.getStyleClass().add(switch (now.state()) {
                case LISTENING -> Styles.SUCCESS;
                case FAILED -> Styles.DANGER;
                case STOPPED -> Styles.TEXT_MUTED;
            });
        }
    }
}
