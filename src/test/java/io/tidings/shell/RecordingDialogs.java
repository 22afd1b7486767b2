package io.tidings.shell;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A {@link DialogService} that answers from a script and records the errors it was shown. */
public final class RecordingDialogs implements DialogService {

    public record Error(String title, String message) {
    }

    private final List<Error> errors = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> confirmations = new ArrayList<>();
    private final List<Error> information = new ArrayList<>();

    /**
     * Queues the answer to the next question (a String, a Path, a Boolean, an UnsavedEdits.Answer or a
     * NewWorkspaceRequest; null to cancel).
     */
    public RecordingDialogs answer(Object answer) {
        answers.add(answer == null ? Optional.empty() : answer);
        return this;
    }

    public List<Error> errors() {
        return errors;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(new Error(title, message));
    }

    @Override
    public Optional<String> askText(String title, String label, String initialValue) {
        return next(String.class);
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path initialFolder) {
        return next(Path.class);
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        confirmations.add(title + ": " + message);
        return next(Boolean.class).orElse(false);
    }

    @Override
    public UnsavedEdits.Answer askAboutUnsavedEdits(String editedName) {
        confirmations.add("Save the changes to " + editedName + "?");
        return next(UnsavedEdits.Answer.class).orElse(UnsavedEdits.Answer.CANCEL);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        return next(Path.class);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        return next(Path.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label) {
        confirmations.add(title + ": " + message);
        Object answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("The view model asked a question the test did not answer");
        }
        return answer instanceof Optional<?> ? Optional.empty() : Optional.of((T) answer);
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(new Error(title, message));
    }

    /** The confirmations asked, as "title: message". */
    public List<String> confirmations() {
        return confirmations;
    }

    /** The information messages shown. */
    public List<Error> information() {
        return information;
    }

    @Override
    public Optional<NewWorkspaceRequest> askNewWorkspace(Path defaultFolder) {
        return next(NewWorkspaceRequest.class);
    }

    private <T> Optional<T> next(Class<T> type) {
        Object answer = answers.poll();
        if (answer == null) {
            throw new AssertionError("The view model asked a question the test did not answer");
        }
        return type.isInstance(answer) ? Optional.of(type.cast(answer)) : Optional.empty();
    }
}
