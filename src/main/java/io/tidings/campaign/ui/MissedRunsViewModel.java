package io.tidings.campaign.ui;

import io.tidings.campaign.CampaignScheduler;
import io.tidings.campaign.MissedRun;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.work.Quote;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The runs that came due while Tidings was closed: nothing is sent late on its own, so the marketer chooses, per
 * campaign, to send the run now or to skip it.
 */
public final class MissedRunsViewModel {

    private final CampaignScheduler scheduler;
    private final BackgroundWork background;
    private final List<MissedRun> runs;
    private final ObservableMap<Long, String> outcomes = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public MissedRunsViewModel(CampaignScheduler scheduler, BackgroundWork background, List<MissedRun> runs) {
        this.scheduler = scheduler;
        this.background = background;
        this.runs = List.copyOf(runs);
    }

    public List<MissedRun> runs() {
        return runs;
    }

    /** What was done about each campaign's missed run, by campaign id, in words. */
    public ObservableMap<Long, String> outcomes() {
        return outcomes;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void sendNow(MissedRun run) {
        long id = run.campaign().id();
        outcomes.put(id, "Sending…");
        background.run(BackgroundJob.of("Sending the missed run of " + Quote.of(run.campaign().name()),
                        progress -> scheduler.sendMissedNow(id))
                .onSuccess(job -> outcomes.put(id, job.isPresent() ? "Sent now." : "Nothing to send any more."))
                .onFailure(failure -> {
                    outcomes.remove(id);
                    error.set("Not sent: " + failure.getMessage());
                }));
    }

    public void skip(MissedRun run) {
        long id = run.campaign().id();
        outcomes.put(id, "Skipping…");
        background.run(BackgroundJob.of("Skipping the missed run of " + Quote.of(run.campaign().name()),
                        progress -> scheduler.skipMissed(id))
                .onSuccess(campaign -> outcomes.put(id, campaign.nextRunAt() == null ? "Skipped; no run is left."
                        : "Skipped; the next run is at " + CampaignsViewModel.when(campaign.nextRunAt()) + "."))
                .onFailure(failure -> {
                    outcomes.remove(id);
                    error.set("Not skipped: " + failure.getMessage());
                }));
    }

    /** Whether the marketer chose for every campaign. */
    public boolean allDecided() {
        return runs.stream().allMatch(run -> outcomes.containsKey(run.campaign().id()));
    }
}
