package io.tidings.settings.ui;

import atlantafx.base.theme.Styles;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedEdits;
import io.tidings.shell.UnsavedMarker;
import io.tidings.workspace.Theme;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Settings › General: the app's look, the open workspace's name and phone region, and where Tidings keeps files. */
final class GeneralSettingsView extends VBox implements EditorScreen {

    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withZone(ZoneId.systemDefault());

    private final SettingsViewModel viewModel;

    GeneralSettingsView(SettingsViewModel viewModel) {
        super(20);
        this.viewModel = viewModel;
        setId("settings-general");
        getChildren().addAll(appearance(viewModel), workspace(viewModel), files(viewModel));
    }

    @Override
    public List<UnsavedEdits> editors() {
        return List.of(viewModel);
    }

    private static Node appearance(SettingsViewModel viewModel) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton light = new ToggleButton("Light", new FontIcon("fth-sun"));
        light.setId("theme-light");
        light.setUserData(Theme.LIGHT);
        light.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton dark = new ToggleButton("Dark", new FontIcon("fth-moon"));
        dark.setId("theme-dark");
        dark.setUserData(Theme.DARK);
        dark.getStyleClass().add(Styles.RIGHT_PILL);
        group.getToggles().addAll(light, dark);
        group.selectToggle(viewModel.themeProperty().get() == Theme.DARK ? dark : light);
        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                group.selectToggle(old); // one theme is always chosen
            } else {
                viewModel.themeProperty().set((Theme) selected.getUserData());
            }
        });
        viewModel.themeProperty().addListener((observable, old, theme) ->
                group.selectToggle(theme == Theme.DARK ? dark : light));
        return panel("Appearance", form(row("Theme", new HBox(light, dark))));
    }

    private static Node workspace(SettingsViewModel viewModel) {
        TextField name = new TextField();
        name.setId("settings-workspace-name");
        name.textProperty().bindBidirectional(viewModel.nameProperty());
        ComboBox<SettingsViewModel.Region> region = new ComboBox<>();
        region.setId("settings-default-region");
        region.getItems().setAll(viewModel.regions());
        region.valueProperty().bindBidirectional(viewModel.regionProperty());
        region.setMaxWidth(Double.MAX_VALUE);
        Label regionHint = new Label("Used for phone numbers written without a + and country code.");
        regionHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Button save = new Button("Save");
        save.setId("settings-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setMinWidth(Button.USE_PREF_SIZE);
        save.disableProperty().bind(viewModel.changedBinding().not());
        save.setOnAction(event -> viewModel.save());
        Label message = new Label();
        message.setId("settings-message");
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(viewModel.messageProperty());
        Label problem = new Label();
        problem.setId("settings-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(viewModel.problemProperty());
        HBox.setHgrow(problem, Priority.ALWAYS);
        HBox actions = new HBox(12, save, new UnsavedMarker(viewModel, "settings-unsaved"), message, problem);
        actions.setAlignment(Pos.CENTER_LEFT);

        var info = viewModel.info();
        GridPane form = form(
                row("Name", name),
                row("Phone region", new VBox(4, region, regionHint)),
                row("File", selectable(info.file().toString())),
                row("Created", new Label(CREATED.format(info.createdAt()))),
                row("Format", new Label("Workspace format " + info.schemaVersion())));
        VBox panel = panel("Workspace", new VBox(12, form, actions));
        SaveShortcut.install(panel, viewModel);
        return panel;
    }

    private static Node files(SettingsViewModel viewModel) {
        return panel("Where Tidings keeps its files", form(
                row("Workspaces", selectable(viewModel.directories().workspaces().toString())),
                row("Settings", selectable(viewModel.directories().settingsFile().toString())),
                row("Logs", selectable(viewModel.directories().logs().toString()))));
    }

    private static Label selectable(String text) {
        // JavaFX wraps only at spaces, so a long path would break inside a name: it keeps its end (the file's name)
        // in sight and leaves out the start of the folders instead, the whole path in the tooltip.
        Label label = new Label(text);
        label.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        label.setTooltip(new Tooltip(text));
        label.setMinWidth(0);
        label.getStyleClass().add("path-label");
        return label;
    }

    private static Node[] row(String label, Node field) {
        Label caption = new Label(label);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.setMinWidth(Label.USE_PREF_SIZE);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return new Node[] {caption, field};
    }

    private static GridPane form(Node[]... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        for (int index = 0; index < rows.length; index++) {
            grid.addRow(index, rows[index]);
        }
        return grid;
    }

    private static VBox panel(String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox panel = new VBox(12, heading, body);
        panel.getStyleClass().add("panel");
        return panel;
    }
}
