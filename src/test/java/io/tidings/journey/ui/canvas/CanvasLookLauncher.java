package io.tidings.journey.ui.canvas;

import javafx.application.Application;

/** Starts {@link CanvasLook} from a plain main, as JavaFX wants when it is not on the module path. */
public final class CanvasLookLauncher {

    private CanvasLookLauncher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("timings")) {
            Application.launch(CanvasTimings.class, args);
        } else {
            Application.launch(CanvasLook.class, args);
        }
    }
}
