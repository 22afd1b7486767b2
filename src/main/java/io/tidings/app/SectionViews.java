package io.tidings.app;

import io.tidings.audience.ui.AudienceView;
import io.tidings.audience.ui.AudienceViewModel;
import io.tidings.channel.accounts.ui.ChannelAccountsView;
import io.tidings.channel.accounts.ui.ChannelAccountsViewModel;
import io.tidings.delivery.ui.OutboxView;
import io.tidings.delivery.ui.SandboxMessagesViewModel;
import io.tidings.delivery.ui.SendJobsViewModel;
import io.tidings.delivery.ui.SimulatedOutcomesViewModel;
import io.tidings.segment.ui.SegmentsView;
import io.tidings.segment.ui.SegmentsViewModel;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.DialogService;
import io.tidings.shell.PlannedSectionView;
import io.tidings.shell.Section;
import io.tidings.shell.SectionViewFactory;
import io.tidings.shell.ShellViewModel;
import io.tidings.template.ui.TemplateEditorViewModel;
import io.tidings.template.ui.TemplatesView;
import io.tidings.template.ui.TemplatesViewModel;
import io.tidings.workspace.AppDirectories;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.dashboard.ui.OverviewView;
import io.tidings.dashboard.ui.OverviewViewModel;
import io.tidings.settings.ui.SettingsView;
import io.tidings.settings.ui.SettingsViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;

/**
 * The desktop app's part of the composition: builds each section's view and view model for an open workspace,
 * handing each view model the services it uses.
 */
final class SectionViews implements SectionViewFactory<DesktopWorkspace> {

    /** How long the template preview waits after the last keystroke before rendering. */
    private static final Duration PREVIEW_DEBOUNCE = Duration.ofMillis(200);

    private final ShellViewModel<DesktopWorkspace> shell;
    private final Wiring wiring;
    private final BackgroundWork background;
    private final AppDirectories directories;
    private final DialogService dialogs;

    SectionViews(ShellViewModel<DesktopWorkspace> shell, Wiring wiring, BackgroundWork background,
            AppDirectories directories, DialogService dialogs) {
        this.dialogs = dialogs;
        this.shell = shell;
        this.wiring = wiring;
        this.background = background;
        this.directories = directories;
    }

    @Override
    public Node create(Section section, DesktopWorkspace shown) {
        OpenedWorkspace workspace = shown.services();
        return switch (section) {
            case DASHBOARD -> new OverviewView(new OverviewViewModel(workspace.workspace(), workspace.audience(),
                    workspace.templates(), background));
            case SETTINGS -> new SettingsView(new SettingsViewModel(workspace.workspace(), wiring.workspaces(), shell,
                    () -> shell.workspaceChanged(shown), background, directories),
                    new ChannelAccountsView(new ChannelAccountsViewModel(
                            workspace.channelAccounts(), background, dialogs)));
            case AUDIENCE -> new AudienceView(new AudienceViewModel(workspace.audience(), workspace.audienceImport(),
                    workspace.audienceExport(), workspace.userActivity(), background, dialogs, shell::openSampleWorkspace));
            case SEGMENTS -> new SegmentsView(new SegmentsViewModel(workspace.segments(), workspace.segmentFields(),
                    workspace.audienceExport(), background, dialogs));
            case TEMPLATES -> new TemplatesView(new TemplatesViewModel(workspace.templates(),
                    new TemplateEditorViewModel(workspace.templates(), workspace.templatePreviewer(),
                            workspace.previewEndpoints(), background, PREVIEW_DEBOUNCE),
                    background, dialogs));
            case CAMPAIGNS -> new PlannedSectionView(section,
                    "One-off and scheduled sends to a segment.",
                    List.of("Schedules, A/B treatments and holdouts.",
                            "Quiet time in each endpoint's own time zone, and frequency caps.",
                            "Live delivery progress with pause, resume and cancel."));
            case OUTBOX -> outbox(workspace);
            case JOURNEYS -> new PlannedSectionView(section,
                    "Multi-step customer journeys drawn on a canvas.",
                    List.of("A visual designer with waits, splits, holdouts and messages on every channel.",
                            "Validation that points at the activity that needs fixing, and a simulator.",
                            "Journeys stored as Pinpoint journey JSON."));
            case ANALYTICS -> new PlannedSectionView(section,
                    "How your messages do.",
                    List.of("Sends, deliveries, opens, clicks, bounces and opt-outs per campaign, journey and channel.",
                            "Charts over time, conversion and retention.",
                            "Events in Pinpoint's event JSON."));
        };
    }

    private Node outbox(OpenedWorkspace workspace) {
        return new OutboxView(new SendJobsViewModel(workspace.outbox(), workspace.delivery(), background, dialogs),
                new SandboxMessagesViewModel(workspace.sandboxOutbox(), workspace.outbox(), background,
                        Clock.systemDefaultZone()),
                new SimulatedOutcomesViewModel(workspace.sandboxSettings(), background));
    }
}
