package io.tidings.wiring;

import io.tidings.apikey.ApiKeyService;
import io.tidings.apikey.SealingKey;
import io.tidings.audience.AudienceExport;
import io.tidings.audience.AudienceImport;
import io.tidings.analytics.EventImport;
import io.tidings.analytics.EventRecorder;
import io.tidings.analytics.AnalyticsService;
import io.tidings.analytics.EventRetention;
import io.tidings.analytics.RetentionSchedule;
import io.tidings.analytics.EventUserRecords;
import io.tidings.analytics.KpiService;
import io.tidings.audience.AudienceService;
import io.tidings.campaign.Campaign;
import io.tidings.audience.EndpointFeedback;
import io.tidings.audience.EndpointFeedbackRepository;
import io.tidings.campaign.CampaignScheduler;
import io.tidings.campaign.CampaignService;
import io.tidings.campaign.CampaignUses;
import io.tidings.campaign.TriggeredCampaigns;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.LiveChannelSenders;
import io.tidings.channel.sandbox.SandboxCaptures;
import io.tidings.channel.sandbox.SandboxOutbox;
import io.tidings.channel.sandbox.SandboxSender;
import io.tidings.channel.sandbox.SandboxSettingsStore;
import io.tidings.delivery.DeliveryEngine;
import io.tidings.delivery.DeliverySettings;
import io.tidings.delivery.JobAccountCheck;
import io.tidings.delivery.JourneyMessages;
import io.tidings.delivery.MessageReports;
import io.tidings.delivery.MessageTotals;
import io.tidings.delivery.MessageTracking;
import io.tidings.delivery.Outbox;
import io.tidings.delivery.Preflight;
import io.tidings.delivery.ProviderFeedback;
import io.tidings.delivery.SendJobs;
import io.tidings.delivery.SentMessageOrigins;
import io.tidings.delivery.SentMessageRecords;
import io.tidings.delivery.UserActivityExport;
import io.tidings.journey.JourneyService;
import io.tidings.journey.JourneyUses;
import io.tidings.journey.run.JourneyExecutor;
import io.tidings.journey.run.JourneyRunService;
import io.tidings.sample.SampleWorkspace;
import io.tidings.segment.ImportedSegmentRepository;
import io.tidings.segment.SegmentFields;
import io.tidings.segment.SegmentService;
import io.tidings.server.ServerMeters;
import io.tidings.server.ServerRoute;
import io.tidings.server.ServerRunner;
import io.tidings.server.ServerSettingsStore;
import io.tidings.server.TrackingRoutes;
import io.tidings.server.ingest.MessageWebhookHandler;
import io.tidings.server.ingest.PutEventsHandler;
import io.tidings.server.ingest.TwilioWebhookHandler;
import io.tidings.store.Database;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateService;
import io.tidings.tracking.EmailTracking;
import io.tidings.tracking.Engagement;
import io.tidings.tracking.TrackingBase;
import io.tidings.tracking.TrackingLinks;
import io.tidings.tracking.TrackingSecret;
import io.tidings.work.Progress;
import io.tidings.workspace.AppDirectories;
import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceInfo;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place where Tidings' services are built. Opening or creating a workspace builds
 * each of its services once, giving each its collaborators through its constructor, and returns them as an
 * {@link OpenedWorkspace}. The desktop app and the command line both open workspaces here; nothing else calls
 * {@code new} on a service or an engine (ArchitectureTest holds it). A repository, the SQL of one feature, is built
 * by its own feature's service, or here when it implements a port another feature calls.
 */
public final class Wiring {

    /** Who holds the workspace open, which decides two settings that suit one and not the other. */
    public enum Host {
        /**
         * The desktop app: screens read while an import runs, and an idle engine looks for due messages often
         * so that a job started from a screen begins at once.
         */
        DESKTOP,
        /** A command: it has the workspace to itself while it imports, and its engine runs a job to its end. */
        COMMAND_LINE
    }

    /** An idle engine asks for due messages this often in the app; the engine's default suits a headless send. */
    private static final Duration DESKTOP_IDLE_POLL = Duration.ofMillis(250);

    /** The retention purge runs this long after sending starts, then once a day. */
    private static final Duration RETENTION_FIRST_PURGE = Duration.ofMinutes(2);
    private static final Duration RETENTION_PURGE_INTERVAL = Duration.ofDays(1);

    /** How often the campaign scheduler looks for due runs. */
    private static final Duration CAMPAIGN_LOOK = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    private final Host host;
    private final WorkspaceService workspaces = new WorkspaceService();
    private final Clock clock = Clock.systemUTC();
    private final SealingKey sealingKey;

    public Wiring(Host host) {
        this(host, AppDirectories.fromEnvironment());
    }

    /** @param directories where the key that seals API key secrets is kept (outside every workspace file) */
    public Wiring(Host host, AppDirectories directories) {
        this.host = host;
        this.sealingKey = new SealingKey(directories.home().resolve("keys").resolve("sealing.key"));
    }

    /** Opens the workspace file and builds its services. */
    public OpenedWorkspace open(Path file) {
        return assemble(workspaces.open(file));
    }

    /** Creates an empty workspace file named {@code name} and builds its services. */
    public OpenedWorkspace create(Path file, String name) {
        return assemble(workspaces.create(file, name));
    }

    /**
     * Creates the sample workspace: about 3,000 endpoints for 1,600 people, three templates and, with
     * {@code withSegments}, two segments. A failure removes nothing but closes the file.
     */
    public OpenedWorkspace createSample(Path file, String name, boolean withSegments, Progress progress) {
        OpenedWorkspace opened = create(file, name);
        try {
            SampleWorkspace sample = new SampleWorkspace(opened.audience(), opened.templates(), opened.segments());
            sample.populate(progress);
            if (withSegments) {
                sample.addSegments();
                sample.addCampaign(opened.campaigns());
                sample.addJourney(opened.journeys());
            }
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** What is stored about a workspace file, read without building its services. */
    public WorkspaceInfo inspect(Path file) {
        return workspaces.inspect(file);
    }

    /** Renames the open workspace; returns what is stored about it now. */
    public WorkspaceInfo rename(Workspace workspace, String newName) {
        return workspaces.rename(workspace, newName);
    }

    /** The workspace service, for the screens that rename a workspace or change its region. */
    public WorkspaceService workspaces() {
        return workspaces;
    }

    private OpenedWorkspace assemble(Workspace workspace) {
        Database database = workspace.database();
        Supplier<String> defaultRegion = () -> workspace.info().defaultRegion();
        // The sandbox's captures name ledger rows, so they go first.
        AudienceService audience = new AudienceService(database, defaultRegion,
                List.of(new SandboxCaptures(), new SentMessageRecords(), new EventUserRecords()));
        SandboxOutbox sandboxOutbox = new SandboxOutbox(database, clock);
        SandboxSettingsStore sandboxSettings = new SandboxSettingsStore(database, clock);
        // Campaigns that still have to send keep their segment and templates from being deleted.
        CampaignUses campaignUses = new CampaignUses(database);
        // So do journeys that have not ended.
        JourneyUses journeyUses = new JourneyUses(database);
        TemplateService templates = new TemplateService(database, sandboxOutbox, clock,
                templateId -> both(campaignUses.templateUsers().usersOf(templateId),
                        journeyUses.templateUsers().usersOf(templateId)));
        SegmentService segments = new SegmentService(database,
                segmentId -> both(campaignUses.segmentUsers().usersOf(segmentId),
                        journeyUses.segmentUsers().usersOf(segmentId)));
        TemplateRenderer renderer = new TemplateRenderer(clock);
        SendJobs sendJobs = new SendJobs(database, templates, segments, clock);
        EndpointFeedback endpointFeedback = new EndpointFeedbackRepository();
        ApiKeyService apiKeys = new ApiKeyService(database, sealingKey, clock);
        // Custom messages' webhook calls are signed with the secret that signs the delivery-receipt webhook.
        ChannelAccountService channelAccounts = channelAccounts(database, sandboxOutbox, sandboxSettings,
                endpointFeedback, System::getenv, apiKeys::webhookSecret, clock);
        LiveChannelSenders senders = new LiveChannelSenders(channelAccounts);
        if (host == Host.DESKTOP) {
            // The app's engine sends through whatever is saved, from the next message on.
            channelAccounts.whenSaved(senders::reload);
        }
        // Tracking links are signed with the workspace's key, made the first time a link is signed.
        TrackingBase trackingBase = new TrackingBase();
        TrackingLinks trackingLinks = new TrackingLinks(() -> TrackingSecret.of(database));
        // Each campaign's "Track opens and clicks", asked once a run; the campaign service is built after the engine.
        AtomicReference<CampaignService> trackingChoices = new AtomicReference<>();
        MessageTracking tracking = new TrackedMessages(new EmailTracking(trackingBase, trackingLinks),
                campaignId -> trackingChoices.get() == null || trackingChoices.get().tracksOpensAndClicks(campaignId));
        OpenedWorkspace.SendingEngines engines =
                (channelSenders, settings, accountCheck) -> new DeliveryEngine(database, sendJobs, audience::endpointsByKey,
                        endpointFeedback, templates::version, renderer, channelSenders, settings, accountCheck,
                        tracking, clock);
        DeliveryEngine engine = engines.open(senders.byChannel(), engineSettings(channelAccounts),
                new SameAccountCheck(senders::accounts));
        EventRecorder eventRecorder = new EventRecorder(database);
        List<ServerRoute> ingestionRoutes =
                ingestionRoutes(database, apiKeys, eventRecorder, channelAccounts, endpointFeedback, trackingBase,
                        audience);
        ServerRunner trackingServer = trackingServer(database, channelAccounts, trackingBase, trackingLinks,
                new Engagement(new SentMessageOrigins(database), eventRecorder, audience, clock), eventRecorder,
                ingestionRoutes);
        engine.timeSendsWith((channel, nanos) -> trackingServer.meters().sendAnswered(channel.name(), nanos));
        Preflight preflight = new Preflight(database, segments, templates);
        EngineRunControl engineJobs = new EngineRunControl(sendJobs, engine);
        CampaignService campaigns = new CampaignService(database, segments, templates, sendJobs, preflight::check,
                engineJobs, channelAccounts::load, clock);
        trackingChoices.set(campaigns);
        TriggeredCampaigns triggeredCampaigns = new TriggeredCampaigns(campaigns, clock);
        eventRecorder.listen(triggeredCampaigns);
        EventRetention eventRetention = new EventRetention(database, clock);
        JourneyService journeys = new JourneyService(database, segments, templates, clock);
        JourneyExecutor journeyExecutor = new JourneyExecutor(database, journeys, segments,
                new JourneyMessages(templates, apiKeys::applicationId), engineJobs,
                channelAccounts::load, clock);
        eventRecorder.listen(journeyExecutor);
        JourneyRunService journeyRuns = new JourneyRunService(database, journeys, engineJobs,
                journeyExecutor::wake, clock);
        return new OpenedWorkspace(
                workspace,
                audience,
                new AudienceImport(database, new ImportedSegmentRepository(), defaultRegion, host == Host.COMMAND_LINE),
                new AudienceExport(database),
                new UserActivityExport(database),
                segments,
                new SegmentFields(database),
                templates,
                renderer,
                new TemplatePreviewer(renderer),
                new AudiencePreviewEndpoints(audience),
                channelAccounts,
                senders,
                engine,
                sendJobs,
                preflight,
                new Outbox(database, clock),
                sandboxOutbox,
                sandboxSettings,
                engines,
                campaigns,
                new CampaignScheduler(campaigns, clock, CAMPAIGN_LOOK),
                new EventImport(database),
                eventRecorder,
                new KpiService(database, name -> campaigns.findByName(name).map(Campaign::id), clock),
                eventRetention,
                trackingServer,
                apiKeys,
                ingestionRoutes,
                triggeredCampaigns,
                new RetentionSchedule(eventRetention, RETENTION_FIRST_PURGE, RETENTION_PURGE_INTERVAL),
                new AnalyticsService(database, new WorkspaceCampaignCatalog(campaigns, segments),
                        new WorkspaceJourneyCatalog(journeys, journeyRuns), clock),
                journeys,
                journeyRuns,
                journeyExecutor);
    }

    /**
     * The tracking server with its routes, not started; its links' base is the saved public base URL until it
     * starts. Another feature's route (PutEvents, a provider's webhook) is one more line in {@code routes}.
     */
    private ServerRunner trackingServer(Database database, ChannelAccountService channelAccounts,
            TrackingBase trackingBase, TrackingLinks trackingLinks, Engagement engagement, EventRecorder eventRecorder,
            List<ServerRoute> ingestionRoutes) {
        ServerMeters meters = new ServerMeters(new LedgerFigures(new MessageTotals(database)), clock);
        eventRecorder.listen(events -> meters.eventsIngested(events.size()));
        List<ServerRoute> routes = new ArrayList<>(TrackingRoutes.of(trackingLinks, engagement));
        routes.addAll(ingestionRoutes);
        ServerRunner server = new ServerRunner(
                new ServerSettingsStore(database, () -> formerTrackingBaseUrl(channelAccounts)), routes, meters,
                trackingBase);
        server.useSavedBase();
        return server;
    }

    /** The email settings' old tracking base URL, which the server's public base URL replaced; null when unreadable. */
    private static String formerTrackingBaseUrl(ChannelAccountService channelAccounts) {
        try {
            return channelAccounts.load().email().trackingBaseUrl();
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            return null;
        }
    }

    /** What the tracking server takes in: PutEvents, and providers' delivery receipts and inbound messages. */
    private List<ServerRoute> ingestionRoutes(Database database, ApiKeyService apiKeys, EventRecorder eventRecorder,
            ChannelAccountService channelAccounts, EndpointFeedback endpointFeedback, TrackingBase trackingBase,
            AudienceService audience) {
        MessageReports reports = new MessageReports(database);
        // Twilio signs the URL it was given: the server's public base URL (else the URL as the server, or a
        // proxy's X-Forwarded-Host, sees it).
        Supplier<String> publicBaseUrl = () -> trackingBase.current().orElse(null);
        return List.of(
                new ServerRoute(PutEventsHandler.PATH_SPEC, new PutEventsHandler(apiKeys, eventRecorder, audience, clock)),
                new ServerRoute(MessageWebhookHandler.PATH_SPEC, new MessageWebhookHandler(apiKeys, reports, clock)),
                new ServerRoute(TwilioWebhookHandler.PATH_SPEC, new TwilioWebhookHandler(
                        new TwilioAuthTokens(channelAccounts, System::getenv), publicBaseUrl, reports,
                        new ProviderFeedback(database, endpointFeedback, clock), clock)));
    }

    private static List<String> both(List<String> some, List<String> others) {
        return java.util.stream.Stream.concat(some.stream(), others.stream()).toList();
    }

    private static ChannelAccountService channelAccounts(Database database, SandboxOutbox sandboxOutbox,
            SandboxSettingsStore sandboxSettings, EndpointFeedback endpointFeedback, UnaryOperator<String> environment,
            Supplier<String> webhookSecret, Clock clock) {
        MessageReports reports = new MessageReports(database);
        return new ChannelAccountService(database,
                channel -> new SandboxSender(channel, sandboxOutbox, sandboxSettings, reports, clock),
                new ProviderFeedback(database, endpointFeedback, clock), environment, webhookSecret, clock);
    }

    // The pieces below are built the same way for tests that exercise one of them over a workspace file.

    /** The template service over {@code database}, with its sandbox outbox for test sends. */
    public static TemplateService templateService(Database database, Clock clock) {
        return new TemplateService(database, new SandboxOutbox(database, clock), clock);
    }

    public static TemplateService templateService(Database database) {
        return templateService(database, Clock.systemUTC());
    }

    /** The send jobs over {@code database}. */
    public static SendJobs sendJobs(Database database, Clock clock) {
        return new SendJobs(database, templateService(database, clock), new SegmentService(database), clock);
    }

    public static SendJobs sendJobs(Database database) {
        return sendJobs(database, Clock.systemUTC());
    }

    /** A sending engine over {@code database}, sending through {@code senders}; the caller starts and closes it. */
    public static DeliveryEngine deliveryEngine(Database database, Map<DeliveryChannel, ChannelSender> senders,
            DeliverySettings settings, Clock clock) {
        TemplateService templates = templateService(database, clock);
        AudienceService audience = new AudienceService(database);
        return new DeliveryEngine(database, new SendJobs(database, templates, new SegmentService(database), clock),
                audience::endpointsByKey, new EndpointFeedbackRepository(), templates::version, new TemplateRenderer(clock), senders, settings,
                JobAccountCheck.ANY, MessageTracking.NONE, clock);
    }

    public static DeliveryEngine deliveryEngine(Database database, Map<DeliveryChannel, ChannelSender> senders,
            DeliverySettings settings) {
        return deliveryEngine(database, senders, settings, Clock.systemUTC());
    }

    /** The sandbox's sender for {@code channel} over {@code database}. */
    public static SandboxSender sandboxSender(DeliveryChannel channel, Database database, Clock clock) {
        return new SandboxSender(channel, new SandboxOutbox(database, clock), new SandboxSettingsStore(database, clock),
                new MessageReports(database), clock);
    }

    /** A sandbox sender for every channel. */
    public static Map<DeliveryChannel, ChannelSender> sandboxSenders(Database database, Clock clock) {
        Map<DeliveryChannel, ChannelSender> senders = new EnumMap<>(DeliveryChannel.class);
        for (DeliveryChannel channel : DeliveryChannel.values()) {
            senders.put(channel, sandboxSender(channel, database, clock));
        }
        return senders;
    }

    public static Map<DeliveryChannel, ChannelSender> sandboxSenders(Database database) {
        return sandboxSenders(database, Clock.systemUTC());
    }

    /** The channel account service over {@code database}, reading {@code env:} secrets through {@code environment}. */
    public static ChannelAccountService channelAccounts(Database database, UnaryOperator<String> environment,
            Clock clock) {
        return channelAccounts(database, environment, () -> {
            throw new IllegalStateException("This account service has no webhook secret.");
        }, clock);
    }

    /** The same, signing custom messages' webhook calls with {@code webhookSecret}. */
    public static ChannelAccountService channelAccounts(Database database, UnaryOperator<String> environment,
            Supplier<String> webhookSecret, Clock clock) {
        return channelAccounts(database, new SandboxOutbox(database, clock), new SandboxSettingsStore(database, clock),
                new EndpointFeedbackRepository(), environment, webhookSecret, clock);
    }

    /** What providers report about SMS (receipts, STOP and START) over {@code database}. */
    public static ProviderFeedback providerFeedback(Database database, Clock clock) {
        return new ProviderFeedback(database, new EndpointFeedbackRepository(), clock);
    }

    /**
     * Rate limits are read once: a changed rate applies from the next time the workspace opens. Accounts that
     * cannot be read leave the default rates; the senders report the problem when they open.
     */
    private DeliverySettings engineSettings(ChannelAccountService channelAccounts) {
        DeliverySettings standard = DeliverySettings.defaults();
        DeliverySettings forHost = host == Host.DESKTOP ? standard.withIdlePoll(DESKTOP_IDLE_POLL) : standard;
        try {
            return forHost.withRates(channelAccounts.load().ratesPerSecond());
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            LOG.warn("The channel accounts' rates could not be read; sending at the default rates: {}",
                    unreadable.getMessage());
            return forHost;
        }
    }
}
