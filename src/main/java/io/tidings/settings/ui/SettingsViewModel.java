package io.tidings.settings.ui;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.ShellViewModel;
import io.tidings.shell.UnsavedEdits;
import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.Theme;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceInfo;
import io.tidings.workspace.WorkspaceService;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Settings: the app's look, and the open workspace's name and phone region. */
public final class SettingsViewModel implements UnsavedEdits {

    /** A region a phone number may default to, as the user reads it. */
    public record Region(String code, String displayName) {
        @Override
        public String toString() {
            return displayName + " (" + code + ")";
        }
    }

    private final Workspace workspace;
    private final WorkspaceService workspaces;
    private final ShellViewModel<?> shell;
    private final Runnable renamed;
    private final BackgroundWork background;
    private final AppDirectories directories;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final ObjectProperty<Region> region = new SimpleObjectProperty<>(this, "region");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final List<Region> regions;
    private WorkspaceInfo saved;
    private final BooleanBinding changed;

    /** @param renamed runs on the FX thread after a save, to show the workspace's new name elsewhere */
    public SettingsViewModel(Workspace workspace, WorkspaceService workspaces, ShellViewModel<?> shell, Runnable renamed,
            BackgroundWork background, AppDirectories directories) {
        this.renamed = renamed;
        this.workspace = workspace;
        this.workspaces = workspaces;
        this.shell = shell;
        this.background = background;
        this.directories = directories;
        this.regions = PhoneNumberUtil.getInstance().getSupportedRegions().stream()
                .map(code -> new Region(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .toList();
        showSaved(workspace.info());
        this.changed = Bindings.createBooleanBinding(
                () -> !name.get().strip().equals(saved.name())
                        || region.get() != null && !region.get().code().equals(saved.defaultRegion()),
                name, region);
        theme.set(shell.themeProperty().get());
        theme.addListener((observable, old, chosen) -> {
            if (chosen != null && chosen != shell.themeProperty().get()) {
                shell.setTheme(chosen);
            }
        });
        shell.themeProperty().addListener((observable, old, current) -> theme.set(current));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Region> regionProperty() {
        return region;
    }

    public List<Region> regions() {
        return regions;
    }

    /** What the last save did, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last save was refused, in words. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public WorkspaceInfo info() {
        return workspace.info();
    }

    public AppDirectories directories() {
        return directories;
    }

    /** True when the name or region differs from what is saved. */
    public BooleanBinding changedBinding() {
        return changed;
    }

    @Override
    public BooleanBinding unsavedProperty() {
        return changed;
    }

    @Override
    public String editedName() {
        return "the workspace settings";
    }

    /** Puts back the saved name and region. */
    @Override
    public void discard() {
        message.set(null);
        problem.set(null);
        showSaved(saved);
    }

    /** Saves the workspace's name and region. */
    public void save() {
        save(() -> { }, () -> { });
    }

    @Override
    public void save(Runnable whenSaved, Runnable notSaved) {
        String newName = name.get();
        Region newRegion = region.get();
        message.set(null);
        problem.set(null);
        background.run(BackgroundJob.of("Saving workspace settings", progress -> {
            WorkspaceInfo info = workspaces.rename(workspace, newName);
            if (newRegion != null && !newRegion.code().equals(info.defaultRegion())) {
                info = workspaces.setDefaultRegion(workspace, newRegion.code());
            }
            return info;
        }).onSuccess(info -> {
            showSaved(info);
            renamed.run();
            message.set("Saved.");
            whenSaved.run();
        }).onFailure(error -> {
            problem.set(error.getMessage());
            notSaved.run();
        }));
    }

    private void showSaved(WorkspaceInfo info) {
        saved = info;
        if (changed != null) {
            changed.invalidate(); // what is saved changed, though perhaps not the name and region shown
        }
        name.set(info.name());
        region.set(regions.stream().filter(candidate -> candidate.code().equals(info.defaultRegion()))
                .findFirst().orElse(null));
    }
}
