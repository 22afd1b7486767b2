package io.tidings.campaign.ui;

import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignRun;
import io.tidings.campaign.CampaignService;
import io.tidings.campaign.CampaignState;
import io.tidings.campaign.CampaignStatus;
import io.tidings.campaign.TriggeredSends;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.RunMessage;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.SendJobs;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.UiCommand;
import io.tidings.work.Quote;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The run monitor of one campaign: its state, the chosen run's live counts and progress, messages a second and the
 * time left, a row per treatment, the runs of a recurring campaign, pause / resume / cancel, and the drill-down to
 * the endpoints with one outcome. It reads the workspace each {@link #refresh()} (the view calls it every second
 * while it is shown), so a run started from the command line in another process shows too.
 */
public final class RunMonitorViewModel {

    static final int DRILL_DOWN_ROWS = 200;

    private final CampaignService campaigns;
    private final SendJobs sendJobs;
    private final BackgroundWork background;
    private final DialogService dialogs;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Campaign> campaign = new ReadOnlyObjectWrapper<>(this, "campaign");
    private final ObservableList<CampaignRun> runs = FXCollections.observableArrayList();
    private final ObservableList<CampaignRun> shownRuns = FXCollections.unmodifiableObservableList(runs);
    private final ReadOnlyObjectWrapper<CampaignRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ObservableList<TreatmentRow> treatments = FXCollections.observableArrayList();
    private final ObservableList<TreatmentRow> shownTreatments = FXCollections.unmodifiableObservableList(treatments);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper(this, "speed", "");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper(this, "timeLeft", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper triggered = new ReadOnlyStringWrapper(this, "triggered", "");
    private final ObservableList<RunMessage> drillDown = FXCollections.observableArrayList();
    private final ObservableList<RunMessage> shownDrillDown = FXCollections.unmodifiableObservableList(drillDown);
    private final ReadOnlyStringWrapper drillDownTitle = new ReadOnlyStringWrapper(this, "drillDownTitle", "");
    private final UiCommand pause;
    private final UiCommand resume;
    private final UiCommand cancel;

    private Long campaignId;
    private Long chosenJob;
    private boolean refreshing;
    private long lastFinished = -1;
    private long lastMillis;
    private double perSecond;

    public RunMonitorViewModel(CampaignService campaigns, SendJobs sendJobs, BackgroundWork background,
            DialogService dialogs, Clock clock) {
        this.campaigns = campaigns;
        this.sendJobs = sendJobs;
        this.background = background;
        this.dialogs = dialogs;
        this.clock = clock;
        pause = new UiCommand(() -> change("Pausing", campaigns::pause), whyNot(current ->
                current == CampaignState.SCHEDULED || current == CampaignState.EXECUTING ? null
                        : "Only a scheduled or sending campaign can be paused."));
        resume = new UiCommand(() -> change("Resuming", campaigns::resume), whyNot(current ->
                current == CampaignState.PAUSED ? null : "Only a paused campaign can be resumed."));
        cancel = new UiCommand(this::askCancel, whyNot(current ->
                current.isFinished() || current == CampaignState.DRAFT
                        ? "The campaign is " + current.name().toLowerCase(java.util.Locale.ROOT) + ": there is nothing to cancel."
                        : null));
    }

    private javafx.beans.binding.StringBinding whyNot(Function<CampaignState, String> reason) {
        return Bindings.createStringBinding(() -> campaign.get() == null ? "Reading the campaign…"
                : reason.apply(campaign.get().state()), campaign);
    }

    // ---- State

    public ReadOnlyObjectProperty<Campaign> campaignProperty() {
        return campaign.getReadOnlyProperty();
    }

    /** The campaign's runs, newest first. */
    public ObservableList<CampaignRun> runs() {
        return shownRuns;
    }

    /** The run the counts are of: the newest unless the marketer chose another. */
    public ReadOnlyObjectProperty<CampaignRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ObservableList<TreatmentRow> treatments() {
        return shownTreatments;
    }

    /** From 0 to 1: the run's messages with an outcome. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Sending: 1,200 of 5,000 messages have an outcome." */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** For an event-triggered campaign, its events and triggered messages in words; empty otherwise. */
    public ReadOnlyStringProperty triggeredProperty() {
        return triggered.getReadOnlyProperty();
    }

    public ObservableList<RunMessage> drillDown() {
        return shownDrillDown;
    }

    public ReadOnlyStringProperty drillDownTitleProperty() {
        return drillDownTitle.getReadOnlyProperty();
    }

    public UiCommand pauseCommand() {
        return pause;
    }

    public UiCommand resumeCommand() {
        return resume;
    }

    public UiCommand cancelCommand() {
        return cancel;
    }

    // ---- Commands

    /** Follows a campaign; its newest run first. */
    public void show(long id) {
        campaignId = id;
        chosenJob = null;
        campaign.set(null);
        runs.clear();
        run.set(null);
        treatments.clear();
        drillDown.clear();
        drillDownTitle.set("");
        progress.set(0);
        state.set("Reading the campaign…");
        speed.set("");
        timeLeft.set("");
        error.set("");
        lastFinished = -1;
        refreshing = false;
        refresh();
    }

    /** Follows another run of a recurring campaign. */
    public void chooseRun(CampaignRun chosen) {
        if (chosen == null || chosen.job() == null) {
            return;
        }
        chosenJob = chosen.job().id();
        lastFinished = -1;
        refresh();
    }

    /** Reads the campaign, its runs and the chosen run's counts again, unless a read is still under way. */
    public void refresh() {
        Long id = campaignId;
        if (id == null || refreshing) {
            return;
        }
        refreshing = true;
        Long job = chosenJob;
        background.run(BackgroundJob.of("Reading the campaign's progress", progress -> {
                    CampaignStatus status = campaigns.status(id);
                    CampaignRun shown = pick(status.runs(), job);
                    Map<Integer, JobProgress> byTreatment = shown == null || shown.job() == null ? Map.of()
                            : campaigns.treatmentProgress(shown.job().id());
                    TriggeredSends sends = status.campaign().definition().schedule().isEventTriggered()
                            ? campaigns.triggeredSends(id) : null;
                    return new Read(status, shown, byTreatment, sends);
                })
                .quiet()
                .onSuccess(read -> {
                    refreshing = false;
                    if (!id.equals(campaignId)) {
                        return;
                    }
                    error.set("");
                    showRead(read);
                })
                .onFailure(failure -> {
                    refreshing = false;
                    error.set("The campaign's progress could not be read: " + failure.getMessage());
                }));
    }

    private record Read(CampaignStatus status, CampaignRun run, Map<Integer, JobProgress> byTreatment,
            TriggeredSends triggered) {
    }

    /** Lists the endpoints of the chosen run with {@code outcome} (of one treatment, or of all when null). */
    public void drillDown(Outcome outcome, TreatmentRow treatment) {
        CampaignRun shown = run.get();
        if (shown == null || shown.job() == null || outcome == null) {
            drillDown.clear();
            drillDownTitle.set("");
            return;
        }
        long jobId = shown.job().id();
        Integer which = treatment == null ? null : treatment.treatment();
        String title = outcome.words() + (treatment == null ? "" : ", " + treatment.name());
        background.run(BackgroundJob.of("Reading the endpoints", progress ->
                        sendJobs.messages(jobId, which, outcome.state(), outcome.reason(), 0, DRILL_DOWN_ROWS))
                .quiet()
                .onSuccess(messages -> {
                    drillDown.setAll(messages);
                    drillDownTitle.set(title + ": " + (messages.isEmpty() ? "no endpoints."
                            : messages.size() == DRILL_DOWN_ROWS ? "the first " + DRILL_DOWN_ROWS + " endpoints."
                            : String.format("%,d endpoint%s.", messages.size(), messages.size() == 1 ? "" : "s")));
                })
                .onFailure(failure -> error.set("The endpoints could not be read: " + failure.getMessage())));
    }

    public void pause() {
        pause.run();
    }

    public void resume() {
        resume.run();
    }

    public void cancel() {
        cancel.run();
    }

    // ----

    private void askCancel() {
        Campaign current = campaign.get();
        if (dialogs.confirm("Cancel " + Quote.of(current.name()) + "?", "Messages not sent yet will never be sent, "
                + "and no later run will start. Messages already sent stay sent.", "Cancel the campaign")) {
            change("Cancelling", campaigns::cancel);
        }
    }

    private void change(String doing, Function<Long, Campaign> action) {
        Campaign current = campaign.get();
        background.run(BackgroundJob.of(doing + " " + Quote.of(current.name()), work -> action.apply(current.id()))
                .onSuccess(changed -> {
                    campaign.set(changed);
                    refresh();
                })
                .onFailure(failure -> error.set(doing + " failed: " + failure.getMessage())));
    }

    private static CampaignRun pick(List<CampaignRun> all, Long jobId) {
        if (jobId != null) {
            for (CampaignRun candidate : all) {
                if (candidate.job() != null && candidate.job().id() == jobId) {
                    return candidate;
                }
            }
        }
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private void showRead(Read read) {
        CampaignStatus status = read.status();
        campaign.set(status.campaign());
        List<CampaignRun> newestFirst = new ArrayList<>(status.runs());
        java.util.Collections.reverse(newestFirst);
        if (!newestFirst.equals(runs)) {
            runs.setAll(newestFirst);
        }
        run.set(read.run());
        List<TreatmentRow> rows = new ArrayList<>();
        read.byTreatment().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparingInt(
                        key -> key == RunPlan.HOLDOUT ? Integer.MAX_VALUE : key)))
                .forEach(entry -> rows.add(new TreatmentRow(entry.getKey(),
                        PreflightReview.treatmentName(entry.getKey(), status.campaign().definition()), entry.getValue())));
        treatments.setAll(rows);
        JobProgress counts = read.run() == null ? null : read.run().progress();
        showProgress(status.campaign(), read.run(), counts);
        triggered.set(read.triggered() == null ? "" : TriggeredWords.of(status.campaign(), read.triggered()));
    }

    private void showProgress(Campaign shown, CampaignRun current, JobProgress counts) {
        if (counts == null || counts.total() == 0) {
            progress.set(current == null ? 0 : -1);
            state.set(stateWords(shown, current) + (current != null && current.problem() != null
                    ? " " + current.problem() : ""));
            speed.set("");
            timeLeft.set("");
            return;
        }
        long total = counts.total();
        long finished = counts.finished();
        progress.set((double) finished / total);
        state.set(stateWords(shown, current) + String.format(" %,d of %,d messages have an outcome.", finished, total));
        long now = clock.millis();
        if (lastFinished >= 0 && now > lastMillis) {
            double measured = (finished - lastFinished) * 1000.0 / (now - lastMillis);
            perSecond = perSecond == 0 ? measured : 0.5 * perSecond + 0.5 * measured;
        }
        lastFinished = finished;
        lastMillis = now;
        boolean sending = current.job() != null && !current.job().state().isFinished()
                && shown.state() != CampaignState.PAUSED;
        speed.set(sending ? String.format("%,.0f messages a second", perSecond) : "");
        long left = total - finished;
        timeLeft.set(!sending || left == 0 ? "" : perSecond < 0.5 ? "Time left: working it out…"
                : "About " + duration(Duration.ofSeconds((long) Math.ceil(left / perSecond))) + " left");
    }

    private static String stateWords(Campaign shown, CampaignRun current) {
        return switch (shown.state()) {
            case DRAFT -> "A draft: not launched yet.";
            case SCHEDULED -> shown.definition().schedule().isEventTriggered() ? "Waiting for events."
                    : shown.nextRunAt() == null ? "Scheduled."
                    : "Scheduled: the next run is at " + CampaignsViewModel.when(shown.nextRunAt()) + ".";
            case EXECUTING -> "Sending.";
            case PAUSED -> "Paused.";
            case COMPLETED -> "Completed.";
            case CANCELLED -> "Cancelled.";
        } + (current == null ? " No run yet." : "");
    }

    /** "3 min 20 s", "45 s", "2 h 5 min". */
    static String duration(Duration length) {
        long seconds = Math.max(1, length.toSeconds());
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
        }
        return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
    }
}
