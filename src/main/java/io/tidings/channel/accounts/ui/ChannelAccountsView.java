package io.tidings.channel.accounts.ui;

import io.tidings.ui.Icons;
import atlantafx.base.theme.Styles;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccounts;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedEdits;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Channels panel of Settings: one row per channel saying where its messages go, and its editor. */
public final class ChannelAccountsView extends VBox implements EditorScreen {

    private static final String STYLESHEET = ChannelAccountsView.class.getResource("accounts.css").toExternalForm();
    private static final Map<DeliveryChannel, String> ICONS = Map.of(DeliveryChannel.EMAIL, Icons.EMAIL,
            DeliveryChannel.SMS, Icons.SMS, DeliveryChannel.PUSH, Icons.PUSH, DeliveryChannel.VOICE, Icons.VOICE,
            DeliveryChannel.CUSTOM, Icons.CUSTOM);

    private static final double ICON_WIDTH = 24;

    private final ChannelAccountsViewModel viewModel;
    private final VBox rows = new VBox();

    public ChannelAccountsView(ChannelAccountsViewModel viewModel) {
        super(12);
        this.viewModel = viewModel;
        setId("channel-accounts");
        getStyleClass().addAll("panel", "channel-accounts");
        getStylesheets().add(STYLESHEET);

        Label intro = SettingInputs.small(new Label("Where each channel's messages go. A channel without an account "
                + "sends to the sandbox, where you can read every message without anything leaving this computer."),
                Styles.TEXT_MUTED);
        Label message = SettingInputs.small(new Label(), Styles.SUCCESS);
        message.setId("channel-accounts-message");
        message.textProperty().bind(viewModel.messageProperty());
        SettingInputs.showWhen(message, viewModel.messageProperty().isNotEmpty());
        Label problem = SettingInputs.small(new Label(), Styles.DANGER);
        problem.setId("channel-accounts-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        SettingInputs.showWhen(problem, viewModel.problemProperty().isNotEmpty());
        getChildren().addAll(intro, problem, rows, message);

        viewModel.summaries().addListener((Observable changed) -> showRows());
        viewModel.editorProperty().addListener((Observable changed) -> showRows());
        showRows();
        viewModel.load();
    }

    /** The channel editor, while one is open. */
    @Override
    public List<UnsavedEdits> editors() {
        ChannelEditorViewModel editor = viewModel.editorProperty().get();
        return editor == null ? List.of() : List.of(editor);
    }

    private void showRows() {
        rows.getChildren().clear();
        ChannelEditorViewModel editor = viewModel.editorProperty().get();
        for (ChannelSummary summary : viewModel.summaries()) {
            Node row = row(summary, editor != null && editor.channel() == summary.channel());
            if (summary != viewModel.summaries().get(viewModel.summaries().size() - 1)) {
                row.getStyleClass().add("divided");
            }
            rows.getChildren().add(row);
            if (editor != null && editor.channel() == summary.channel()) {
                ChannelEditorView editorView = new ChannelEditorView(editor);
                SaveShortcut.install(editorView, editor);
                VBox.setMargin(editorView, new Insets(4, 0, 12, 0));
                rows.getChildren().add(editorView);
            }
        }
    }

    private Node row(ChannelSummary summary, boolean editing) {
        String id = "channel-" + ChannelAccounts.section(summary.channel());
        FontIcon icon = new FontIcon(ICONS.getOrDefault(summary.channel(), "fth-send"));
        StackPane iconBox = new StackPane(icon);
        iconBox.setMinWidth(ICON_WIDTH);
        iconBox.setPrefWidth(ICON_WIDTH);
        iconBox.setMaxWidth(ICON_WIDTH);
        Label name = new Label(summary.name());
        name.getStyleClass().add("channel-name");
        Label state = new Label(summary.state());
        state.setId(id + "-state");
        state.setWrapText(true);
        state.setTooltip(new Tooltip(summary.description()));
        if (summary.sandbox()) {
            state.getStyleClass().add(Styles.TEXT_MUTED);
        }
        Label details = SettingInputs.small(new Label(summary.details()), Styles.TEXT_MUTED);
        details.setId(id + "-details");
        details.setManaged(!summary.details().isEmpty());
        details.setVisible(!summary.details().isEmpty());
        VBox text = new VBox(2, name, state, details);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button edit = new Button(summary.sandbox() ? "Set up…" : "Edit…");
        edit.setId(id + "-edit");
        edit.setDisable(editing || viewModel.accountsProperty().get() == null);
        edit.setOnAction(event -> viewModel.edit(summary.channel()));
        HBox actions = new HBox(8, edit);
        if (!summary.sandbox()) {
            Button sandbox = new Button("Use sandbox");
            sandbox.setId(id + "-sandbox");
            sandbox.setOnAction(event -> viewModel.useSandbox(summary.channel()));
            actions.getChildren().add(sandbox);
        }
        actions.setMinWidth(HBox.USE_PREF_SIZE);
        actions.setAlignment(Pos.CENTER_RIGHT);
        HBox row = new HBox(14, iconBox, text, actions);
        row.setId(id);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("channel-row");
        return row;
    }
}
