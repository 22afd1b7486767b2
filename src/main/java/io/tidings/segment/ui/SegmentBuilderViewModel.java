package io.tidings.segment.ui;

import io.tidings.segment.CriterionCount;
import io.tidings.segment.InvalidSegmentException;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentCount;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentField;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentGroup;
import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentMember;
import io.tidings.segment.SegmentService;
import io.tidings.segment.SegmentType;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The segment builder: groups of criteria, combined with AND, OR and NOT, with a live count of
 * matching endpoints and users, a per-criterion breakdown and a sample of members. The count is
 * debounced and runs in the background; a newer edit cancels an older count.
 */
public final class SegmentBuilderViewModel {

    static final long DEBOUNCE_MILLIS = 300;
    static final int SAMPLE_SIZE = 25;

    private final SegmentService segments;
    private final SegmentFields fieldCatalog;
    private final BackgroundWork background;
    private final Consumer<Segment> saved;
    private BackgroundWork.Cancellable counting;
    private long generation;
    private boolean loading;

    // Properties
    private final ReadOnlyObjectWrapper<Segment> segment = new ReadOnlyObjectWrapper<>(this, "segment");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<SegmentDefinition.Include> include =
            new SimpleObjectProperty<>(this, "include", SegmentDefinition.Include.ALL);
    private final ObservableList<GroupDraft> groups = FXCollections.observableArrayList(GroupDraft::observables);
    private final ObservableList<Segment> excluded = FXCollections.observableArrayList();
    private final ObservableList<SegmentField> fields = FXCollections.observableArrayList();
    private final ObservableList<Segment> otherSegments = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SegmentCount> count = new ReadOnlyObjectWrapper<>(this, "count");
    private final ReadOnlyBooleanWrapper counting0 = new ReadOnlyBooleanWrapper(this, "counting");
    private final ObservableList<CriterionCount> breakdown = FXCollections.observableArrayList();
    private final ObservableList<SegmentMember> sample = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper problemIsError = new ReadOnlyBooleanWrapper(this, "problemIsError");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper pinpointJson = new ReadOnlyStringWrapper(this, "pinpointJson", "");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", true);

    SegmentBuilderViewModel(SegmentService segments, SegmentFields fieldCatalog, BackgroundWork background,
            Consumer<Segment> saved) {
        this.segments = segments;
        this.fieldCatalog = fieldCatalog;
        this.background = background;
        this.saved = saved;
        groups.addListener((javafx.beans.InvalidationListener) change -> edited());
        excluded.addListener((javafx.beans.InvalidationListener) change -> edited());
        include.addListener(change -> edited());
        name.addListener(change -> {
            if (!loading) {
                changed.set(true);
            }
        });
    }

    // Properties

    /** The saved segment being edited, or null for a new one. */
    public ReadOnlyObjectProperty<Segment> segmentProperty() {
        return segment.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** How groups combine: endpoints in all of them, any of them, or none of them. */
    public ObjectProperty<SegmentDefinition.Include> includeProperty() {
        return include;
    }

    public ObservableList<GroupDraft> groups() {
        return groups;
    }

    /** Segments whose endpoints are left out. */
    public ObservableList<Segment> excluded() {
        return excluded;
    }

    /** Every field the workspace has, for the criterion pickers. */
    public ObservableList<SegmentField> fields() {
        return fields;
    }

    /** Saved segments this one can start from or exclude. */
    public ObservableList<Segment> otherSegments() {
        return otherSegments;
    }

    public ReadOnlyObjectProperty<SegmentCount> countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty countingProperty() {
        return counting0.getReadOnlyProperty();
    }

    public ObservableList<CriterionCount> breakdown() {
        return breakdown;
    }

    public ObservableList<SegmentMember> sample() {
        return sample;
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

    /** The definition as Pinpoint segment JSON, with a note when it uses Tidings' extensions. */
    public ReadOnlyStringProperty pinpointJsonProperty() {
        return pinpointJson.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** False for an imported segment, whose members come from a file. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    // Commands

    /** Starts a new segment with one empty group. */
    public void startNew() {
        show(null, new SegmentDefinition(List.of(), SegmentDefinition.Include.ALL));
        loading = true;
        GroupDraft group = new GroupDraft();
        group.criteria().add(new CriterionDraft(SegmentField.STANDARD.get(1)));
        groups.setAll(List.of(group));
        name.set("");
        loading = false;
        changed.set(true);
        withCatalog(null, () -> { });
        edited();
    }

    /** Puts criteria from elsewhere (an imported JSON file) into the builder, unsaved. */
    public void show(SegmentDefinition definition) {
        Segment current = segment.get();
        withCatalog(current, () -> {
            show(current, definition);
            changed.set(true);
            edited();
        });
    }

    /** Shows a saved segment; one whose saved criteria cannot be used opens empty, saying why, to be built again. */
    public void load(Segment chosen) {
        withCatalog(chosen, () -> {
            if (chosen.problem() != null) {
                show(chosen, new SegmentDefinition(List.of(), SegmentDefinition.Include.ALL));
                changed.set(false);
                count.set(null);
                problemIsError.set(true);
                problem.set("The segment \"" + chosen.name() + "\" cannot be used: " + chosen.problem()
                        + ". Build its criteria again and save, or delete it.");
                return;
            }
            show(chosen, SegmentService.membersOf(chosen));
            edited();
            changed.set(false);
        });
    }

    public void addGroup() {
        GroupDraft group = new GroupDraft();
        group.criteria().add(new CriterionDraft(SegmentField.STANDARD.get(1)));
        groups.add(group);
    }

    public void removeGroup(GroupDraft group) {
        groups.remove(group);
    }

    public void addCriterion(GroupDraft group) {
        group.criteria().add(new CriterionDraft(SegmentField.STANDARD.get(1)));
    }

    public void removeCriterion(GroupDraft group, CriterionDraft criterion) {
        group.criteria().remove(criterion);
    }

    /** The common values of a criterion's field, for the value picker; delivered on the FX thread. */
    public void suggestValues(SegmentField field, Consumer<List<String>> deliver) {
        if (field == null) {
            return;
        }
        background.run(BackgroundJob.of("Reading values of " + field.label(), progress -> fieldCatalog.commonValues(field, 30))
                .quiet()
                .onSuccess(deliver));
    }

    /** Saves: a new segment, or a new version of this one; renames it when the name changed. */
    public void save() {
        Optional<SegmentDefinition> definition = definition();
        if (definition.isEmpty()) {
            problemIsError.set(true);
            problem.set(problem.get().replace("To count, finish: ", "To save, finish: "));
            return;
        }
        Segment current = segment.get();
        String newName = name.get();
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
            message.set("Saved as version " + result.version() + ".");
            saved.accept(result);
        }).onFailure(error -> {
            problemIsError.set(true);
            problem.set(error.getMessage());
        }));
    }

    /** Puts back the saved criteria. */
    public void revert() {
        Segment current = segment.get();
        if (current == null) {
            startNew();
        } else {
            load(current);
        }
    }

    /** The criteria as a definition; empty, with the problem shown, when a criterion is incomplete. */
    public Optional<SegmentDefinition> definition() {
        List<String> problems = new ArrayList<>();
        List<SegmentGroup> built = new ArrayList<>();
        for (int index = 0; index < groups.size(); index++) {
            built.add(groups.get(index).toGroup(problems, index + 1));
        }
        if (!problems.isEmpty()) {
            problemIsError.set(false);
            problem.set("To count, finish: " + String.join("; ", problems).replace("Group ", "group "));
            return Optional.empty();
        }
        problem.set(null);
        return Optional.of(new SegmentDefinition(built, include.get(),
                excluded.stream().map(other -> new SegmentGroup.SourceSegment(other.sourceId(), null)).toList()));
    }

    private void edited() {
        if (loading) {
            return;
        }
        changed.set(true);
        message.set(null);
        recount();
    }

    private void recount() {
        long current = ++generation;
        if (counting != null) {
            counting.cancel();
        }
        Optional<SegmentDefinition> definition = definition();
        if (definition.isEmpty()) {
            count.set(null);
            breakdown.clear();
            sample.clear();
            pinpointJson.set("");
            return;
        }
        pinpointJson.set(SegmentJson.write(definition.get()) + (definition.get().fitsPinpoint() ? ""
                : "\n\n// Excluding segments is a Tidings extension: Pinpoint cannot read ExcludeSegments."));
        counting0.set(true);
        counting = background.run(BackgroundJob.of("Counting the segment", progress -> {
            Thread.sleep(DEBOUNCE_MILLIS);
            progress.checkCancelled();
            SegmentCount total = segments.count(definition.get());
            progress.checkCancelled();
            List<CriterionCount> criteria = segments.criterionCounts(definition.get(), progress);
            List<SegmentMember> members = segments.sample(definition.get(), SAMPLE_SIZE);
            return new Counted(total, criteria, members);
        }).quiet().onSuccess(counted -> {
            if (current == generation) {
                count.set(counted.total());
                breakdown.setAll(counted.criteria());
                sample.setAll(counted.members());
                counting0.set(false);
            }
        }).onFailure(error -> {
            if (current == generation) {
                counting0.set(false);
                count.set(null);
                problemIsError.set(true);
                problem.set(error instanceof InvalidSegmentException ? error.getMessage() : "The segment could not be counted: "
                        + error.getMessage());
            }
        }).onCancelled(() -> {
            if (current == generation) {
                counting0.set(false);
            }
        }));
    }

    private record Counted(SegmentCount total, List<CriterionCount> criteria, List<SegmentMember> members) {
    }

    private void show(Segment chosen, SegmentDefinition definition) {
        loading = true;
        try {
            segment.set(chosen);
            name.set(chosen == null ? "" : chosen.name());
            editable.set(chosen == null || chosen.type() == SegmentType.DYNAMIC);
            include.set(definition.include());
            List<GroupDraft> drafts = new ArrayList<>();
            for (SegmentGroup group : definition.groups()) {
                GroupDraft draft = new GroupDraft();
                draft.typeProperty().set(group.type());
                draft.sourceTypeProperty().set(group.sourceType());
                for (SegmentDimensions dimensions : group.dimensions()) {
                    CriterionDraft.from(dimensions).ifPresentOrElse(draft.criteria()::add,
                            () -> splitInto(draft, group, dimensions));
                }
                for (SegmentGroup.SourceSegment source : group.sourceSegments()) {
                    findSegment(source.id()).ifPresent(draft.sources()::add);
                }
                drafts.add(draft);
            }
            groups.setAll(drafts);
            excluded.setAll(definition.excludeSegments().stream()
                    .map(source -> findSegment(source.id())).flatMap(Optional::stream).toList());
            problem.set(null);
            message.set(null);
        } finally {
            loading = false;
        }
    }

    /**
     * A Pinpoint dimensions object with several criteria becomes several criteria. In an ALL group
     * that means the same; in others it would not, so the builder says so.
     */
    private void splitInto(GroupDraft draft, SegmentGroup group, SegmentDimensions dimensions) {
        if (group.type() != SegmentGroup.GroupType.ALL) {
            message.set("This segment groups several criteria in one Pinpoint dimensions object inside an ANY or NONE group; "
                    + "the builder shows them as separate criteria, which changes what the group means. Check before saving.");
        }
        CriterionDraft.split(dimensions).forEach(draft.criteria()::add);
    }

    /** A source segment named by a definition, among the saved segments read with the catalog. */
    private Optional<Segment> findSegment(String id) {
        return otherSegments.stream().filter(other -> other.sourceId().equals(id) || other.name().equalsIgnoreCase(id)).findFirst();
    }

    /**
     * Reads the fields and saved segments in the background, then runs {@code then} on the FX
     * thread, so that showing a definition's source segments needs no database read there.
     */
    private void withCatalog(Segment current, Runnable then) {
        background.run(BackgroundJob.of("Reading the workspace's fields", progress -> new Catalog(fieldCatalog.all(), segments.list()))
                .quiet()
                .onSuccess(catalog -> {
                    fields.setAll(catalog.fields());
                    otherSegments.setAll(catalog.segments().stream()
                            .filter(other -> current == null || other.id() != current.id()).toList());
                    then.run();
                }));
    }

    private record Catalog(List<SegmentField> fields, List<Segment> segments) {
    }
}
