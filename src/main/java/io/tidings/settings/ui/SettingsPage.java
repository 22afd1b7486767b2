package io.tidings.settings.ui;

import io.tidings.shell.EditorScreen;
import io.tidings.shell.UnsavedEdits;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * One page of Settings, listed on the left. Other features hand in their own pages (Channels, the sandbox, the
 * tracking server), so Settings never uses another feature's screens.
 *
 * @param id the page's id, such as {@code channels}: the list entry is {@code settings-page-channels}
 * @param title the page's name in the list and above the page
 * @param icon an Ikonli icon literal, such as {@code fth-mail}
 * @param content the page itself; when it is an {@link EditorScreen}, leaving Settings asks about its edits
 * @param unsaved true while the page holds unsaved edits, for the mark beside its name
 * @param whenShown runs each time the page is shown, such as to read what another page may have changed
 */
public record SettingsPage(String id, String title, String icon, Node content, ObservableBooleanValue unsaved,
        Runnable whenShown) {

    /** A page with nothing to save. */
    public static SettingsPage of(String id, String title, String icon, Node content) {
        return new SettingsPage(id, title, icon, content, Bindings.createBooleanBinding(() -> false), () -> { });
    }

    /** The page's editors, saved or not. */
    public List<UnsavedEdits> editors() {
        return content instanceof EditorScreen screen ? screen.editors() : List.of();
    }
}
