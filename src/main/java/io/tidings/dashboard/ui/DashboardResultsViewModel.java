package io.tidings.dashboard.ui;

import io.tidings.analytics.AnalyticsService;
import io.tidings.analytics.CampaignResult;
import io.tidings.analytics.DateRange;
import io.tidings.analytics.WorkspaceDashboard;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.ShowCampaignResults;
import io.tidings.ui.chart.ChartExport;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Dashboard's results: headline KPIs of every message with their change against the previous period, the days'
 * counts and the latest campaigns, for the range the marketer picks. Each read runs in the background; a newer read
 * supersedes an older one, whose result, however late, is never shown.
 */
public final class DashboardResultsViewModel {

    /** The range a new Dashboard shows. */
    static final int DEFAULT_DAYS = 30;

    private final AnalyticsService analytics;
    private final BackgroundWork background;
    private final ShowCampaignResults results;
    private final ChartExport export;

    private final ObjectProperty<DateRange> range = new SimpleObjectProperty<>(this, "range");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyObjectWrapper<WorkspaceDashboard> dashboard = new ReadOnlyObjectWrapper<>(this, "dashboard");
    private long latestRequest;
    private BackgroundWork.Cancellable running;

    /** @param workspaceFile the open workspace, which no chart export may overwrite */
    public DashboardResultsViewModel(AnalyticsService analytics, BackgroundWork background, DialogService dialogs,
            Path workspaceFile, ShowCampaignResults results) {
        this.analytics = analytics;
        this.background = background;
        this.results = results;
        this.export = new ChartExport(dialogs, background, workspaceFile, notice::set);
        range.set(DateRange.lastDays(DEFAULT_DAYS, analytics.today()));
        range.addListener((observable, old, now) -> refresh());
    }

    /** The range shown; setting it reads the results again. */
    public ObjectProperty<DateRange> rangeProperty() {
        return range;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The results last read; null before the first read ends. */
    public ReadOnlyObjectProperty<WorkspaceDashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** What the last export did ("Saved to …"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Saves the charts' images and data. */
    public ChartExport export() {
        return export;
    }

    /** Today in UTC, where the "last N days" ranges end. */
    public LocalDate today() {
        return analytics.today();
    }

    /** Reads the results of the range again. */
    public void refresh() {
        DateRange asked = range.get();
        long request = ++latestRequest;
        if (running != null) {
            running.cancel();
        }
        loading.set(true);
        running = background.run(BackgroundJob.of("Reading the dashboard's results", progress -> analytics.dashboard(asked))
                .quiet()
                .onSuccess(read -> {
                    if (request == latestRequest) {
                        dashboard.set(read);
                        error.set(null);
                        loading.set(false);
                    }
                })
                .onFailure(failure -> {
                    if (request == latestRequest) {
                        error.set("The results could not be read: " + failure.getMessage());
                        loading.set(false);
                    }
                })
                .onCancelled(() -> {
                    if (request == latestRequest) {
                        loading.set(false);
                    }
                }));
    }

    /** Opens the campaign's results in the Analytics section. */
    public void openCampaign(CampaignResult campaign) {
        results.show(campaign.campaign().id());
    }
}
