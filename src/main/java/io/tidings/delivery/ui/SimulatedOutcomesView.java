package io.tidings.delivery.ui;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.sandbox.SandboxRate;
import java.util.Locale;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedEdits;
import io.tidings.shell.UnsavedMarker;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings › Sandbox: the sandbox's simulated outcomes, a switch and each channel's rates. */
public final class SimulatedOutcomesView extends VBox implements EditorScreen {

    private static final String STYLESHEET = SimulatedOutcomesView.class.getResource("outbox.css").toExternalForm();

    private final SimulatedOutcomesViewModel viewModel;

    public SimulatedOutcomesView(SimulatedOutcomesViewModel viewModel) {
        super(16);
        this.viewModel = viewModel;
        setId("outbox-outcomes");
        getStylesheets().add(STYLESHEET);

        Label intro = new Label("With no sending account set up, messages go to the sandbox, which can play the "
                + "provider too: it reports deliveries, bounces, complaints, opens and clicks at the rates below, "
                + "as events with Pinpoint's names, so that every screen can be tried without an account. Each "
                + "message's outcome follows from its id, so the same sends get the same outcomes again. Reports "
                + "are written when the message is sent, timed when a provider would send them: deliveries seconds "
                + "later, opens over the next two days. A hard bounce or a complaint suppresses the address.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        ToggleSwitch simulate = new ToggleSwitch("Simulate provider reports");
        simulate.setId("outbox-simulate");
        simulate.selectedProperty().bindBidirectional(viewModel.simulateProperty());

        FlowPane channels = new FlowPane(16, 16);
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            // Custom messages have no reports to simulate: the webhook's answer is all there is.
            if (!SandboxRate.of(channel).isEmpty()) {
                channels.getChildren().add(channelPanel(channel));
            }
        }
        channels.disableProperty().bind(viewModel.simulateProperty().not());

        Button save = new Button("Save", new FontIcon("fth-check"));
        save.setId("outbox-outcomes-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.dirtyProperty().not());
        save.setOnAction(event -> viewModel.save());
        Button standard = new Button("Use standard rates");
        standard.setId("outbox-outcomes-standard");
        standard.setOnAction(event -> viewModel.useStandardRates());
        Label status = new Label();
        status.setId("outbox-outcomes-status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.textProperty().bind(viewModel.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, simulate, spacer, new UnsavedMarker(viewModel, "outbox-outcomes-unsaved"), save,
                standard);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label note = new Label("The rest of a channel's messages are never reported, as happens with real providers.");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        getChildren().addAll(intro, actions, status, channels, note);
        disableProperty().bind(viewModel.loadedProperty().not());
        SaveShortcut.install(this, viewModel);
    }

    @Override
    public List<UnsavedEdits> editors() {
        return List.of(viewModel);
    }

    private Node channelPanel(DeliveryChannel channel) {
        Label title = new Label(SandboxRate.channelName(channel));
        title.getStyleClass().add(Styles.TITLE_4);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        int row = 0;
        for (SandboxRate rate : SandboxRate.of(channel)) {
            Label outcome = new Label(rate.outcome());
            TextField field = new TextField();
            field.setId("outbox-rate-" + rate.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            field.setPrefColumnCount(5);
            field.setAlignment(Pos.CENTER_RIGHT);
            field.textProperty().bindBidirectional(viewModel.rateProperty(rate));
            field.setOnAction(event -> viewModel.save());
            Label base = new Label("% " + rate.base().words());
            base.getStyleClass().add(Styles.TEXT_MUTED);
            Label problem = new Label();
            problem.setId(field.getId() + "-problem");
            problem.getStyleClass().addAll("problem", Styles.TEXT_SMALL);
            problem.setWrapText(true);
            problem.setMaxWidth(300);
            problem.textProperty().bind(viewModel.problemProperty(rate));
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
            problem.managedProperty().bind(problem.visibleProperty());
            field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
            problem.textProperty().addListener((observable, old, text) ->
                    field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
            grid.addRow(row++, outcome, field, base);
            grid.add(problem, 1, row++, 2, 1);
        }
        VBox panel = new VBox(10, title, grid);
        panel.getStyleClass().add("panel");
        panel.setMinWidth(340);
        panel.setPrefWidth(396);
        return panel;
    }
}
