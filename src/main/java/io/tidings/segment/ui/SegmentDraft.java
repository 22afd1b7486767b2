package io.tidings.segment.ui;

import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentField;
import io.tidings.segment.SegmentGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The segment as the builder edits it: its name, its groups of criteria, how the groups combine,
 * and the segments it leaves out. It tells its owner about the marketer's edits, but not about
 * being filled with a saved or imported definition.
 */
final class SegmentDraft {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<SegmentDefinition.Include> include =
            new SimpleObjectProperty<>(this, "include", SegmentDefinition.Include.ALL);
    private final ObservableList<GroupDraft> groups = FXCollections.observableArrayList(GroupDraft::observables);
    private final ObservableList<Segment> excluded = FXCollections.observableArrayList();
    private boolean filling;

    /**
     * @param criteriaEdited runs when a group or criterion, how the groups combine, or the excluded
     *     segments change
     * @param renamed runs when the name changes
     */
    SegmentDraft(Runnable criteriaEdited, Runnable renamed) {
        InvalidationListener criteria = change -> {
            if (!filling) {
                criteriaEdited.run();
            }
        };
        groups.addListener(criteria);
        excluded.addListener(criteria);
        // change listeners on the properties: they hear every change, read by a view since or not
        include.addListener((observable, old, current) -> criteria.invalidated(observable));
        name.addListener((observable, old, current) -> {
            if (!filling) {
                renamed.run();
            }
        });
    }

    StringProperty nameProperty() {
        return name;
    }

    /** How groups combine: endpoints in all of them, any of them, or none of them. */
    ObjectProperty<SegmentDefinition.Include> includeProperty() {
        return include;
    }

    ObservableList<GroupDraft> groups() {
        return groups;
    }

    /** Segments whose endpoints are left out. */
    ObservableList<Segment> excluded() {
        return excluded;
    }

    void addGroup() {
        groups.add(groupWithOneCriterion());
    }

    void removeGroup(GroupDraft group) {
        groups.remove(group);
    }

    void addCriterion(GroupDraft group) {
        group.criteria().add(emptyCriterion());
    }

    void removeCriterion(GroupDraft group, CriterionDraft criterion) {
        group.criteria().remove(criterion);
    }

    /** Starts over, without counting as an edit: no name, and one group with one empty criterion. */
    void startOver() {
        filling = true;
        try {
            groups.setAll(List.of(groupWithOneCriterion()));
            name.set("");
        } finally {
            filling = false;
        }
    }

    /**
     * Puts a name and a definition in, without counting as an edit.
     *
     * @param findSegment the saved segment a definition names by id, if there is one
     * @param warn told when the builder cannot show the definition exactly as it is
     */
    void fill(String newName, SegmentDefinition definition, Function<String, Optional<Segment>> findSegment,
            Consumer<String> warn) {
        filling = true;
        try {
            name.set(newName);
            include.set(definition.include());
            List<GroupDraft> drafts = new ArrayList<>();
            for (SegmentGroup group : definition.groups()) {
                GroupDraft draft = new GroupDraft();
                draft.typeProperty().set(group.type());
                draft.sourceTypeProperty().set(group.sourceType());
                for (SegmentDimensions dimensions : group.dimensions()) {
                    CriterionDraft.from(dimensions).ifPresentOrElse(draft.criteria()::add,
                            () -> splitInto(draft, group, dimensions, warn));
                }
                for (SegmentGroup.SourceSegment source : group.sourceSegments()) {
                    findSegment.apply(source.id()).ifPresent(draft.sources()::add);
                }
                drafts.add(draft);
            }
            groups.setAll(drafts);
            excluded.setAll(definition.excludeSegments().stream()
                    .map(source -> findSegment.apply(source.id())).flatMap(Optional::stream).toList());
        } finally {
            filling = false;
        }
    }

    /**
     * The criteria as a definition; empty when a criterion is unfinished, after telling
     * {@code unfinished} what is left, as in "group 1, criterion 1: give at least one value".
     */
    Optional<SegmentDefinition> definition(Consumer<String> unfinished) {
        List<String> problems = new ArrayList<>();
        List<SegmentGroup> built = new ArrayList<>();
        for (int index = 0; index < groups.size(); index++) {
            built.add(groups.get(index).toGroup(problems, index + 1));
        }
        if (!problems.isEmpty()) {
            unfinished.accept(String.join("; ", problems).replace("Group ", "group "));
            return Optional.empty();
        }
        return Optional.of(new SegmentDefinition(built, include.get(),
                excluded.stream().map(other -> new SegmentGroup.SourceSegment(other.sourceId(), null)).toList()));
    }

    /**
     * The definition without its unfinished criteria, for a count while one is being written; empty when even that
     * cannot be built.
     */
    Optional<SegmentDefinition> finishedPart() {
        try {
            return Optional.of(new SegmentDefinition(groups.stream().map(GroupDraft::finishedPart).toList(), include.get(),
                    excluded.stream().map(other -> new SegmentGroup.SourceSegment(other.sourceId(), null)).toList()));
        } catch (IllegalArgumentException notCountable) {
            return Optional.empty();
        }
    }

    /**
     * A Pinpoint dimensions object with several criteria becomes several criteria. In an ALL group
     * that means the same; in others it would not, so the builder says so.
     */
    private static void splitInto(GroupDraft draft, SegmentGroup group, SegmentDimensions dimensions, Consumer<String> warn) {
        if (group.type() != SegmentGroup.GroupType.ALL) {
            warn.accept("This segment groups several criteria in one Pinpoint dimensions object inside an ANY or NONE group; "
                    + "the builder shows them as separate criteria, which changes what the group means. Check before saving.");
        }
        CriterionDraft.split(dimensions).forEach(draft.criteria()::add);
    }

    private static GroupDraft groupWithOneCriterion() {
        GroupDraft group = new GroupDraft();
        group.criteria().add(emptyCriterion());
        return group;
    }

    private static CriterionDraft emptyCriterion() {
        return new CriterionDraft(SegmentField.STANDARD.get(1));
    }
}
