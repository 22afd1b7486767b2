package io.tidings.segment.ui;

import io.tidings.segment.Segment;
import io.tidings.segment.SegmentField;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentService;
import io.tidings.segment.UnknownValue;
import io.tidings.segment.ValueCount;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the builder offers to choose from: the workspace's fields for the criterion pickers, the
 * values a field commonly has, and the saved segments a group can start from or leave out.
 */
final class BuilderChoices {

    static final int SUGGESTED_VALUES = 30;
    /** Suggestions wait for a pause in typing, so that a fast typist does not start a read per letter. */
    static final long SUGGESTION_PAUSE_MILLIS = 200;

    private final SegmentService segments;
    private final SegmentFields fieldCatalog;
    private final BackgroundWork background;

    private final ObservableList<SegmentField> fields = FXCollections.observableArrayList();
    private final ObservableList<Segment> otherSegments = FXCollections.observableArrayList();
    /** Refreshes started, counted on the FX thread; only the latest one is shown. */
    private long refreshes;

    BuilderChoices(SegmentService segments, SegmentFields fieldCatalog, BackgroundWork background) {
        this.segments = segments;
        this.fieldCatalog = fieldCatalog;
        this.background = background;
    }

    /** Every field the workspace has. */
    ObservableList<SegmentField> fields() {
        return fields;
    }

    /** Saved segments, but the one being edited. */
    ObservableList<Segment> otherSegments() {
        return otherSegments;
    }

    /**
     * In one read, a moment after the last keystroke: values of the field holding {@code typed}, with their counts,
     * and the values of {@code chosen} no endpoint has.
     */
    BackgroundWork.Cancellable suggest(SegmentField field, String typed, List<String> chosen, int limit,
            Consumer<Suggested> deliver) {
        return background.run(BackgroundJob.of("Reading values of " + field.label(), progress -> {
                    Thread.sleep(SUGGESTION_PAUSE_MILLIS);
                    progress.checkCancelled();
                    return new Suggested(fieldCatalog.valuesLike(field, typed, limit), fieldCatalog.unknownValues(field, chosen));
                })
                .quiet()
                .onSuccess(deliver));
    }

    /** What a value suggestion read found. */
    record Suggested(List<ValueCount> values, List<UnknownValue> unknown) {
    }

    /**
     * Reads the fields and the saved segments other than {@code current} in the background, then
     * runs {@code then} on the FX thread, so that showing a definition's source segments needs no
     * database read there.
     */
    void refresh(Segment current, Runnable then) {
        long mine = ++refreshes;
        background.run(BackgroundJob.of("Reading the workspace's fields", progress -> new Catalog(fieldCatalog.all(), segments.list()))
                .quiet()
                .onSuccess(catalog -> {
                    if (mine != refreshes) {
                        // A later refresh (another segment opened meanwhile, or Discard then another) shows instead:
                        // reads may finish out of order, and the older one must not put its segment back.
                        return;
                    }
                    fields.setAll(catalog.fields());
                    otherSegments.setAll(catalog.segments().stream()
                            .filter(other -> current == null || other.id() != current.id()).toList());
                    then.run();
                }));
    }

    /** The saved segment a definition names, by its source id or its name, among those the last refresh read. */
    Optional<Segment> findSegment(String id) {
        return otherSegments.stream().filter(other -> other.sourceId().equals(id) || other.name().equalsIgnoreCase(id)).findFirst();
    }

    private record Catalog(List<SegmentField> fields, List<Segment> segments) {
    }
}
