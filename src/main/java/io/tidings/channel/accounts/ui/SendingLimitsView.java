package io.tidings.channel.accounts.ui;

import atlantafx.base.theme.Styles;
import io.tidings.channel.DeliveryChannel;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedEdits;
import io.tidings.shell.UnsavedMarker;
import io.tidings.ui.Icons;
import io.tidings.ui.ScrollIntoView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings › Sending limits: each channel's most messages a second, with its problem under its field. */
public final class SendingLimitsView extends VBox implements EditorScreen {

    private static final Map<DeliveryChannel, String> ICONS = Map.of(DeliveryChannel.EMAIL, Icons.EMAIL,
            DeliveryChannel.SMS, Icons.SMS, DeliveryChannel.PUSH, Icons.PUSH, DeliveryChannel.VOICE, Icons.VOICE,
            DeliveryChannel.CUSTOM, Icons.CUSTOM);

    private final SendingLimitsViewModel viewModel;

    public SendingLimitsView(SendingLimitsViewModel viewModel) {
        super(16);
        this.viewModel = viewModel;
        setId("sending-limits");
        getStyleClass().add("panel");

        Label intro = SettingInputs.small(new Label("The most messages a second Tidings sends on each channel, across "
                + "all sends and campaigns. Providers refuse or slow down messages beyond their own limit, so set it "
                + "to the limit of your account (Amazon SES: your sending quota's rate). Empty means no limit."),
                Styles.TEXT_MUTED);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            String id = "limit-" + channel.name().toLowerCase(Locale.ROOT);
            Label name = new Label(ChannelSummary.name(channel), new FontIcon(ICONS.get(channel)));
            name.setGraphicTextGap(10);
            name.setMinWidth(Label.USE_PREF_SIZE);
            TextField field = new TextField();
            field.setId(id);
            field.setPrefColumnCount(8);
            field.setAlignment(Pos.CENTER_RIGHT);
            field.setPromptText("No limit");
            field.textProperty().bindBidirectional(viewModel.rateProperty(channel));
            Label unit = new Label("messages a second");
            unit.getStyleClass().add(Styles.TEXT_MUTED);
            Label problem = SettingInputs.small(new Label(), Styles.DANGER);
            problem.setId(id + "-problem");
            problem.textProperty().bind(viewModel.problemProperty(channel));
            SettingInputs.showWhen(problem, problem.textProperty().isNotEmpty());
            problem.textProperty().addListener((observable, old, text) -> {
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty());
            });
            grid.addRow(row++, name, field, unit);
            grid.add(problem, 1, row++, 2, 1);
        }

        Button save = new Button("Save", new FontIcon("fth-check"));
        save.setId("limits-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setMinWidth(Button.USE_PREF_SIZE);
        save.disableProperty().bind(viewModel.unsavedProperty().not());
        save.setOnAction(event -> viewModel.save(() -> { }, this::showFirstProblem));
        Label message = SettingInputs.small(new Label(), Styles.SUCCESS);
        message.setId("limits-message");
        message.textProperty().bind(viewModel.messageProperty());
        Label problem = SettingInputs.small(new Label(), Styles.DANGER);
        problem.setId("limits-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        SettingInputs.showWhen(problem, problem.textProperty().isNotEmpty());
        HBox actions = new HBox(12, save, new UnsavedMarker(viewModel, "limits-unsaved"), message);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(intro, problem, grid, actions);
        SaveShortcut.install(this, viewModel);
    }

    @Override
    public List<UnsavedEdits> editors() {
        return List.of(viewModel);
    }

    private void showFirstProblem() {
        lookupAll(".label").stream().filter(node -> node.getId() != null && node.getId().endsWith("-problem")
                && node.isVisible()).findFirst().ifPresent(ScrollIntoView::later);
    }
}
