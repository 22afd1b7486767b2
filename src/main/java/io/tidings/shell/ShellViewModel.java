package io.tidings.shell;

import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.AppSettings;
import io.tidings.workspace.AppSettingsStore;
import io.tidings.workspace.Theme;
import io.tidings.workspace.WindowBounds;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's state: which workspace is open, which section shows, the theme, and the recent
 * workspaces; and the commands that change them. Opening, creating and closing workspaces run in
 * the background.
 *
 * @param <W> the open workspace, as the composition that builds the window opens it
 */
public final class ShellViewModel<W extends OpenWorkspace> {

    private final AppDirectories directories;
    private final AppSettingsStore settingsStore;
    private final WorkspaceOpener<W> workspaces;
    private final BackgroundWork background;
    private final DialogService dialogs;

    private volatile AppSettings settings;
    private Supplier<List<UnsavedEdits>> openEditors = List::of;

    // Properties
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(this, "section", Section.DASHBOARD);
    private final ReadOnlyObjectWrapper<W> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");
    private final ReadOnlyStringWrapper workspaceTitle = new ReadOnlyStringWrapper(this, "workspaceTitle", "No workspace");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(this, "opening");
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    private final ObservableList<Path> recentWorkspacesView = FXCollections.unmodifiableObservableList(recentWorkspaces);

    public ShellViewModel(AppDirectories directories, AppSettingsStore settingsStore, AppSettings settings,
            WorkspaceOpener<W> workspaces, BackgroundWork background, DialogService dialogs) {
        this.directories = directories;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.workspaces = workspaces;
        this.background = background;
        this.dialogs = dialogs;
        theme.set(settings.theme());
        recentWorkspaces.setAll(settings.recentFiles());
    }

    // Properties

    /** The section shown; {@link #showSection} changes it after asking about unsaved edits. */
    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<W> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceTitleProperty() {
        return workspaceTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }

    public ObservableList<Path> recentWorkspaces() {
        return recentWorkspacesView;
    }

    public WindowBounds windowBounds() {
        return settings.window();
    }

    // Commands

    /** Tells the shell where to find the editors of the screens built so far, whose unsaved edits it asks about. */
    public void watchEditors(Supplier<List<UnsavedEdits>> editors) {
        this.openEditors = editors;
    }

    /** Shows {@code target}, once the editors of the section shown have nothing unsaved (or the user said so). */
    public void showSection(Section target) {
        if (target != section.get()) {
            leaveEditors(() -> section.set(target));
        }
    }

    /** Runs {@code close} once the open editors have nothing unsaved, or the user chose to discard it. */
    public void closeWindow(Runnable close) {
        leaveEditors(close);
    }

    private void leaveEditors(Runnable moveOn) {
        LeavingEditors.leave(dialogs, openEditors.get(), moveOn, () -> { });
    }

    /**
     * Opens the workspace the user had open last; on a first launch, or when that file is gone,
     * opens the sample workspace, creating and filling it if needed.
     */
    public void openStartupWorkspace() {
        Path last = settings.recentFiles().stream().filter(Files::exists).findFirst().orElse(null);
        if (last != null) {
            openNow(last);
        } else {
            openSampleNow();
        }
    }

    public void openSampleWorkspace() {
        leaveEditors(this::openSampleNow);
    }

    private void openSampleNow() {
        Path sampleFile = directories.workspaces().resolve("sample" + WorkspaceService.EXTENSION);
        if (Files.exists(sampleFile)) {
            openNow(sampleFile);
            return;
        }
        opening.set(true);
        background.run(BackgroundJob.of("Creating the sample workspace",
                progress -> workspaces.createSample(sampleFile, progress)).onSuccess(this::show).onFailure(this::openingFailed).onCancelled(() -> opening.set(false)));
    }

    /** Opens {@code file} in place of the open workspace, once its editors have nothing unsaved. */
    public void openWorkspace(Path file) {
        leaveEditors(() -> openNow(file));
    }

    private void openNow(Path file) {
        opening.set(true);
        background.run(BackgroundJob.of("Opening " + file.getFileName(),
                        progress -> workspaces.open(file))
                .onSuccess(this::show)
                .onFailure(error -> {
                    openingFailed(error);
                    if (!Files.exists(file)) {
                        forgetRecent(file);
                    }
                })
                .onCancelled(() -> opening.set(false)));
    }

    /** Asks for a workspace file and opens it. */
    public void chooseAndOpenWorkspace() {
        dialogs.chooseWorkspaceToOpen(directories.workspaces()).ifPresent(this::openWorkspace);
    }

    /** Asks for a name and folder and creates an empty workspace there. */
    public void createWorkspace() {
        dialogs.askNewWorkspace(directories.workspaces()).ifPresent(request -> leaveEditors(() -> {
            opening.set(true);
            background.run(BackgroundJob.of("Creating " + request.name(),
                            progress -> workspaces.create(request.file(), request.name()))
                    .onSuccess(this::show)
                    .onFailure(this::openingFailed));
        }));
    }

    /** Asks for a new name for the open workspace. */
    public void renameWorkspace() {
        W current = workspace.get();
        if (current == null) {
            return;
        }
        dialogs.askText("Rename workspace", "Workspace name", current.name())
                .ifPresent(name -> rename(current, name));
    }

    private void rename(W target, String name) {
        background.run(BackgroundJob.of("Renaming the workspace", progress -> {
                    target.rename(name);
                    return null;
                })
                .onSuccess(info -> workspaceChanged(target))
                .onFailure(error -> dialogs.showError("Could not rename the workspace", error.getMessage())));
    }

    /** Shows the new name of a workspace that was changed elsewhere, such as in Settings. */
    public void workspaceChanged(W target) {
        if (workspace.get() == target) {
            workspaceTitle.set(target.name());
        }
    }

    public void toggleTheme() {
        setTheme(theme.get().other());
    }

    public void setTheme(Theme newTheme) {
        theme.set(newTheme);
        updateSettings(settings.withTheme(newTheme));
    }

    /** Saves the window's place at once: it is called as the app exits. */
    public void rememberWindow(WindowBounds bounds) {
        settings = settings.withWindow(bounds);
        settingsStore.save(settings);
    }

    /** Closes the open workspace; called when the window closes. */
    public void shutdown() {
        W current = workspace.get();
        workspace.set(null);
        if (current != null) {
            current.close();
        }
    }

    private void show(W opened) {
        W previous = workspace.get();
        workspace.set(opened);
        background.run(BackgroundJob.of("Starting to send", progress -> {
            opened.startSending();
            return null;
        }).quiet());
        workspaceTitle.set(opened.name());
        opening.set(false);
        updateSettings(settings.withRecent(opened.file()));
        recentWorkspaces.setAll(settings.recentFiles());
        if (previous != null) {
            background.run(BackgroundJob.of("Closing " + previous.name(), progress -> {
                previous.close();
                return null;
            }).quiet());
        }
    }

    private void openingFailed(Throwable error) {
        opening.set(false);
        dialogs.showError("Could not open the workspace", error.getMessage());
    }

    private void forgetRecent(Path file) {
        updateSettings(settings.withoutRecent(file));
        recentWorkspaces.setAll(settings.recentFiles());
    }

    private void updateSettings(AppSettings changed) {
        settings = changed;
        // Saves whatever is newest when the job runs, so that two saves finishing out of order
        // still leave the latest settings on disk.
        background.run(BackgroundJob.of("Saving settings", progress -> {
            settingsStore.save(settings);
            return null;
        }).quiet());
    }
}
