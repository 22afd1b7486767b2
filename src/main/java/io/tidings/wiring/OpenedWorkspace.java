package io.tidings.wiring;

import io.tidings.analytics.AnalyticsService;
import io.tidings.analytics.EventImport;
import io.tidings.apikey.ApiKeyService;
import io.tidings.analytics.EventRecorder;
import io.tidings.analytics.EventRetention;
import io.tidings.analytics.RetentionSchedule;
import io.tidings.analytics.KpiService;
import io.tidings.audience.AudienceExport;
import io.tidings.audience.AudienceImport;
import io.tidings.audience.AudienceService;
import io.tidings.audience.UserActivity;
import io.tidings.campaign.CampaignScheduler;
import io.tidings.campaign.CampaignService;
import io.tidings.campaign.TriggeredCampaigns;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.LiveChannelSenders;
import io.tidings.channel.sandbox.SandboxOutbox;
import io.tidings.channel.sandbox.SandboxSettingsStore;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.JobAccountCheck;
import io.tidings.delivery.Outbox;
import io.tidings.delivery.Preflight;
import io.tidings.delivery.SendJobs;
import io.tidings.journey.JourneyService;
import io.tidings.journey.simulation.JourneySimulator;
import io.tidings.journey.run.JourneyExecutor;
import io.tidings.journey.run.JourneyRunService;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentService;
import io.tidings.server.ServerRoute;
import io.tidings.server.ServerRunner;
import io.tidings.template.PreviewEndpoints;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateService;
import io.tidings.workspace.Workspace;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open workspace with every service built once by {@link Wiring}. Only the entry points hold it: the desktop
 * app's section composition and the command line's commands, which hand each screen or call the one or two
 * services it uses. Views, view models and services never see it.
 *
 * <p>Its sending engine sends through the channel accounts saved in Settings (the sandbox where there are none, and
 * whatever is saved later, without a restart); it runs from {@link #startSending()} until {@link #close()}, and so
 * do the campaign scheduler, which fires campaign runs on that engine, the event-triggered campaigns' thread and the
 * daily retention purge.
 *
 * <p>The journey executor ({@code journeyExecutor}) runs published journeys from {@link #startSending()} until
 * {@link #close()} too; {@code journeyRuns} publishes, pauses, resumes and stops them and reads their counts.
 *
 * <p>{@code ingestionRoutes} are what the tracking server mounts to take events and providers' reports in
 * (PutEvents, webhooks).
 */
public record OpenedWorkspace(
        Workspace workspace,
        AudienceService audience,
        AudienceImport audienceImport,
        AudienceExport audienceExport,
        UserActivity userActivity,
        SegmentService segments,
        SegmentFields segmentFields,
        TemplateService templates,
        TemplateRenderer templateRenderer,
        TemplatePreviewer templatePreviewer,
        PreviewEndpoints previewEndpoints,
        ChannelAccountService channelAccounts,
        LiveChannelSenders senders,
        DeliveryEngine delivery,
        SendJobs sendJobs,
        Preflight preflight,
        Outbox outbox,
        SandboxOutbox sandboxOutbox,
        SandboxSettingsStore sandboxSettings,
        SendingEngines engines,
        CampaignService campaigns,
        CampaignScheduler campaignScheduler,
        EventImport eventImport,
        EventRecorder eventRecorder,
        KpiService kpis,
        EventRetention eventRetention,
        ServerRunner trackingServer,
        ApiKeyService apiKeys,
        List<ServerRoute> ingestionRoutes,
        TriggeredCampaigns triggeredCampaigns,
        RetentionSchedule retentionSchedule,
        AnalyticsService analytics,
        JourneyService journeys,
        JourneyRunService journeyRuns,
        JourneyExecutor journeyExecutor)
        implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenedWorkspace.class);

    /** Builds a sending engine over given senders. */
    @FunctionalInterface
    public interface SendingEngines {
        DeliveryEngine open(Map<DeliveryChannel, ChannelSender> senders, DeliverySettings settings,
                JobAccountCheck accountCheck);
    }

    /**
     * A sending engine of its own over {@code senders}, for a command that sends through accounts given on its
     * command line rather than the saved ones; the caller starts and closes it. It sends only the jobs created with
     * the {@code accounts} the senders were opened from; any other job it finds running, it pauses with the reason.
     */
    public DeliveryEngine sendingEngine(ChannelAccounts accounts, Map<DeliveryChannel, ChannelSender> senders,
            DeliverySettings settings) {
        return engines.open(senders, settings, new SameAccountCheck(() -> Optional.of(accounts)));
    }

    /**
     * Starts the sending engine, which first resumes what a crash interrupted; returns this. A workspace open only
     * for reading sends nothing: sending records every message.
     */
    public OpenedWorkspace startSending() {
        if (workspace.readOnlyReason().isPresent()) {
            LOG.info("Not sending from {}: {}", workspace.file(), workspace.readOnlyReason().get());
            return this;
        }
        senders.reload();
        delivery.start();
        // After the engine: the scheduler starts the runs a stop left queued, and fires due ones.
        campaignScheduler.start();
        triggeredCampaigns.start();
        retentionSchedule.start();
        // After the engine too: the journeys' send jobs go out on it.
        journeyExecutor.start();
        return this;
    }

    /**
     * Stops the tracking server (if it runs), the sending engine after its current messages, then closes the
     * workspace file.
     */
    @Override
    public void close() {
        trackingServer.close();
        retentionSchedule.close();
        journeyExecutor.close();
        triggeredCampaigns.close();
        campaignScheduler.close();
        delivery.close();
        senders.close();
        workspace.close();
    }

    /** The journey simulator over this workspace's people and the sandbox's simulated rates; sends nothing. */
    public JourneySimulator journeySimulator() {
        return new JourneySimulator(segments, segmentFields, audience, sandboxSettings, java.time.Clock.systemUTC());
    }
}
