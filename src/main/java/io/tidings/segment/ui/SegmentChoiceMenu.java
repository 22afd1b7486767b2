package io.tidings.segment.ui;

import io.tidings.segment.Segment;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

/** Fills a menu with a tick per saved segment; ticking adds the segment to a list, unticking removes it. */
final class SegmentChoiceMenu {

    private SegmentChoiceMenu() {
    }

    static void fill(MenuButton menu, List<Segment> available, ObservableList<Segment> chosen) {
        menu.getItems().clear();
        if (available.isEmpty()) {
            MenuItem none = new MenuItem("No other saved segments yet");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (Segment other : available) {
            CheckMenuItem item = new CheckMenuItem(other.name());
            item.setMnemonicParsing(false);
            item.setSelected(chosen.stream().anyMatch(segment -> segment.id() == other.id()));
            item.setOnAction(event -> {
                chosen.removeIf(segment -> segment.id() == other.id());
                if (item.isSelected()) {
                    chosen.add(other);
                }
            });
            menu.getItems().add(item);
        }
    }
}
