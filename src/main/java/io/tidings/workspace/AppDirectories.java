package io.tidings.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Tidings keeps its own files: settings, logs, and the default folder for workspaces.
 *
 * <p>The platform's user data folder ({@code $XDG_DATA_HOME/tidings} on Linux,
 * {@code ~/Library/Application Support/Tidings} on macOS, {@code %APPDATA%\Tidings} on Windows),
 * unless the system property {@code tidings.home} or the variable {@code TIDINGS_HOME} names
 * another.
 */
public record AppDirectories(Path home) {

    public static AppDirectories fromEnvironment() {
        return resolve(System.getProperty("tidings.home"), System.getenv(),
                System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static AppDirectories resolve(String homeProperty, Map<String, String> environment, String osName, Path userHome) {
        if (homeProperty != null && !homeProperty.isBlank()) {
            return new AppDirectories(Path.of(homeProperty).toAbsolutePath());
        }
        String homeVariable = environment.get("TIDINGS_HOME");
        if (homeVariable != null && !homeVariable.isBlank()) {
            return new AppDirectories(Path.of(homeVariable).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return new AppDirectories(base.resolve("Tidings"));
        }
        if (os.contains("mac")) {
            return new AppDirectories(userHome.resolve("Library").resolve("Application Support").resolve("Tidings"));
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        Path base = xdgDataHome != null && !xdgDataHome.isBlank()
                ? Path.of(xdgDataHome)
                : userHome.resolve(".local").resolve("share");
        return new AppDirectories(base.resolve("tidings"));
    }

    public Path workspaces() {
        return home.resolve("workspaces");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    /** The log the app and the command line write (logback.xml names the same file in {@link #logs()}). */
    public Path logFile() {
        return logs().resolve("tidings.log");
    }

    public Path settingsFile() {
        return home.resolve("settings.json");
    }
}
