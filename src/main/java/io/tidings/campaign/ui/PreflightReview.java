package io.tidings.campaign.ui;

import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignService;
import io.tidings.delivery.PreflightReport;
import io.tidings.delivery.RunPlan;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.delivery.ForecastWords;
import io.tidings.delivery.ReasonWords;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The review step's pre-flight of a saved campaign: what its next run (or a launch now) would do to each member of
 * its segment, by treatment, timing and reason, worked out by the engine's own rules in the background, together with
 * why it cannot be launched (if it cannot).
 */
final class PreflightReview {

    static final int SAMPLES = 5;

    private final CampaignService campaigns;
    private final BackgroundWork background;

    private final ObservableList<PreflightLine> lines = FXCollections.observableArrayList();
    private final ObservableList<PreflightLine> shownLines = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyObjectWrapper<List<String>> launchProblems = new ReadOnlyObjectWrapper<>(this, "launchProblems");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private BackgroundWork.Cancellable running;
    private long generation;

    PreflightReview(CampaignService campaigns, BackgroundWork background) {
        this.campaigns = campaigns;
        this.background = background;
    }

    ObservableList<PreflightLine> lines() {
        return shownLines;
    }

    /** Why the campaign cannot be launched, a sentence each; null until checked. */
    ReadOnlyObjectProperty<List<String>> launchProblemsProperty() {
        return launchProblems.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** "1,200 endpoints in the segment: 1,020 get a message now, 30 later, 150 not at all." */
    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Checks the saved campaign; an older check still running is stopped and its result dropped. */
    void check(long campaignId, CampaignDefinition definition) {
        forget();
        long mine = ++generation;
        checking.set(true);
        running = background.run(BackgroundJob.of("Working out the pre-flight", progress -> {
                    List<String> problems = campaigns.launchProblems(campaignId);
                    PreflightReport report = definition.segmentId() == null ? null
                            : campaigns.preflight(campaignId, SAMPLES);
                    return new Checked(problems, report);
                })
                .onSuccess(checked -> {
                    if (mine != generation) {
                        return;
                    }
                    checking.set(false);
                    launchProblems.set(checked.problems());
                    if (checked.report() != null) {
                        show(checked.report(), definition);
                    }
                })
                .onFailure(failure -> {
                    if (mine == generation) {
                        checking.set(false);
                        error.set("The pre-flight could not be worked out: " + failure.getMessage());
                    }
                })
                .onCancelled(() -> {
                    if (mine == generation) {
                        checking.set(false);
                    }
                }));
    }

    private record Checked(List<String> problems, PreflightReport report) {
    }

    /** Drops what was shown: the campaign changed. */
    void forget() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        checking.set(false);
        lines.clear();
        launchProblems.set(null);
        summary.set("");
        error.set("");
    }

    private void show(PreflightReport report, CampaignDefinition definition) {
        long now = 0;
        long later = 0;
        long never = 0;
        List<PreflightLine> shown = new java.util.ArrayList<>();
        for (PreflightReport.Line line : report.lines()) {
            switch (line.timing()) {
                case NOW -> now += line.endpoints();
                case LATER -> later += line.endpoints();
                case NOT_SENT -> never += line.endpoints();
            }
            String why = line.timing() == PreflightReport.Timing.LATER ? ForecastWords.of(line.delay())
                    : ReasonWords.of(line.reason());
            shown.add(new PreflightLine(treatmentName(line.treatment(), definition), ForecastWords.of(line.timing()), why,
                    line.endpoints(), line.sampleEndpointIds()));
        }
        lines.setAll(shown);
        summary.set(String.format("%,d endpoints in the segment: %,d get a message now, %,d later, %,d not at all.",
                report.segmentMembers(), now, later, never)
                + (report.sendingTime().isZero() ? "" : " Sending those due now takes about "
                        + RunMonitorViewModel.duration(report.sendingTime()) + "."));
    }

    static String treatmentName(int treatment, CampaignDefinition definition) {
        if (treatment == RunPlan.HOLDOUT) {
            return "Holdout";
        }
        String label = treatment == 0 ? "Default treatment" : "Treatment " + (treatment + 1);
        if (treatment < definition.treatments().size()) {
            String name = definition.treatments().get(treatment).name();
            if (name != null && !name.isBlank()) {
                return label + " (" + name + ")";
            }
        }
        return label;
    }
}
