package io.tidings.journey.ui;

import io.tidings.journey.JourneyRuns;
import io.tidings.journey.ParticipantPosition;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The participants of a published journey at one activity, longest waiting first, as the executor has them. */
public final class ParticipantsViewModel {

    /** The most participants listed at once. */
    static final int MOST = 200;

    private final JourneyRuns runs;
    private final BackgroundWork background;
    private final ObservableList<ParticipantPosition> shown = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private long generation;

    ParticipantsViewModel(JourneyRuns runs, BackgroundWork background) {
        this.runs = runs;
        this.background = background;
    }

    public ObservableList<ParticipantPosition> participants() {
        return shown;
    }

    /** "Participants at Email1 (12)", or empty while none is asked for. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    void show(long journeyId, String activityKey) {
        long mine = ++generation;
        String where = activityKey == null ? "in the journey" : "at " + activityKey;
        title.set("Reading the participants " + where + "\u2026");
        background.run(BackgroundJob.of("Reading the participants " + where,
                        progress -> runs.participants(journeyId, activityKey, MOST))
                .quiet()
                .onSuccess(found -> {
                    if (mine == generation) {
                        shown.setAll(found);
                        title.set("Participants " + where + " (" + (found.size() >= MOST ? "the first " + MOST
                                : String.format("%,d", found.size())) + ")");
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        shown.clear();
                        title.set("The participants " + where + " could not be read: " + failure.getMessage());
                    }
                }));
    }

    void clear() {
        generation++;
        shown.clear();
        title.set("");
    }
}
