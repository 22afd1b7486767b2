package io.tidings.journey.ui.canvas;

import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseEvent;
import javafx.stage.Screen;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The menu behind a "+" beside an open port (or Shift+F10 and "+" on a focused card): the kinds of activity, the
 * chosen one added to the right of the port and connected to it. A card with several open ports lists them, each with
 * the kinds under it. The same menu opens where a connection dragged from an open port is dropped on the empty
 * canvas: the chosen activity goes there.
 */
final class QuickAddMenu {

    private final JourneyCanvasViewModel model;
    private ContextMenu shown;
    /** Whether the menu shown is the one where a connection was dropped, its line still drawn. */
    private boolean atDrop;

    QuickAddMenu(JourneyCanvasViewModel model) {
        this.model = model;
    }

    /** Opens the menu beside {@code anchor} for the open ports of the card {@code key} (null: the entry). */
    void open(Node anchor, String key, List<Port> ports) {
        close();
        ContextMenu menu = new ContextMenu();
        menu.setId("quick-add-menu");
        if (ports.size() == 1) {
            Outlet outlet = outlet(key, ports.get(0));
            menu.getItems().setAll(kinds(kind -> model.addAfter(outlet, kind)));
        } else {
            for (Port port : ports) {
                Menu after = new Menu("After " + port.label());
                after.setId("quick-add-after-" + port.name());
                Outlet outlet = outlet(key, port);
                after.getItems().setAll(kinds(kind -> model.addAfter(outlet, kind)));
                menu.getItems().add(after);
            }
        }
        shown = menu;
        menu.show(anchor, Side.RIGHT, 6, 0);
        readyForKeys(menu);
    }

    /**
     * Opens the menu at a point of the screen where a connection from {@code outlet} was dropped ({@code dropped} on
     * the canvas); {@code closed} runs when it closes, whether a kind was chosen or not (Esc, a click elsewhere).
     * Near the screen's right or bottom edge the menu opens leftwards or upwards, whole.
     */
    void openAtDrop(Node owner, Outlet outlet, Position dropped, double screenX, double screenY, Runnable closed) {
        close();
        ContextMenu menu = new ContextMenu();
        menu.setId("quick-add-menu");
        menu.getItems().setAll(kinds(kind -> model.addWhereDropped(outlet, kind, dropped)));
        // Where the platform does not report a click outside the menu (Monocle, some embedded screens), a press in the
        // window closes it all the same, and does nothing else.
        Scene scene = owner.getScene();
        EventHandler<MouseEvent> pressedElsewhere = event -> {
            menu.hide();
            event.consume();
        };
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, pressedElsewhere);
        menu.setOnHidden(event -> {
            scene.removeEventFilter(MouseEvent.MOUSE_PRESSED, pressedElsewhere);
            if (shown == menu) {
                shown = null;
                atDrop = false;
            }
            closed.run();
        });
        shown = menu;
        atDrop = true;
        menu.show(owner, screenX, screenY);
        keepWhole(menu, screenX, screenY);
        readyForKeys(menu);
    }

    /** Opens leftwards and upwards from the point where there is no room right of it and below it. */
    private static void keepWhole(ContextMenu menu, double screenX, double screenY) {
        Rectangle2D screen = Screen.getScreensForRectangle(screenX, screenY, 1, 1).stream().findFirst()
                .orElse(Screen.getPrimary()).getVisualBounds();
        if (screenX + menu.getWidth() > screen.getMaxX()) {
            menu.setX(Math.max(screen.getMinX(), screenX - menu.getWidth()));
        }
        if (screenY + menu.getHeight() > screen.getMaxY()) {
            menu.setY(Math.max(screen.getMinY(), screenY - menu.getHeight()));
        }
    }

    boolean isOpenAtDrop() {
        return atDrop && shown != null && shown.isShowing();
    }

    void close() {
        if (shown != null) {
            ContextMenu closing = shown;
            shown = null;
            atDrop = false;
            closing.hide();
        }
    }

    /** From the keyboard the first item is ready for the arrows and Enter. */
    private static void readyForKeys(ContextMenu menu) {
        if (menu.getSkin() != null) {
            menu.getSkin().getNode().requestFocus();
        }
    }

    private static List<MenuItem> kinds(Consumer<ActivityKind> add) {
        return java.util.Arrays.stream(ActivityKind.values()).map(kind -> {
            MenuItem item = new MenuItem(kind.label(), new FontIcon(kind.icon()));
            item.setId("quick-add-" + kind.id());
            item.setOnAction(chosen -> add.accept(kind));
            return item;
        }).toList();
    }

    private static Outlet outlet(String key, Port port) {
        return key == null ? Outlet.ENTRY : Outlet.of(key, port);
    }
}
