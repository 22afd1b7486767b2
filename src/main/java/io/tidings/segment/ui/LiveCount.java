package io.tidings.segment.ui;

import io.tidings.segment.CriterionCount;
import io.tidings.segment.InvalidSegmentException;
import io.tidings.segment.SegmentCount;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentMember;
import io.tidings.segment.SegmentService;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live count beside the builder: how many endpoints and users match, each criterion on its
 * own, a sample of members, and the definition as Pinpoint JSON. A count runs in the background a
 * moment after the last edit; a newer edit cancels an older count, and an older count's late
 * result is dropped.
 */
final class LiveCount {

    static final long DEBOUNCE_MILLIS = 300;
    static final int SAMPLE_SIZE = 25;

    private final SegmentService segments;
    private final BackgroundWork background;
    private final Consumer<String> failed;
    private BackgroundWork.Cancellable running;
    private long generation;

    private final ReadOnlyObjectWrapper<SegmentCount> count = new ReadOnlyObjectWrapper<>(this, "count");
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper(this, "counting");
    private final ObservableList<CriterionCount> breakdown = FXCollections.observableArrayList();
    private final ObservableList<SegmentMember> sample = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pinpointJson = new ReadOnlyStringWrapper(this, "pinpointJson", "");

    /** @param failed told, in a sentence, why a count failed */
    LiveCount(SegmentService segments, BackgroundWork background, Consumer<String> failed) {
        this.segments = segments;
        this.background = background;
        this.failed = failed;
    }

    /** Endpoints and users matching; null while the criteria cannot be counted. */
    ReadOnlyObjectProperty<SegmentCount> countProperty() {
        return count.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty countingProperty() {
        return counting.getReadOnlyProperty();
    }

    /** Endpoints matching each criterion on its own. */
    ObservableList<CriterionCount> breakdown() {
        return breakdown;
    }

    ObservableList<SegmentMember> sample() {
        return sample;
    }

    /** The definition as Pinpoint segment JSON, with a note when it uses Tidings' extensions. */
    ReadOnlyStringProperty pinpointJsonProperty() {
        return pinpointJson.getReadOnlyProperty();
    }

    /** Counts again, dropping any count under way; with no definition, as for a segment that cannot be read, shows none. */
    void recount(Optional<SegmentDefinition> definition) {
        recount(definition, "");
    }

    /**
     * Counts the finished criteria while another is being written; the JSON says it leaves that one out, since it is
     * not what Save would store.
     */
    void recountFinishedPart(Optional<SegmentDefinition> finished) {
        recount(finished, "\n\n// Without the unfinished criterion: this is what is counted, not yet what Save stores.");
    }

    private void recount(Optional<SegmentDefinition> definition, String note) {
        long current = ++generation;
        if (running != null) {
            running.cancel();
        }
        if (definition.isEmpty()) {
            count.set(null);
            breakdown.clear();
            sample.clear();
            pinpointJson.set("");
            return;
        }
        pinpointJson.set(SegmentJson.write(definition.get()) + (definition.get().fitsPinpoint() ? ""
                : "\n\n// Excluding segments is a Tidings extension: Pinpoint cannot read ExcludeSegments.") + note);
        counting.set(true);
        running = background.run(BackgroundJob.of("Counting the segment", progress -> {
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
                counting.set(false);
            }
        }).onFailure(error -> {
            if (current == generation) {
                counting.set(false);
                count.set(null);
                failed.accept(error instanceof InvalidSegmentException ? error.getMessage()
                        : "The segment could not be counted: " + error.getMessage());
            }
        }).onCancelled(() -> {
            if (current == generation) {
                counting.set(false);
            }
        }));
    }

    private record Counted(SegmentCount total, List<CriterionCount> criteria, List<SegmentMember> members) {
    }
}
