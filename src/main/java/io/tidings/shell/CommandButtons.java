package io.tidings.shell;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/** Binds buttons to {@link UiCommand}s: enabled when the command can run, saying why not when it cannot. */
public final class CommandButtons {

    /** The style class of the pane around a command's button. */
    public static final String WRAPPER_STYLE_CLASS = "command-button";

    private CommandButtons() {
    }

    /**
     * Makes {@code button} run {@code command}, disabled while it cannot run, and returns the node to
     * put in the layout in the button's place. JavaFX shows no tooltip on a disabled control, so the
     * button sits in a pane that carries the "why not" tooltip while the button is disabled; the
     * disabled button lets the mouse through to that pane. The button keeps its own tooltip, if it
     * has one, for when it is enabled.
     */
    public static Node bind(Button button, UiCommand command) {
        button.disableProperty().bind(command.canRunProperty().not());
        button.mouseTransparentProperty().bind(button.disabledProperty());
        button.setOnAction(event -> command.run());
        Tooltip whyNot = new Tooltip();
        whyNot.textProperty().bind(command.whyNotProperty());
        whyNot.setWrapText(true);
        whyNot.setMaxWidth(360);
        StackPane wrapper = new StackPane(button);
        wrapper.getStyleClass().add(WRAPPER_STYLE_CLASS);
        // as big as the button, as the button would be, so that the layout around it does not change
        wrapper.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        Runnable explain = () -> {
            if (command.canRun()) {
                Tooltip.uninstall(wrapper, whyNot);
            } else {
                Tooltip.install(wrapper, whyNot);
            }
        };
        command.canRunProperty().addListener((observable, old, canRun) -> explain.run());
        explain.run();
        return wrapper;
    }
}
