package io.tidings.shell;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The places in the sidebar, in order, each with its icon and shortcut (Ctrl/Cmd + digit). */
public enum Section {
    DASHBOARD("Dashboard", "fth-home", KeyCode.DIGIT1),
    AUDIENCE("Audience", "fth-users", KeyCode.DIGIT2),
    SEGMENTS("Segments", "fth-filter", KeyCode.DIGIT3),
    TEMPLATES("Templates", "fth-file-text", KeyCode.DIGIT4),
    CAMPAIGNS("Campaigns", "fth-send", KeyCode.DIGIT5),
    OUTBOX("Outbox", "fth-inbox", KeyCode.DIGIT6),
    JOURNEYS("Journeys", "fth-git-merge", KeyCode.DIGIT7),
    ANALYTICS("Analytics", "fth-bar-chart-2", KeyCode.DIGIT8),
    SETTINGS("Settings", "fth-settings", KeyCode.DIGIT9);

    private final String title;
    private final String icon;
    private final KeyCombination shortcut;

    Section(String title, String icon, KeyCode digit) {
        this.title = title;
        this.icon = icon;
        this.shortcut = new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN);
    }

    public String title() {
        return title;
    }

    /** The Feather icon literal for Ikonli. */
    public String icon() {
        return icon;
    }

    public KeyCombination shortcut() {
        return shortcut;
    }

    /** A stable id for the sidebar button, for tests and CSS. */
    public String navigationId() {
        return "nav-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
