package io.tidings.journey.ui;

import io.tidings.journey.EditHistory;
import io.tidings.journey.Issue;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyEdit;
import io.tidings.journey.JourneyGraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * The journey open in the designer, shared by the canvas and the panels around it (palette, properties, problems,
 * toolbar): the graph as edited, its undo history, the selected activities, the problems last found, and the counts
 * drawn on the cards (live from the executor or from a simulation). Every edit goes through {@link #apply}, so undo,
 * redo and the dirty marker hold for all of them. FX thread only.
 */
public final class JourneyDocument {

    private final EditHistory history;
    private final ReadOnlyObjectWrapper<JourneyGraph> graph;
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableList<Issue> issues = FXCollections.observableArrayList();
    private final ObjectProperty<JourneyCounts> counts = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper countsCaption = new ReadOnlyStringWrapper("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper("");

    public JourneyDocument(EditHistory history) {
        this.history = Objects.requireNonNull(history, "history");
        this.graph = new ReadOnlyObjectWrapper<>(history.current());
    }

    public ReadOnlyObjectProperty<JourneyGraph> graphProperty() {
        return graph.getReadOnlyProperty();
    }

    public JourneyGraph graph() {
        return graph.get();
    }

    /**
     * Makes the edit and keeps it for undo. A refused edit throws {@link io.tidings.journey.InvalidJourneyException}
     * (its message says why, for the user) and changes nothing. A read-only document takes no edits.
     */
    public void apply(JourneyEdit edit) {
        if (readOnly.get()) {
            throw new IllegalStateException("A published journey is not edited on its canvas");
        }
        history.apply(edit);
        refresh();
    }

    /** Makes the edits until {@link #endGesture()} one entry in the history (a drag, a paste, an auto-layout). */
    public void beginGesture(String description) {
        history.beginGroup(description);
    }

    public void endGesture() {
        history.endGroup();
        refresh();
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
            refresh();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
            refresh();
        }
    }

    /** After a save: the graph shown is the saved one. */
    public void markSaved() {
        history.markSaved();
        refresh();
    }

    public ObservableSet<String> selection() {
        return selection;
    }

    /** The problems the validator last found, set by whoever validates (off the FX thread when it reads the workspace). */
    public ObservableList<Issue> issues() {
        return issues;
    }

    public void showIssues(List<Issue> found) {
        issues.setAll(found);
    }

    /** The counts drawn on the cards, or null for none. */
    public ObjectProperty<JourneyCounts> countsProperty() {
        return counts;
    }

    /** Shows counts on the cards with what they are ("Live · 10:42", "Simulated · 30 days · 5,000 personas"). */
    public void showCounts(JourneyCounts shown, String caption) {
        counts.set(shown);
        countsCaption.set(caption == null ? "" : caption);
    }

    public void clearCounts() {
        counts.set(null);
        countsCaption.set("");
    }

    public ReadOnlyStringProperty countsCaptionProperty() {
        return countsCaption.getReadOnlyProperty();
    }

    /** Whether edits are refused: a published, paused, stopped or completed journey is only looked at. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Move 3 activities", or empty. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    private void refresh() {
        selection.removeIf(key -> !history.current().has(key));
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoDescription.set(history.undoDescription().map(text -> "Undo " + text).orElse(""));
        redoDescription.set(history.redoDescription().map(text -> "Redo " + text).orElse(""));
        // Last: what listens to the graph (the toolbar's Undo and Redo) reads the history's state as it now is.
        graph.set(history.current());
    }
}
