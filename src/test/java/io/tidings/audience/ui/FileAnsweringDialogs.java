package io.tidings.audience.ui;

import io.tidings.shell.DialogService;
import io.tidings.shell.NewWorkspaceRequest;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The real dialogs, except that file choosers (native windows a headless test cannot drive)
 * answer with the files the test queued.
 */
final class FileAnsweringDialogs implements DialogService {

    private final DialogService real;
    private final Deque<Path> files = new ArrayDeque<>();

    FileAnsweringDialogs(DialogService real) {
        this.real = real;
    }

    FileAnsweringDialogs answerFile(Path file) {
        files.add(file);
        return this;
    }

    @Override
    public void showError(String title, String message) {
        real.showError(title, message);
    }

    @Override
    public Optional<String> askText(String title, String label, String initialValue) {
        return real.askText(title, label, initialValue);
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path initialFolder) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        return real.confirm(title, message, actionLabel);
    }

    @Override
    public io.tidings.shell.UnsavedEdits.Answer askAboutUnsavedEdits(String editedName) {
        return real.askAboutUnsavedEdits(editedName);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label) {
        return real.choose(title, message, choices, label);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void showInformation(String title, String message) {
        real.showInformation(title, message);
    }

    @Override
    public Optional<NewWorkspaceRequest> askNewWorkspace(Path defaultFolder) {
        return real.askNewWorkspace(defaultFolder);
    }
}
