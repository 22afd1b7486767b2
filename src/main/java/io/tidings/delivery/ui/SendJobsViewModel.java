package io.tidings.delivery.ui;

import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.JobState;
import io.tidings.delivery.JobSummary;
import io.tidings.delivery.Outbox;
import io.tidings.delivery.UnsentMessage;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.PagedList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Outbox's send jobs: each with its live counts, pause, resume and cancel through the sending
 * engine, and the messages the selected job did not send, a page at a time.
 */
public final class SendJobsViewModel {

    static final int PAGE_SIZE = 200;

    private final Outbox outbox;
    private final DeliveryEngine engine;
    private final BackgroundWork background;
    private final DialogService dialogs;

    private final ObservableList<JobSummary> jobs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<JobSummary> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<ObservableList<UnsentMessage>> unsent =
            new ReadOnlyObjectWrapper<>(this, "unsent", FXCollections.observableArrayList());
    private final ReadOnlyStringWrapper unsentSummary = new ReadOnlyStringWrapper(this, "unsentSummary", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanBinding canPause = stateIs(JobState.QUEUED, JobState.RUNNING);
    private final BooleanBinding canResume = stateIs(JobState.PAUSED);
    private final BooleanBinding canCancel = stateIs(JobState.QUEUED, JobState.RUNNING, JobState.PAUSED);
    private boolean refreshing;
    private long unsentShownFor = -1;
    private long unsentShownOutcomes = -1;

    public SendJobsViewModel(Outbox outbox, DeliveryEngine engine, BackgroundWork background, DialogService dialogs) {
        this.outbox = outbox;
        this.engine = engine;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Every send job, newest first, with counts as of the last refresh. */
    public ObservableList<JobSummary> jobs() {
        return FXCollections.unmodifiableObservableList(jobs);
    }

    public ReadOnlyObjectProperty<JobSummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected job's messages that were not sent, loaded a page at a time. */
    public ReadOnlyObjectProperty<ObservableList<UnsentMessage>> unsentProperty() {
        return unsent.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unsentSummaryProperty() {
        return unsentSummary.getReadOnlyProperty();
    }

    /** True once the jobs were read: until then an empty list means "loading", not "no jobs". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canPause() {
        return canPause;
    }

    public BooleanBinding canResume() {
        return canResume;
    }

    public BooleanBinding canCancel() {
        return canCancel;
    }

    public void select(JobSummary job) {
        selected.set(job);
        showUnsent(job);
    }

    /** Reads the jobs and their counts again, unless a read is still under way; keeps the selection. */
    public void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        background.run(BackgroundJob.of("Reading send jobs", progress -> outbox.jobs())
                .quiet()
                .onSuccess(read -> {
                    refreshing = false;
                    loaded.set(true);
                    error.set("");
                    showJobs(read);
                })
                .onFailure(failure -> {
                    refreshing = false;
                    error.set("Could not read the send jobs: " + failure.getMessage());
                }));
    }

    public void pause() {
        change("Pausing", engine::pause);
    }

    public void resume() {
        change("Resuming", engine::resume);
    }

    /** Asks first: a cancelled job never sends the messages it has not sent yet. */
    public void cancel() {
        JobSummary job = selected.get();
        if (job != null && dialogs.confirm("Cancel " + job.job().name() + "?",
                "The " + job.queued() + " messages not sent yet will never be sent. Messages already sent stay sent.",
                "Cancel the job")) {
            change("Cancelling", engine::cancel);
        }
    }

    private void change(String doing, LongConsumer action) {
        JobSummary job = selected.get();
        if (job == null) {
            return;
        }
        background.run(BackgroundJob.of(doing + " " + job.job().name(), progress -> {
                    action.accept(job.job().id());
                    return null;
                })
                .quiet()
                .onSuccess(done -> refresh())
                .onFailure(failure -> error.set(doing + " failed: " + failure.getMessage())));
    }

    private void showJobs(List<JobSummary> read) {
        JobSummary before = selected.get();
        jobs.setAll(read);
        JobSummary again = before == null ? null : read.stream()
                .filter(job -> job.job().id() == before.job().id()).findFirst().orElse(null);
        if (!Objects.equals(again, before)) {
            selected.set(again);
        }
        showUnsent(again);
    }

    /** Reloads the unsent messages when another job is chosen or the job's count of them changed. */
    private void showUnsent(JobSummary job) {
        if (job == null) {
            unsentShownFor = -1;
            unsent.set(FXCollections.observableArrayList());
            unsentSummary.set("");
            return;
        }
        // Not the unsent count itself (failed also counts bounces after sending), but it changes whenever that does.
        long outcomes = job.failed() + job.suppressed() + (job.job().state() == JobState.CANCELLED ? job.queued() : 0);
        if (job.job().id() == unsentShownFor && outcomes == unsentShownOutcomes) {
            return;
        }
        unsentShownFor = job.job().id();
        unsentShownOutcomes = outcomes;
        long jobId = job.job().id();
        background.run(BackgroundJob.of("Reading messages not sent", progress -> outbox.unsentCount(jobId))
                .quiet()
                .onSuccess(total -> {
                    if (unsentShownFor != jobId) {
                        return;
                    }
                    unsentSummary.set(total == 0 ? "Every message of this job was sent or is still queued."
                            : total == 1 ? "1 message was not sent." : String.format("%,d messages were not sent.", total));
                    unsent.set(new PagedList<>(total, PAGE_SIZE, (page, deliver) -> background.run(
                            BackgroundJob.of("Reading messages not sent",
                                    progress -> outbox.unsent(jobId, page * PAGE_SIZE, PAGE_SIZE))
                                    .quiet()
                                    .onSuccess(deliver))));
                })
                .onFailure(failure -> error.set("Could not read the messages not sent: " + failure.getMessage())));
    }

    private BooleanBinding stateIs(JobState... states) {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && List.of(states).contains(selected.get().job().state()), selected);
    }
}
