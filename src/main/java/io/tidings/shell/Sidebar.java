package io.tidings.shell;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The navigation column: one button per section, the current one selected. */
final class Sidebar extends VBox {

    Sidebar(ShellViewModel<?> viewModel) {
        getStyleClass().add("sidebar");
        setId("sidebar");
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
            button.setId(section.navigationId());
            button.getStyleClass().add("nav-button");
            button.setContentDisplay(ContentDisplay.LEFT);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setUserData(section);
            button.setTooltip(new Tooltip(section.title() + "  (" + section.shortcut().getDisplayText() + ")"));
            button.setFocusTraversable(true);
            button.setOnAction(event -> {
                viewModel.showSection(section);
                // the section shown, which is still the old one while the user is asked about unsaved changes
                select(group, viewModel.sectionProperty().get());
            });
            if (section == Section.SETTINGS) {
                VBox spacer = new VBox();
                VBox.setVgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
                getChildren().add(spacer);
            }
            getChildren().add(button);
        }
        select(group, viewModel.sectionProperty().get());
        viewModel.sectionProperty().addListener((observable, old, section) -> select(group, section));
    }

    private static void select(ToggleGroup group, Section section) {
        group.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == section)
                .findFirst()
                .ifPresent(toggle -> toggle.setSelected(true));
    }
}
