package io.tidings.segment.ui;

import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentGroup;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** One group as the builder edits it: where it starts, its criteria, and how they combine. */
public final class GroupDraft {

    private final ObjectProperty<SegmentGroup.GroupType> type = new SimpleObjectProperty<>(this, "type", SegmentGroup.GroupType.ALL);
    private final ObjectProperty<SegmentGroup.SourceType> sourceType =
            new SimpleObjectProperty<>(this, "sourceType", SegmentGroup.SourceType.ANY);
    private final ObservableList<Segment> sources = FXCollections.observableArrayList();
    private final ObservableList<CriterionDraft> criteria = FXCollections.observableArrayList(CriterionDraft::observables);

    /** All of, any of, or none of the criteria. */
    public ObjectProperty<SegmentGroup.GroupType> typeProperty() {
        return type;
    }

    /** With several source segments: endpoints in all of them, or in any. */
    public ObjectProperty<SegmentGroup.SourceType> sourceTypeProperty() {
        return sourceType;
    }

    /** The segments this group starts from; every endpoint when empty. */
    public ObservableList<Segment> sources() {
        return sources;
    }

    public ObservableList<CriterionDraft> criteria() {
        return criteria;
    }

    Observable[] observables() {
        return new Observable[] {type, sourceType, sources, criteria};
    }

    SegmentGroup toGroup(List<String> problems, int groupNumber) {
        List<SegmentDimensions> dimensions = new ArrayList<>();
        for (int index = 0; index < criteria.size(); index++) {
            try {
                dimensions.add(criteria.get(index).toDimensions());
            } catch (IllegalArgumentException e) {
                problems.add("Group " + groupNumber + ", criterion " + (index + 1) + ": " + e.getMessage());
            }
        }
        return group(dimensions);
    }

    /** The group with its finished criteria only: those an unfinished one leaves to count. */
    SegmentGroup finishedPart() {
        return toGroup(new ArrayList<>(), 0);
    }

    private SegmentGroup group(List<SegmentDimensions> dimensions) {
        return new SegmentGroup(dimensions,
                sources.stream().map(segment -> new SegmentGroup.SourceSegment(segment.sourceId(), null)).toList(),
                sourceType.get(), type.get());
    }
}
