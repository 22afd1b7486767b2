package io.tidings.settings.ui;

import atlantafx.base.theme.Styles;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.UnsavedEdits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Settings: a list of pages on the left (General first, then the pages other features hand in), the chosen page on
 * the right. Every page stays built while another is shown, so switching pages loses no edits; leaving Settings asks
 * about the edits of every page.
 */
public final class SettingsView extends BorderPane implements EditorScreen {

    private static final String STYLESHEET = SettingsView.class.getResource("settings.css").toExternalForm();
    private static final double PAGE_WIDTH = 860;

    private final List<SettingsPage> pages = new ArrayList<>();
    private final Map<SettingsPage, ToggleButton> entries = new LinkedHashMap<>();
    private final ScrollPane scroll = new ScrollPane();
    private final Label pageTitle = new Label();
    private final VBox page = new VBox(16);

    /** @param otherPages the pages after General, in their order: sending limits, channels, the sandbox, … */
    public SettingsView(SettingsViewModel viewModel, List<SettingsPage> otherPages) {
        setId("settings");
        getStyleClass().add("settings");
        getStylesheets().add(STYLESHEET);
        pages.add(new SettingsPage("general", "General", "fth-sliders", new GeneralSettingsView(viewModel),
                viewModel.unsavedProperty(), () -> { }));
        pages.addAll(otherPages);

        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);
        VBox list = new VBox(2, title);
        list.getStyleClass().add("settings-pages");
        ToggleGroup group = new ToggleGroup();
        for (SettingsPage shown : pages) {
            ToggleButton entry = entry(shown, group);
            entries.put(shown, entry);
            list.getChildren().add(entry);
        }
        setLeft(list);

        pageTitle.setId("settings-page-title");
        pageTitle.getStyleClass().add(Styles.TITLE_3);
        page.setPadding(new Insets(24));
        page.setMaxWidth(PAGE_WIDTH);
        page.getStyleClass().add("section-page");
        scroll.setId("settings-scroll");
        scroll.getStyleClass().add("section-scroll");
        scroll.setFitToWidth(true);
        scroll.setContent(page);
        setCenter(scroll);

        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                group.selectToggle(old); // one page is always shown
            } else {
                show((SettingsPage) selected.getUserData());
            }
        });
        group.selectToggle(entries.get(pages.get(0)));
    }

    /** Shows the page whose id is {@code id}, as a click on its name does. */
    public void showPage(String id) {
        pages.stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                .ifPresent(wanted -> entries.get(wanted).setSelected(true));
    }

    @Override
    public List<UnsavedEdits> editors() {
        return pages.stream().flatMap(each -> each.editors().stream()).toList();
    }

    private ToggleButton entry(SettingsPage shown, ToggleGroup group) {
        FontIcon mark = new FontIcon("fth-edit-3");
        mark.getStyleClass().add("unsaved-mark");
        mark.visibleProperty().bind(shown.unsaved());
        Label name = new Label(shown.title());
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox text = new HBox(8, name, mark);
        text.setAlignment(Pos.CENTER_LEFT);
        ToggleButton entry = new ToggleButton(null, new HBox(12, new FontIcon(shown.icon()), text));
        ((HBox) entry.getGraphic()).setAlignment(Pos.CENTER_LEFT);
        entry.setId("settings-page-" + shown.id());
        entry.setUserData(shown);
        entry.setToggleGroup(group);
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setAlignment(Pos.CENTER_LEFT);
        entry.getStyleClass().add("settings-page-entry");
        entry.setTooltip(new Tooltip(shown.title()));
        entry.setAccessibleText(shown.title());
        HBox.setHgrow(text, Priority.ALWAYS);
        return entry;
    }

    private void show(SettingsPage shown) {
        pageTitle.setText(shown.title());
        page.getChildren().setAll(pageTitle, shown.content());
        scroll.setVvalue(0);
        shown.whenShown().run();
    }
}
