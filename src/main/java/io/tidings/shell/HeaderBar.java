package io.tidings.shell;

import io.tidings.workspace.Theme;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The top of the window: the product, the open workspace with its switcher, and the theme. */
final class HeaderBar extends HBox {

    static final KeyCombination NEW_WORKSPACE = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN_WORKSPACE = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RENAME_WORKSPACE = new KeyCodeCombination(KeyCode.F2);
    static final KeyCombination TOGGLE_THEME =
            new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ShellViewModel<?> viewModel;
    private final MenuButton switcher = new MenuButton();

    HeaderBar(ShellViewModel<?> viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("header-bar");
        setAlignment(Pos.CENTER_LEFT);

        Label product = new Label("Tidings", new FontIcon("fth-radio"));
        product.getStyleClass().add("product-name");

        switcher.setId("workspace-switcher");
        switcher.getStyleClass().add("workspace-switcher");
        switcher.setGraphic(new FontIcon("fth-database"));
        switcher.textProperty().bind(viewModel.workspaceTitleProperty());
        switcher.setTooltip(new Tooltip("Switch, create, open or rename workspaces"));
        switcher.setOnShowing(event -> rebuildMenu());
        switcher.disableProperty().bind(viewModel.openingProperty());
        rebuildMenu();

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button themeToggle = new Button();
        themeToggle.setId("theme-toggle");
        themeToggle.getStyleClass().addAll("flat", "button-circle");
        themeToggle.setOnAction(event -> viewModel.toggleTheme());
        showTheme(themeToggle, viewModel.themeProperty().get());
        viewModel.themeProperty().addListener((observable, old, theme) -> showTheme(themeToggle, theme));

        getChildren().addAll(product, switcher, spacer, themeToggle);
    }

    private void rebuildMenu() {
        switcher.getItems().clear();
        for (Path recent : viewModel.recentWorkspaces()) {
            MenuItem item = new MenuItem(recent.getFileName().toString());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.openWorkspace(recent));
            switcher.getItems().add(item);
        }
        if (!switcher.getItems().isEmpty()) {
            switcher.getItems().add(new SeparatorMenuItem());
        }
        switcher.getItems().addAll(
                item("New workspace…", "menu-new-workspace", NEW_WORKSPACE, viewModel::createWorkspace),
                item("Open workspace…", "menu-open-workspace", OPEN_WORKSPACE, viewModel::chooseAndOpenWorkspace),
                item("Rename workspace…", "menu-rename-workspace", RENAME_WORKSPACE, viewModel::renameWorkspace),
                new SeparatorMenuItem(),
                item("Open the sample workspace", "menu-sample-workspace", null, viewModel::openSampleWorkspace));
    }

    private static MenuItem item(String text, String id, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }

    private static void showTheme(Button toggle, Theme theme) {
        boolean dark = theme == Theme.DARK;
        toggle.setGraphic(new FontIcon(dark ? "fth-sun" : "fth-moon"));
        toggle.setTooltip(new Tooltip((dark ? "Light" : "Dark") + " theme  (" + TOGGLE_THEME.getDisplayText() + ")"));
        toggle.setAccessibleText(dark ? "Switch to the light theme" : "Switch to the dark theme");
    }
}
