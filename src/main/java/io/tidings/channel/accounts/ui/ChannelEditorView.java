package io.tidings.channel.accounts.ui;

import atlantafx.base.theme.Styles;
import io.tidings.channel.ChannelSender.ConnectionCheck;
import io.tidings.channel.accounts.Providers;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
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

        getChildren().add(grid(List.<Node[]>of(providerRow())));
        for (Providers.Provider provider : Providers.of(viewModel.channel())) {
            getChildren().add(providerSection(provider.name()));
        }
        getChildren().add(grid(viewModel.settingsOf(null).stream().map(this::settingRow).toList()));

        Label otherProblems = SettingInputs.small(new Label(), Styles.DANGER);
        otherProblems.setId("account-problem");
        otherProblems.textProperty().bind(viewModel.otherProblemsProperty());
        SettingInputs.showWhen(otherProblems, viewModel.otherProblemsProperty().isNotNull());
        getChildren().addAll(otherProblems, actions());

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

    private Node[] providerRow() {
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
        return new Node[] {label("Send through"), chooser};
    }

    /** One provider's settings, shown while it is chosen; the rarely changed ones under "More settings". */
    private Node providerSection(String provider) {
        List<Setting> settings = viewModel.settingsOf(provider);
        Label heading = new Label(SettingWords.provider(List.of(provider)));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        SettingInputs.showWhen(heading, Bindings.createBooleanBinding(
                () -> viewModel.providerProperty().get().size() > 1, viewModel.providerProperty()));
        VBox section = new VBox(10, heading,
                grid(settings.stream().filter(setting -> !setting.words().advanced()).map(this::settingRow).toList()));
        List<Setting> advanced = settings.stream().filter(setting -> setting.words().advanced()).toList();
        if (!advanced.isEmpty()) {
            section.getChildren().add(moreSettings(provider, advanced));
        }
        SettingInputs.showWhen(section, Bindings.createBooleanBinding(
                () -> viewModel.providerProperty().get().contains(provider), viewModel.providerProperty()));
        return section;
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

    private Node[] settingRow(Setting setting) {
        Label caption = label(setting.words().label());
        VBox cell = SettingInputs.cell(setting, viewModel);
        BooleanBinding shown = viewModel.shownBinding(setting);
        SettingInputs.showWhen(caption, shown);
        SettingInputs.showWhen(cell, shown);
        return new Node[] {caption, cell};
    }

    private HBox actions() {
        Button save = new Button("Save", new FontIcon("fth-check"));
        save.setId("account-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.savingProperty());
        save.setOnAction(event -> viewModel.save());
        Button cancel = new Button("Cancel");
        cancel.setId("account-cancel");
        cancel.setOnAction(event -> viewModel.cancel());
        Button test = new Button("Test connection", new FontIcon("fth-activity"));
        test.setId("account-test");
        test.disableProperty().bind(viewModel.testingProperty());
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
        viewModel.testResultProperty().addListener((observable, old, check) -> showResult(result, check));
        showResult(result, viewModel.testResultProperty().get());
        HBox.setHgrow(result, Priority.ALWAYS);
        HBox actions = new HBox(10, save, cancel, test, busy, result);
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

    private static GridPane grid(List<Node[]> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
        for (int index = 0; index < rows.size(); index++) {
            grid.addRow(index, rows.get(index));
        }
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("setting-label");
        label.setWrapText(true);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }
}
