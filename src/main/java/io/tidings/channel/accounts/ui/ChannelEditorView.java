package io.tidings.channel.accounts.ui;

import atlantafx.base.theme.Styles;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.accounts.Providers;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import io.tidings.shell.UnsavedMarker;
import io.tidings.ui.ScrollIntoView;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editor of one channel's account, opened under its row; Enter saves, Escape cancels. */
final class ChannelEditorView extends VBox {

    private static final double LABEL_WIDTH = 160;

    private final ChannelEditorViewModel viewModel;

    ChannelEditorView(ChannelEditorViewModel viewModel) {
        super(16);
        this.viewModel = viewModel;
        setId("account-editor");
        getStyleClass().add("account-editor");

        getChildren().add(providerRow());
        for (Providers.Provider provider : Providers.of(viewModel.channel())) {
            getChildren().add(providerSection(provider.name()));
        }
        Label plaintext = SettingInputs.small(new Label(), Styles.WARNING);
        plaintext.setId("account-plaintext-warning");
        plaintext.setGraphic(new FontIcon("fth-alert-triangle"));
        plaintext.textProperty().bind(viewModel.plaintextWarningProperty());
        SettingInputs.showWhen(plaintext, viewModel.plaintextWarningProperty().isNotNull());
        getChildren().add(plaintext);
        getChildren().add(grid(viewModel.settingsOf(null).stream().map(this::settingRow).toList()));

        Label otherProblems = SettingInputs.small(new Label(), Styles.DANGER);
        otherProblems.setId("account-problem");
        otherProblems.textProperty().bind(viewModel.otherProblemsProperty());
        SettingInputs.showWhen(otherProblems, viewModel.otherProblemsProperty().isNotNull());
        getChildren().addAll(otherProblems, actions());
        viewModel.problems().addListener((MapChangeListener<String, String>) change -> scrollToFirstProblem());
        viewModel.otherProblemsProperty().addListener((observable, old, problem) -> scrollToFirstProblem());

        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.save();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                viewModel.cancel();
                event.consume();
            }
        });
        Platform.runLater(() -> lookupAll(".text-field").stream().filter(Node::isVisible).findFirst()
                .ifPresent(Node::requestFocus));
    }

    private HBox providerRow() {
        List<List<String>> choices = viewModel.providerChoices();
        Node chooser;
        if (choices.size() > 1) {
            ComboBox<List<String>> box = new ComboBox<>();
            box.setId("account-provider");
            box.getItems().setAll(choices);
            box.setConverter(SettingInputs.words(SettingWords::provider));
            box.valueProperty().bindBidirectional(viewModel.providerProperty());
            chooser = box;
        } else {
            Label only = new Label(SettingWords.provider(choices.get(0)));
            only.setId("account-provider");
            chooser = only;
        }
        return row(label("Send through"), chooser);
    }

    /** One provider's settings, shown while it is chosen; the rarely changed ones under "More settings". */
    private Node providerSection(String provider) {
        List<Setting> settings = viewModel.settingsOf(provider);
        Label heading = new Label(SettingWords.provider(List.of(provider)));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        SettingInputs.showWhen(heading, Bindings.createBooleanBinding(
                () -> viewModel.providerProperty().get().size() > 1, viewModel.providerProperty()));
        List<HBox> rows = new java.util.ArrayList<>();
        if (provider.equals("smtp")) {
            rows.add(relayRow());
        }
        settings.stream().filter(setting -> !setting.words().advanced()).map(this::settingRow).forEach(rows::add);
        VBox section = new VBox(10, heading, grid(rows));
        List<Setting> advanced = settings.stream().filter(setting -> setting.words().advanced()).toList();
        if (!advanced.isEmpty()) {
            section.getChildren().add(moreSettings(provider, advanced));
        }
        SettingInputs.showWhen(section, Bindings.createBooleanBinding(
                () -> viewModel.providerProperty().get().contains(provider), viewModel.providerProperty()));
        return section;
    }

    /** A well-known relay to fill the host, port and security from, with how it wants the login made. */
    private HBox relayRow() {
        ComboBox<SmtpRelay> relays = new ComboBox<>();
        relays.setId("account-smtp-relay");
        relays.getItems().setAll(SmtpRelay.all());
        relays.setPromptText("Fill in the host, port and security for…");
        relays.setMinWidth(120);
        relays.setPrefWidth(360);
        relays.setMaxWidth(Double.MAX_VALUE);
        relays.setVisibleRowCount(12);
        Label login = SettingInputs.small(new Label(), Styles.TEXT_MUTED);
        login.setId("account-smtp-relay-login");
        SettingInputs.showWhen(login, login.textProperty().isNotEmpty());
        relays.valueProperty().addListener((observable, old, relay) -> {
            if (relay != null) {
                viewModel.useRelay(relay);
                login.setText(relay.login());
            }
        });
        return row(label("Common relays"), new VBox(3, relays, login));
    }

    private boolean scrollPending;

    private void scrollToFirstProblem() {
        if (!scrollPending) {
            scrollPending = true;
            Platform.runLater(() -> {
                scrollPending = false;
                applyCss();
                layout();
                showFirstProblem();
            });
        }
    }

    /** After a check, the first problem in sight, since a long form may hide it below the fold. */
    private void showFirstProblem() {
        lookupAll("." + SettingInputs.PROBLEM).stream().filter(Node::isVisible)
                .filter(node -> node.getParent() != null && node.getParent().isVisible())
                .min(java.util.Comparator.comparingDouble(node -> node.localToScene(0, 0).getY()))
                .or(() -> java.util.Optional.ofNullable(lookup("#account-problem")).filter(Node::isVisible))
                .ifPresent(ScrollIntoView::now);
    }

    private TitledPane moreSettings(String provider, List<Setting> advanced) {
        TitledPane more = new TitledPane("More settings", grid(advanced.stream().map(this::settingRow).toList()));
        more.setId("account-more-" + provider);
        more.getStyleClass().add(Styles.DENSE);
        boolean anySet = advanced.stream().anyMatch(setting -> setting.json() != null && !(setting instanceof ChoiceSetting));
        more.setExpanded(anySet);
        viewModel.problems().addListener((MapChangeListener<String, String>) change -> {
            if (change.wasAdded() && advanced.stream().anyMatch(setting -> setting.path().equals(change.getKey()))) {
                more.setExpanded(true);
            }
        });
        return more;
    }

    private HBox settingRow(Setting setting) {
        HBox row = row(label(setting.words().label()), SettingInputs.cell(setting, viewModel));
        SettingInputs.showWhen(row, viewModel.shownBinding(setting));
        return row;
    }

    private HBox actions() {
        // Neither button is disabled while busy (the view model ignores repeats): a disabled button would pass the
        // keyboard focus on to the next row's Edit button.
        Button save = new Button("Save", new FontIcon("fth-check"));
        save.setId("account-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> viewModel.save());
        Button cancel = new Button("Cancel");
        cancel.setId("account-cancel");
        cancel.setOnAction(event -> viewModel.cancel());
        Button test = new Button("Test connection", new FontIcon("fth-activity"));
        test.setId("account-test");
        test.setOnAction(event -> viewModel.testConnection());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("account-test-busy");
        busy.setPrefSize(18, 18);
        busy.setMinSize(18, 18);
        SettingInputs.showWhen(busy, viewModel.testingProperty());
        Label result = new Label();
        result.setId("account-test-result");
        result.setWrapText(true);
        result.setMinWidth(0);
        // A wrapped message needs its full height, or it overlaps what is above.
        result.setMinHeight(Region.USE_PREF_SIZE);
        viewModel.testResultProperty().addListener((observable, old, check) -> showResult(result, check));
        showResult(result, viewModel.testResultProperty().get());
        HBox.setHgrow(result, Priority.ALWAYS);
        for (Button button : List.of(save, cancel, test)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox actions = new HBox(10, save, cancel, test, new UnsavedMarker(viewModel, "account-unsaved"), busy, result);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private static void showResult(Label result, ConnectionCheck check) {
        result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        result.setText(check == null ? "" : check.message());
        result.setGraphic(check == null ? null : new FontIcon(check.ok() ? "fth-check-circle" : "fth-x-circle"));
        if (check != null) {
            result.getStyleClass().add(check.ok() ? Styles.SUCCESS : Styles.DANGER);
        }
    }

    /** Label and input side by side, one row each; a hidden row takes no room (a GridPane would keep its gap). */
    private static VBox grid(List<HBox> rows) {
        return new VBox(10, rows.toArray(Node[]::new));
    }

    private static HBox row(Label caption, Node input) {
        caption.setMinWidth(LABEL_WIDTH);
        caption.setPrefWidth(LABEL_WIDTH);
        caption.setMaxWidth(LABEL_WIDTH);
        HBox.setHgrow(input, Priority.ALWAYS);
        HBox row = new HBox(16, caption, input);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("setting-label");
        label.setWrapText(true);
        return label;
    }
}
