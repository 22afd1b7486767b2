package io.tidings.app;

import io.tidings.analytics.ui.AnalyticsView;
import io.tidings.analytics.ui.AnalyticsViewModel;
import io.tidings.analytics.ui.EventRetentionView;
import io.tidings.analytics.ui.EventRetentionViewModel;
import io.tidings.apikey.ui.ApiKeysView;
import io.tidings.apikey.ui.ApiKeysViewModel;
import io.tidings.audience.ui.AudienceView;
import io.tidings.audience.ui.AudienceViewModel;
import io.tidings.campaign.ui.CampaignEditorViewModel;
import io.tidings.campaign.ui.CampaignsView;
import io.tidings.campaign.ui.CampaignsViewModel;
import io.tidings.campaign.ui.RunMonitorViewModel;
import io.tidings.channel.accounts.ui.ChannelAccountsView;
import io.tidings.channel.accounts.ui.ChannelAccountsViewModel;
import io.tidings.channel.accounts.ui.SendingLimitsView;
import io.tidings.channel.accounts.ui.SendingLimitsViewModel;
import io.tidings.dashboard.ui.DashboardResultsView;
import io.tidings.dashboard.ui.DashboardResultsViewModel;
import io.tidings.dashboard.ui.OverviewView;
import io.tidings.dashboard.ui.OverviewViewModel;
import io.tidings.delivery.ui.OutboxView;
import io.tidings.delivery.ui.SandboxMessagesViewModel;
import io.tidings.delivery.ui.SendJobsViewModel;
import io.tidings.delivery.ui.SimulatedOutcomesView;
import io.tidings.delivery.ui.SimulatedOutcomesViewModel;
import io.tidings.journey.ui.ActivityPropertiesViewModel;
import io.tidings.journey.ui.JourneyDesignerViewModel;
import io.tidings.journey.ui.JourneysView;
import io.tidings.journey.ui.JourneysViewModel;
import io.tidings.journey.ui.simulation.SimulatorViewModel;
import io.tidings.segment.ui.SegmentsView;
import io.tidings.segment.ui.SegmentsViewModel;
import io.tidings.server.ui.TrackingServerView;
import io.tidings.server.ui.TrackingServerViewModel;
import io.tidings.settings.ui.SettingsPage;
import io.tidings.settings.ui.SettingsView;
import io.tidings.settings.ui.SettingsViewModel;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.Section;
import io.tidings.shell.SectionViewFactory;
import io.tidings.shell.SendNow;
import io.tidings.shell.ShellViewModel;
import io.tidings.shell.OpenTemplate;
import io.tidings.shell.ShowCampaignResults;
import io.tidings.template.ui.TemplateEditorViewModel;
import io.tidings.template.ui.TemplatesView;
import io.tidings.template.ui.TemplatesViewModel;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.workspace.AppDirectories;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;

/**
 * The desktop app's part of the composition: builds each section's view and view model for an open workspace,
 * handing each view model the services it uses.
 */
final class SectionViews implements SectionViewFactory<DesktopWorkspace> {

    /** How long the template preview waits after the last keystroke before rendering. */
    private static final Duration PREVIEW_DEBOUNCE = Duration.ofMillis(200);
    /** How long the journey designer waits after the last edit before checking the journey. */
    private static final Duration JOURNEY_CHECK_PAUSE = Duration.ofMillis(300);

    private final ShellViewModel<DesktopWorkspace> shell;
    private final Wiring wiring;
    private final BackgroundWork background;
    private final AppDirectories directories;
    private final DialogService dialogs;
    private final SendNow sendNow = new SendNow() {
        @Override
        public void sendTemplate(long templateId) {
            startCampaign(new CampaignEditorViewModel.Start(templateId, null));
        }

        @Override
        public void sendToSegment(long segmentId) {
            startCampaign(new CampaignEditorViewModel.Start(null, segmentId));
        }
    };
    private final ShowCampaignResults campaignResults = this::showCampaignResults;
    private final OpenTemplate openTemplate = this::openTemplate;
    private TemplatesViewModel templatesShown;
    private Long pendingTemplate;
    /** The Analytics section's view model of the open workspace, once the section was shown. */
    private AnalyticsViewModel analyticsShown;
    private Long pendingResults;
    /** The Campaigns section's view model of the open workspace, once the section was shown. */
    private CampaignsViewModel campaignsShown;
    private CampaignEditorViewModel.Start pendingStart;

    SectionViews(ShellViewModel<DesktopWorkspace> shell, Wiring wiring, BackgroundWork background,
            AppDirectories directories, DialogService dialogs) {
        this.dialogs = dialogs;
        this.shell = shell;
        this.wiring = wiring;
        this.background = background;
        this.directories = directories;
        // After the window has built or shown the section's screen for this change.
        shell.sectionProperty().addListener((observable, old, section) -> {
            if (section == Section.CAMPAIGNS && pendingStart != null) {
                Platform.runLater(this::startPendingCampaign);
            }
            if (section == Section.ANALYTICS && pendingResults != null) {
                Platform.runLater(this::showPendingResults);
            }
            if (section == Section.TEMPLATES && pendingTemplate != null) {
                Platform.runLater(this::openPendingTemplate);
            }
        });
    }

    @Override
    public Node create(Section section, DesktopWorkspace shown) {
        OpenedWorkspace workspace = shown.services();
        return switch (section) {
            case DASHBOARD -> new OverviewView(new OverviewViewModel(workspace.workspace(), workspace.audience(),
                    workspace.templates(), background), new DashboardResultsView(new DashboardResultsViewModel(
                            workspace.analytics(), background, dialogs, workspace.workspace().file(),
                            campaignResults)), openTemplate);
            case SETTINGS -> new SettingsView(new SettingsViewModel(workspace.workspace(), wiring.workspaces(), shell,
                    () -> shell.workspaceChanged(shown), background, directories), settingsPages(workspace));
            case AUDIENCE -> new AudienceView(new AudienceViewModel(workspace.audience(), workspace.audienceImport(),
                    workspace.audienceExport(), workspace.userActivity(), background, dialogs, shell::openSampleWorkspace));
            case SEGMENTS -> new SegmentsView(new SegmentsViewModel(workspace.segments(), workspace.segmentFields(),
                    workspace.audienceExport(), background, dialogs, sendNow));
            case TEMPLATES -> templates(workspace);
            case CAMPAIGNS -> campaigns(workspace);
            case OUTBOX -> outbox(workspace);
            case JOURNEYS -> journeys(workspace);
            case ANALYTICS -> analytics(workspace);
        };
    }

    private Node templates(OpenedWorkspace workspace) {
        templatesShown = new TemplatesViewModel(workspace.templates(),
                new TemplateEditorViewModel(workspace.templates(), workspace.templatePreviewer(),
                        workspace.previewEndpoints(), background, PREVIEW_DEBOUNCE),
                background, dialogs, sendNow);
        TemplatesView view = new TemplatesView(templatesShown);
        openPendingTemplate();
        return view;
    }

    /** A template from the Dashboard: the Templates section with it open (once its screen exists). */
    private void openTemplate(long templateId) {
        pendingTemplate = templateId;
        shell.showSection(Section.TEMPLATES);
        openPendingTemplate();
    }

    private void openPendingTemplate() {
        if (templatesShown != null && shell.sectionProperty().get() == Section.TEMPLATES && pendingTemplate != null) {
            long templateId = pendingTemplate;
            pendingTemplate = null;
            templatesShown.open(templateId);
        }
    }

    private Node analytics(OpenedWorkspace workspace) {
        analyticsShown = new AnalyticsViewModel(workspace.analytics(), background, dialogs,
                workspace.workspace().file());
        AnalyticsView view = new AnalyticsView(analyticsShown);
        if (pendingResults != null) {
            analyticsShown.showCampaign(pendingResults);
            pendingResults = null;
        } else {
            analyticsShown.start();
        }
        return view;
    }

    /**
     * A campaign's results from the Dashboard: the Analytics section with the campaign chosen. The section's screen
     * may not exist yet; then it starts with the campaign.
     */
    private void showCampaignResults(long campaignId) {
        pendingResults = campaignId;
        shell.showSection(Section.ANALYTICS);
        showPendingResults();
    }

    private void showPendingResults() {
        if (analyticsShown != null && shell.sectionProperty().get() == Section.ANALYTICS && pendingResults != null) {
            analyticsShown.showCampaign(pendingResults);
            pendingResults = null;
        }
    }

    private Node campaigns(OpenedWorkspace workspace) {
        CampaignEditorViewModel editor = new CampaignEditorViewModel(workspace.campaigns(), workspace.segments(),
                workspace.templates(), workspace.templatePreviewer(), background,
                () -> workspace.channelAccounts().load().ratesPerSecond());
        editor.suggestEventTypes(workspace.eventRecorder()::seenEventTypes);
        RunMonitorViewModel monitor = new RunMonitorViewModel(workspace.campaigns(), workspace.sendJobs(), background,
                dialogs, Clock.systemDefaultZone());
        campaignsShown = new CampaignsViewModel(workspace.campaigns(), editor, monitor, background, dialogs);
        CampaignsView view = new CampaignsView(campaignsShown);
        startPendingCampaign();
        return view;
    }

    /**
     * "Send now" on a template or segment: the Campaigns section, with a new campaign started from it. The section
     * shows once the editor being left has nothing unsaved, which may be after a save in the background; then the
     * campaign starts, on the screen built for the open workspace.
     */
    private void startCampaign(CampaignEditorViewModel.Start start) {
        pendingStart = start;
        shell.showSection(Section.CAMPAIGNS);
        startPendingCampaign();
    }

    private void startPendingCampaign() {
        if (pendingStart != null && campaignsShown != null && shell.sectionProperty().get() == Section.CAMPAIGNS) {
            CampaignEditorViewModel.Start start = pendingStart;
            pendingStart = null;
            campaignsShown.startNew(start);
        }
    }

    private Node journeys(OpenedWorkspace workspace) {
        ActivityPropertiesViewModel properties = new ActivityPropertiesViewModel(workspace.templates(),
                workspace.segments(), workspace.templatePreviewer(), background, ZoneId.systemDefault());
        JourneyDesignerViewModel designer = new JourneyDesignerViewModel(workspace.journeys(), workspace.journeyRuns(),
                properties, background, dialogs, Clock.systemDefaultZone(), JOURNEY_CHECK_PAUSE);
        designer.simulatorsProperty().set((journey, journeyKey, showCounts) -> new SimulatorViewModel(
                workspace.journeySimulator(), workspace.segments(), background, journey, journeyKey, showCounts));
        return new JourneysView(new JourneysViewModel(workspace.journeys(), designer, background, dialogs));
    }

    private Node outbox(OpenedWorkspace workspace) {
        return new OutboxView(new SendJobsViewModel(workspace.outbox(), workspace.delivery(), background, dialogs),
                new SandboxMessagesViewModel(workspace.sandboxOutbox(), workspace.outbox(), background,
                        Clock.systemDefaultZone()));
    }

    /** Settings' pages after General; each feature builds its own. */
    private List<SettingsPage> settingsPages(OpenedWorkspace workspace) {
        SendingLimitsViewModel limits = new SendingLimitsViewModel(workspace.channelAccounts(), background);
        ChannelAccountsViewModel channels = new ChannelAccountsViewModel(workspace.channelAccounts(), background, dialogs);
        SimulatedOutcomesViewModel sandbox = new SimulatedOutcomesViewModel(workspace.sandboxSettings(), background);
        TrackingServerViewModel trackingServer = new TrackingServerViewModel(workspace.trackingServer(), background);
        ApiKeysViewModel apiKeys = new ApiKeysViewModel(workspace.apiKeys(),
                workspace.trackingServer()::publicAddress, background, dialogs, ZoneId.systemDefault());
        EventRetentionViewModel retention = new EventRetentionViewModel(workspace.eventRetention(), background);
        return List.of(
                new SettingsPage("limits", "Sending limits", "fth-activity", new SendingLimitsView(limits),
                        limits.unsavedProperty(), limits::load),
                new SettingsPage("channels", "Channels", "fth-radio", new ChannelAccountsView(channels),
                        channels.unsavedBinding(), channels::reload),
                new SettingsPage("sandbox", "Sandbox", "fth-box", new SimulatedOutcomesView(sandbox),
                        sandbox.unsavedProperty(), () -> {
                            if (!sandbox.hasUnsavedEdits()) {
                                sandbox.load();
                            }
                        }),
                new SettingsPage("tracking-server", "Tracking server", "fth-globe", new TrackingServerView(trackingServer),
                        trackingServer.unsavedProperty(), () -> { }),
                new SettingsPage("api-keys", "API keys", "fth-key", new ApiKeysView(apiKeys),
                        Bindings.createBooleanBinding(() -> false), apiKeys::load),
                new SettingsPage("analytics", "Analytics", "fth-bar-chart-2", new EventRetentionView(retention),
                        retention.unsavedProperty(), () -> {
                            if (!retention.hasUnsavedEdits()) {
                                retention.load();
                            }
                        }));
    }
}
