package io.tidings.journey.ui.canvas;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The activities a marketer adds to the journey: drag one onto the canvas, or double-click it (Enter from the
 * keyboard) to add it in the middle of the canvas. Disabled while the journey is only looked at.
 */
public final class ActivityPalette extends VBox {

    private static final String STYLESHEET = ActivityPalette.class.getResource("journey-canvas.css").toExternalForm();

    public ActivityPalette(JourneyCanvasViewModel model) {
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("activity-palette");
        setId("activity-palette");
        Label heading = new Label("Add an activity");
        heading.getStyleClass().add("palette-heading");
        getChildren().add(heading);
        for (ActivityKind kind : ActivityKind.values()) {
            getChildren().add(item(model, kind));
        }
        disableProperty().bind(model.document().readOnlyProperty());
    }

    private static Label item(JourneyCanvasViewModel model, ActivityKind kind) {
        Label item = new Label(kind.label(), new FontIcon(kind.icon()));
        item.getStyleClass().add("palette-item");
        item.setId("palette-" + kind.id());
        item.setFocusTraversable(true);
        item.setMaxWidth(Double.MAX_VALUE);
        item.getProperties().put(ActivityKind.class, kind);
        item.setTooltip(new Tooltip("Drag onto the canvas, or double-click to add in the middle"));
        item.addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                item.startFullDrag();
                event.consume();
            }
        });
        item.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            item.requestFocus();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.addActivityAtCentre(kind);
            }
        });
        item.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                model.addActivityAtCentre(kind);
                event.consume();
            }
        });
        return item;
    }
}
