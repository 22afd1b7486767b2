package io.tidings.journey.ui.canvas;

import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The menu behind a "+" beside an open port (or Shift+F10 and "+" on a focused card): the kinds of activity, the
 * chosen one added to the right of the port and connected to it. A card with several open ports lists them, each with
 * the kinds under it.
 */
final class QuickAddMenu {

    private final JourneyCanvasViewModel model;
    private ContextMenu shown;

    QuickAddMenu(JourneyCanvasViewModel model) {
        this.model = model;
    }

    /** Opens the menu beside {@code anchor} for the open ports of the card {@code key} (null: the entry). */
    void open(Node anchor, String key, List<Port> ports) {
        close();
        ContextMenu menu = new ContextMenu();
        menu.setId("quick-add-menu");
        if (ports.size() == 1) {
            menu.getItems().setAll(kinds(outlet(key, ports.get(0))));
        } else {
            for (Port port : ports) {
                Menu after = new Menu("After " + port.label());
                after.setId("quick-add-after-" + port.name());
                after.getItems().setAll(kinds(outlet(key, port)));
                menu.getItems().add(after);
            }
        }
        shown = menu;
        menu.show(anchor, Side.RIGHT, 6, 0);
        // From the keyboard the first item is ready for the arrows and Enter.
        if (menu.getSkin() != null) {
            menu.getSkin().getNode().requestFocus();
        }
    }

    void close() {
        if (shown != null) {
            shown.hide();
            shown = null;
        }
    }

    private List<MenuItem> kinds(Outlet outlet) {
        return java.util.Arrays.stream(ActivityKind.values()).map(kind -> {
            MenuItem item = new MenuItem(kind.label(), new FontIcon(kind.icon()));
            item.setId("quick-add-" + kind.id());
            item.setOnAction(chosen -> model.addAfter(outlet, kind));
            return item;
        }).toList();
    }

    private static Outlet outlet(String key, Port port) {
        return key == null ? Outlet.ENTRY : Outlet.of(key, port);
    }
}
