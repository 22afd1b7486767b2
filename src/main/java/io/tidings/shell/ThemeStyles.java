package io.tidings.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.tidings.workspace.Theme;
import javafx.application.Application;
import javafx.beans.value.ObservableValue;

/** Applies AtlantaFX's Primer light or dark stylesheet to the whole app, following the theme. */
public final class ThemeStyles {

    /** Tidings' own stylesheet, on top of the theme; it uses only the theme's colour variables. */
    public static final String APP_STYLESHEET = ThemeStyles.class.getResource("tidings.css").toExternalForm();

    private ThemeStyles() {
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
