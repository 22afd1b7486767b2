package io.tidings.analytics.ui;

import io.tidings.analytics.AbKpi;
import io.tidings.analytics.AnalyticsService;
import io.tidings.analytics.AnalyticsSubject;
import io.tidings.analytics.Breakdowns;
import io.tidings.analytics.DateRange;
import io.tidings.analytics.JourneyCatalog;
import io.tidings.analytics.JourneyReport;
import io.tidings.analytics.ScopeReport;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.ui.chart.ChartExport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Analytics section: the marketer picks what to report on, a range of days and the KPI the A/B results compare;
 * the report and the breakdowns are read in the background, each newer read superseding the older one, so a slow old
 * result never replaces a newer one.
 */
public final class AnalyticsViewModel {

    static final int DEFAULT_DAYS = 30;

    private final AnalyticsService analytics;
    private final BackgroundWork background;
    private final ChartExport export;

    private final ObservableList<AnalyticsSubject> subjects = FXCollections.observableArrayList();
    private final ObjectProperty<AnalyticsSubject> subject =
            new SimpleObjectProperty<>(this, "subject", AnalyticsSubject.ALL_MESSAGES);
    private final ObjectProperty<DateRange> range = new SimpleObjectProperty<>(this, "range");
    private final ObjectProperty<AbKpi> kpi = new SimpleObjectProperty<>(this, "kpi", AbKpi.CLICK_RATE);
    private final ReadOnlyObjectWrapper<ScopeReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ObservableList<JourneyCatalog.Entry> journeys = FXCollections.observableArrayList();
    /** The journey reported on instead of the subject; null when the subject is. */
    private final ObjectProperty<JourneyCatalog.Entry> journey = new SimpleObjectProperty<>(this, "journey");
    private final ReadOnlyObjectWrapper<JourneyReport> journeyReport =
            new ReadOnlyObjectWrapper<>(this, "journeyReport");
    private final Reads journeyReads = new Reads();
    private final ReadOnlyObjectWrapper<Breakdowns> breakdowns = new ReadOnlyObjectWrapper<>(this, "breakdowns");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper breakdownsLoading = new ReadOnlyBooleanWrapper(this, "breakdownsLoading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper breakdownsError = new ReadOnlyStringWrapper(this, "breakdownsError");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final Reads reportReads = new Reads();
    private final Reads breakdownReads = new Reads();
    /** Whether the breakdowns are on screen: they are read only then (they join every rollup row to its endpoint). */
    private boolean breakdownsShown;
    /** Whether the breakdowns shown are those of the subject and range shown. */
    private boolean breakdownsCurrent;
    /** A campaign to show once the subjects are read (opened from the Dashboard). */
    private Long campaignToShow;

    /** @param workspaceFile the open workspace, which no chart export may overwrite */
    public AnalyticsViewModel(AnalyticsService analytics, BackgroundWork background, DialogService dialogs,
            Path workspaceFile) {
        this.analytics = analytics;
        this.background = background;
        this.export = new ChartExport(dialogs, background, workspaceFile, notice::set);
        range.set(DateRange.lastDays(DEFAULT_DAYS, analytics.today()));
        // The picker's list is replaced when campaigns are read again, which empties its value for a moment.
        subject.addListener((observable, old, now) -> {
            if (now != null) {
                journey.set(null);
                refresh();
            }
        });
        // A journey and a subject take turns: choosing one clears the other.
        journey.addListener((observable, old, now) -> {
            if (now != null) {
                subject.set(null);
                readJourney();
            }
        });
        range.addListener((observable, old, now) -> refresh());
        kpi.addListener((observable, old, now) -> readReport());
    }

    public ObservableList<AnalyticsSubject> subjects() {
        return subjects;
    }

    public ObjectProperty<AnalyticsSubject> subjectProperty() {
        return subject;
    }

    public ObjectProperty<DateRange> rangeProperty() {
        return range;
    }

    /** The KPI the treatments are compared on. */
    public ObjectProperty<AbKpi> kpiProperty() {
        return kpi;
    }

    /** The workspace's journeys, for the journey picker. */
    public ObservableList<JourneyCatalog.Entry> journeys() {
        return journeys;
    }

    public ObjectProperty<JourneyCatalog.Entry> journeyProperty() {
        return journey;
    }

    public ReadOnlyObjectProperty<JourneyReport> journeyReportProperty() {
        return journeyReport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScopeReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Breakdowns> breakdownsProperty() {
        return breakdowns.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty breakdownsLoadingProperty() {
        return breakdownsLoading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Why the breakdowns could not be read; empty when they could. */
    public ReadOnlyStringProperty breakdownsErrorProperty() {
        return breakdownsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ChartExport export() {
        return export;
    }

    public LocalDate today() {
        return analytics.today();
    }

    /** Reads the list of subjects (campaigns come and go), then the report. */
    public void start() {
        background.run(BackgroundJob.of("Reading the campaigns", progress -> analytics.subjects())
                .quiet()
                .onSuccess(this::showSubjects)
                .onFailure(failure -> error.set("The campaigns could not be read: " + failure.getMessage())));
        background.run(BackgroundJob.of("Reading the journeys", progress -> analytics.journeys())
                .quiet()
                .onSuccess(this::showJourneys)
                .onFailure(failure -> error.set("The journeys could not be read: " + failure.getMessage())));
    }

    /** Shows the campaign's results, once the list of subjects holds it. */
    public void showCampaign(long campaignId) {
        campaignToShow = campaignId;
        start();
    }

    /** Reads the report and, when they are on screen, the breakdowns of the subject and range again. */
    public void refresh() {
        if (journey.get() != null) {
            readJourney();
            return;
        }
        if (subject.get() == null) {
            return;
        }
        readReport();
        breakdownsCurrent = false;
        if (breakdownsShown) {
            readBreakdowns();
        }
    }

    /** The breakdowns came on screen ({@code true}) or left it. */
    public void breakdownsShown(boolean shown) {
        breakdownsShown = shown;
        if (shown && !breakdownsCurrent && subject.get() != null) {
            readBreakdowns();
        }
    }

    private void showJourneys(List<JourneyCatalog.Entry> read) {
        JourneyCatalog.Entry shown = journey.get();
        journeys.setAll(read);
        if (shown != null) {
            // The list's new entry of the journey shown (renamed, say), else the one shown stays.
            read.stream().filter(candidate -> candidate.id().equals(shown.id())).findFirst().ifPresent(journey::set);
        }
    }

    private void showSubjects(List<AnalyticsSubject> read) {
        if (journey.get() != null && campaignToShow == null) {
            subjects.setAll(read);
            refresh();
            return;
        }
        AnalyticsSubject shown = subject.get() == null ? AnalyticsSubject.ALL_MESSAGES : subject.get();
        subjects.setAll(read);
        AnalyticsSubject chosen = read.stream().filter(candidate -> candidate.equals(shown)).findFirst()
                .orElse(AnalyticsSubject.ALL_MESSAGES);
        if (campaignToShow != null) {
            long id = campaignToShow;
            campaignToShow = null;
            chosen = read.stream().filter(candidate -> candidate.campaign() != null && candidate.campaign().id() == id)
                    .findFirst().orElse(chosen);
        }
        if (chosen.equals(subject.get())) {
            refresh();
        } else {
            subject.set(chosen);
        }
    }

    private void readReport() {
        AnalyticsSubject asked = subject.get();
        DateRange days = range.get();
        AbKpi compared = kpi.get();
        loading.set(true);
        reportReads.start(background, BackgroundJob.of("Reading the results of " + asked.label(),
                progress -> analytics.report(asked, days, compared)), read -> {
                    report.set(read);
                    error.set(null);
                    loading.set(false);
                }, failure -> {
                    error.set("The results of %s could not be read: %s".formatted(asked.label(), failure.getMessage()));
                    loading.set(false);
                }, () -> loading.set(false));
    }

    private void readJourney() {
        JourneyCatalog.Entry asked = journey.get();
        DateRange days = range.get();
        loading.set(true);
        journeyReads.start(background, BackgroundJob.of("Reading the results of " + asked.name(),
                progress -> analytics.journeyReport(asked, days)), read -> {
                    journeyReport.set(read);
                    error.set(null);
                    loading.set(false);
                }, failure -> {
                    error.set("The results of %s could not be read: %s".formatted(asked.name(), failure.getMessage()));
                    loading.set(false);
                }, () -> loading.set(false));
    }

    private void readBreakdowns() {
        breakdownsCurrent = true;
        AnalyticsSubject asked = subject.get();
        DateRange days = range.get();
        breakdownsLoading.set(true);
        breakdownReads.start(background, BackgroundJob.of("Reading the breakdowns of " + asked.label(),
                progress -> analytics.breakdowns(asked, days)), read -> {
                    breakdowns.set(read);
                    breakdownsError.set(null);
                    breakdownsLoading.set(false);
                }, failure -> {
                    breakdownsError.set("The breakdowns of %s could not be read: %s".formatted(asked.label(), failure.getMessage()));
                    breakdownsLoading.set(false);
                }, () -> breakdownsLoading.set(false));
    }
}
