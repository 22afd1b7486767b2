package io.tidings.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's preferences that belong to the app rather than to a workspace.
 *
 * @param recentWorkspaces workspace files, most recently opened first
 */
public record AppSettings(Theme theme, WindowBounds window, List<String> recentWorkspaces) {

    public static final int MAX_RECENT = 10;

    public static final AppSettings DEFAULT = new AppSettings(Theme.LIGHT, WindowBounds.DEFAULT, List.of());

    public AppSettings {
        theme = theme == null ? Theme.LIGHT : theme;
        window = window == null ? WindowBounds.DEFAULT : window;
        recentWorkspaces = recentWorkspaces == null ? List.of() : List.copyOf(recentWorkspaces);
    }

    public AppSettings withTheme(Theme newTheme) {
        return new AppSettings(newTheme, window, recentWorkspaces);
    }

    public AppSettings withWindow(WindowBounds newWindow) {
        return new AppSettings(theme, newWindow, recentWorkspaces);
    }

    /** Puts {@code file} first in the recent list, once, keeping at most {@link #MAX_RECENT}. */
    public AppSettings withRecent(Path file) {
        String opened = file.toAbsolutePath().normalize().toString();
        List<String> recent = new ArrayList<>();
        recent.add(opened);
        recentWorkspaces.stream()
                .filter(path -> !path.equals(opened))
                .limit(MAX_RECENT - 1L)
                .forEach(recent::add);
        return new AppSettings(theme, window, recent);
    }

    public AppSettings withoutRecent(Path file) {
        String removed = file.toAbsolutePath().normalize().toString();
        return new AppSettings(theme, window,
                recentWorkspaces.stream().filter(path -> !path.equals(removed)).toList());
    }

    public List<Path> recentFiles() {
        return recentWorkspaces.stream().map(Path::of).toList();
    }
}
