package io.tidings.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.tidings.workspace.Theme;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.beans.value.ObservableValue;

/** Applies AtlantaFX's Primer light or dark stylesheet to the whole app, following the theme. */
public final class ThemeStyles {

    /** Tidings' own stylesheet, on top of the theme; it uses only the theme's colour variables. */
    public static final String APP_STYLESHEET = ThemeStyles.class.getResource("tidings.css").toExternalForm();

    /** Popups without shadows or rounded corners, for a display that cannot show transparent windows. */
    public static final String FLAT_POPUPS_STYLESHEET = ThemeStyles.class.getResource("flat-popups.css").toExternalForm();

    private ThemeStyles() {
    }

    /**
     * Tidings' stylesheets for a scene: its own, and flat popups where the display cannot draw a popup's shadow (it
     * would paint a white frame around every menu and tooltip, which shows in the dark theme).
     */
    public static void addTo(Scene scene) {
        scene.getStylesheets().add(APP_STYLESHEET);
        if (!Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)) {
            scene.getStylesheets().add(FLAT_POPUPS_STYLESHEET);
        }
    }

    public static void follow(ObservableValue<Theme> theme) {
        apply(theme.getValue());
        theme.addListener((observable, old, current) -> apply(current));
    }

    private static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
