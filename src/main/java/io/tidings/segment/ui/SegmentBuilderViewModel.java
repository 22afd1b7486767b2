package io.tidings.segment.ui;

import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentService;
import io.tidings.segment.SegmentType;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.UiCommand;
import io.tidings.shell.UnsavedEdits;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The segment builder: groups of criteria, combined with AND, OR and NOT ({@link SegmentDraft}),
 * with a live count of matching endpoints and users, a per-criterion breakdown and a sample of
 * members ({@link LiveCount}), fields, values and segments to pick from ({@link BuilderChoices}),
 * and the commands to save and revert. This class keeps what the three share: which segment is
 * shown, whether it changed, and what is wrong with it.
 */
public final class SegmentBuilderViewModel implements UnsavedEdits {

    private final SegmentService segments;
    private final BackgroundWork background;
    private final Consumer<Segment> saved;
    private final SegmentDraft draft;
    private final BuilderChoices choices;
    private final LiveCount liveCount;

    private final ReadOnlyObjectWrapper<Segment> segment = new ReadOnlyObjectWrapper<>(this, "segment");
    /** The problem's words while a criterion is unfinished: the count covers the others, and says so. */
    static final String COUNTING_FINISHED = "Counting the finished criteria only. Still to finish: ";
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper problemIsError = new ReadOnlyBooleanWrapper(this, "problemIsError");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", true);
    private final UiCommand save;
    private final UiCommand revert;

    SegmentBuilderViewModel(SegmentService segments, SegmentFields fieldCatalog, BackgroundWork background,
            Consumer<Segment> saved) {
        this.segments = segments;
        this.background = background;
        this.saved = saved;
        this.draft = new SegmentDraft(() -> {
            unsaved.set(true);
            edited();
        }, () -> {
            unsaved.set(true);
            changed.set(true);
        });
        this.choices = new BuilderChoices(segments, fieldCatalog, background);
        this.liveCount = new LiveCount(segments, background, this::showError);
        this.save = new UiCommand(() -> save(() -> { }, () -> { }), Bindings.when(changed).then("").otherwise("Nothing to save: no changes yet."));
        this.revert = new UiCommand(this::revertNow, Bindings.when(changed).then("").otherwise("Nothing to revert: no changes yet."));
    }

    // Properties: the builder's own, then the draft's

    /** The saved segment being edited, or null for a new one. */
    public ReadOnlyObjectProperty<Segment> segmentProperty() {
        return segment.getReadOnlyProperty();
    }

    /** Why the criteria cannot be counted or saved as they stand, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * True when the problem stops a save or a count; false while it only says what is left to
     * fill in, as for a criterion just added.
     */
    public ReadOnlyBooleanProperty problemIsErrorProperty() {
        return problemIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when Save can do something: an edit, or a new segment not yet saved even if empty. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** True once the marketer changed something since the segment was opened or saved: a new, untouched one is not. */
    @Override
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    @Override
    public String editedName() {
        Segment current = segment.get();
        String name = draft.nameProperty().get().strip();
        if (current != null) {
            return "the segment \u201c" + current.name() + "\u201d";
        }
        return name.isEmpty() ? "the new segment" : "the new segment \u201c" + name + "\u201d";
    }

    @Override
    public void discard() {
        revertNow();
    }

    /** False for an imported segment, whose members come from a file. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return draft.nameProperty();
    }

    public ObjectProperty<SegmentDefinition.Include> includeProperty() {
        return draft.includeProperty();
    }

    public ObservableList<GroupDraft> groups() {
        return draft.groups();
    }

    public ObservableList<Segment> excluded() {
        return draft.excluded();
    }

    /** The live count, breakdown, sample and JSON beside the builder. */
    LiveCount liveCount() {
        return liveCount;
    }

    /** The fields, values and saved segments the builder offers to pick from. */
    BuilderChoices choices() {
        return choices;
    }

    // Commands

    /** Saves: a new segment, or a new version of this one; renames it when the name changed. */
    public UiCommand saveCommand() {
        return save;
    }

    /** Puts back the saved criteria, or starts a new segment over. */
    public UiCommand revertCommand() {
        return revert;
    }

    public void save() {
        save.run();
    }

    /** Starts a new segment with one empty group. */
    public void startNew() {
        unsaved.set(false);
        show(null, new SegmentDefinition(List.of(), SegmentDefinition.Include.ALL));
        draft.startOver();
        changed.set(true);
        choices.refresh(null, () -> { });
        edited();
    }

    /** Puts criteria from elsewhere (an imported JSON file) into the builder, unsaved. */
    public void show(SegmentDefinition definition) {
        Segment current = segment.get();
        choices.refresh(current, () -> {
            show(current, definition);
            changed.set(true);
            unsaved.set(true);
            edited();
        });
    }

    /** Shows a saved segment; one whose saved criteria cannot be used opens empty, saying why, to be built again. */
    public void load(Segment chosen) {
        choices.refresh(chosen, () -> {
            unsaved.set(false);
            if (chosen.problem() != null) {
                show(chosen, new SegmentDefinition(List.of(), SegmentDefinition.Include.ALL));
                changed.set(false);
                liveCount.recount(Optional.empty());
                showError("The segment \"" + chosen.name() + "\" cannot be used: " + chosen.problem()
                        + ". Build its criteria again and save, or delete it.");
                return;
            }
            show(chosen, SegmentService.membersOf(chosen));
            edited();
            changed.set(false);
        });
    }

    public void addGroup() {
        draft.addGroup();
    }

    public void removeGroup(GroupDraft group) {
        draft.removeGroup(group);
    }

    public void addCriterion(GroupDraft group) {
        draft.addCriterion(group);
    }

    public void removeCriterion(GroupDraft group, CriterionDraft criterion) {
        draft.removeCriterion(group, criterion);
    }

    /** The criteria as a definition; empty, with the problem shown, when a criterion is incomplete. */
    public Optional<SegmentDefinition> definition() {
        Optional<SegmentDefinition> definition = draft.definition(unfinished -> {
            problemIsError.set(false);
            problem.set(COUNTING_FINISHED + unfinished);
        });
        if (definition.isPresent()) {
            problem.set(null);
        }
        return definition;
    }

    @Override
    public void save(Runnable whenSaved, Runnable notSaved) {
        Optional<SegmentDefinition> definition = definition();
        if (definition.isEmpty()) {
            problemIsError.set(true);
            problem.set(problem.get().replace(COUNTING_FINISHED, "To save, finish: "));
            notSaved.run();
            return;
        }
        Segment current = segment.get();
        String newName = draft.nameProperty().get();
        background.run(BackgroundJob.of("Saving segment " + newName, progress -> {
            if (current == null) {
                return segments.create(newName, definition.get());
            }
            Segment result = current;
            if (!current.name().equals(newName.strip())) {
                result = segments.rename(current.id(), newName);
            }
            if (current.type() == SegmentType.DYNAMIC && !definition.get().equals(current.definition())) {
                result = segments.save(current.id(), definition.get());
            }
            return result;
        }).onSuccess(result -> {
            segment.set(result);
            changed.set(false);
            unsaved.set(false);
            message.set("Saved as version " + result.version() + ".");
            saved.accept(result);
            whenSaved.run();
        }).onFailure(error -> {
            showError(error.getMessage());
            notSaved.run();
        }));
    }

    private void revertNow() {
        Segment current = segment.get();
        if (current == null) {
            startNew();
        } else {
            load(current);
        }
    }

    private void edited() {
        changed.set(true);
        message.set(null);
        Optional<SegmentDefinition> whole = definition();
        if (whole.isPresent()) {
            liveCount.recount(whole);
        } else {
            liveCount.recountFinishedPart(draft.finishedPart());
        }
    }

    private void showError(String text) {
        problemIsError.set(true);
        problem.set(text);
    }

    private void show(Segment chosen, SegmentDefinition definition) {
        segment.set(chosen);
        editable.set(chosen == null || chosen.type() == SegmentType.DYNAMIC);
        draft.fill(chosen == null ? "" : chosen.name(), definition, choices::findSegment, message::set);
        problem.set(null);
        message.set(null);
    }
}
