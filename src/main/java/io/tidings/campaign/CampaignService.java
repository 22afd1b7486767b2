package io.tidings.campaign;

import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.PreflightReport;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.segment.InvalidSegmentException;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.template.TemplateService;
import io.tidings.work.FileErrors;
import io.tidings.work.OutputCheck;
import io.tidings.work.Quote;
import io.tidings.work.WholeFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * The campaigns of one workspace: create, change, duplicate, delete, import and export Pinpoint's JSON, launch,
 * pause, resume, cancel, and follow their runs. Every method may block (the database, the engine); call it off the
 * JavaFX thread. A change is one transaction: a refusal leaves nothing half-written.
 */
public final class CampaignService {

    /** How late a run may fire: one due longer ago was missed (Tidings was closed), and waits for the marketer. */
    public static final Duration GRACE = Duration.ofMinutes(5);

    static final int MAX_NAME_LENGTH = 128;

    private final Database database;
    private final SegmentService segments;
    private final TemplateService templates;
    private final SendJobs sendJobs;
    private final PreflightCheck preflight;
    private final RunControl control;
    private final Supplier<ChannelAccounts> accounts;
    private final Clock clock;
    private final CampaignRepository repository = new CampaignRepository();
    private final RunPlans plans;
    private final CampaignRuns runs;
    private final EventTriggers triggers;
    private final TriggerRepository triggerRecords = new TriggerRepository();

    /**
     * @param preflight the engine's pre-flight
     * @param control the engine that sends the runs
     * @param accounts the channel accounts runs send through (the workspace's saved ones)
     */
    public CampaignService(Database database, SegmentService segments, TemplateService templates, SendJobs sendJobs,
            PreflightCheck preflight, RunControl control, Supplier<ChannelAccounts> accounts, Clock clock) {
        this.database = database;
        this.segments = segments;
        this.templates = templates;
        this.sendJobs = sendJobs;
        this.preflight = preflight;
        this.control = control;
        this.accounts = accounts;
        this.clock = clock;
        this.plans = new RunPlans(templates);
        this.runs = new CampaignRuns(database, repository, sendJobs, plans, control, accounts, clock);
        this.triggers = new EventTriggers(database, repository, segments, sendJobs, plans, control, accounts, clock);
    }

    /**
     * The same campaigns, with runs sent through {@code sendingAccounts} and started by {@code startRun} (a command's
     * own engine) instead of the workspace's.
     */
    public CampaignService sendingThrough(ChannelAccounts sendingAccounts, LongConsumer startRun) {
        RunControl headless = new RunControl() {
            @Override
            public SendJob create(RunPlan plan) {
                return control.create(plan);
            }

            @Override
            public void start(long jobId) {
                startRun.accept(jobId);
            }

            @Override
            public void pause(long jobId) {
                control.pause(jobId);
            }

            @Override
            public void cancel(long jobId) {
                control.cancel(jobId);
            }
        };
        return new CampaignService(database, segments, templates, sendJobs, preflight, headless,
                () -> sendingAccounts, clock);
    }

    // ---- Reading

    /** Every campaign by name, with its segment's name and its results so far. */
    public List<CampaignSummary> list() {
        List<CampaignSummary> summaries = new ArrayList<>();
        for (Campaign campaign : database.read(repository::list)) {
            Long segmentId = campaign.definition().segmentId();
            String segmentName = segmentId == null ? null : segments.find(segmentId).map(Segment::name).orElse(null);
            summaries.add(new CampaignSummary(campaign, segmentName, runs.totals(runs.runs(campaign.id(), false))));
        }
        return summaries;
    }

    /** Every campaign by name, without their results (quick: no counting). */
    public List<Campaign> campaigns() {
        return database.read(repository::list);
    }

    /** The campaign's runs, oldest first, without their counts (quick). */
    public List<CampaignRun> runsWithoutCounts(long id) {
        return runs.runs(id, false);
    }

    public Optional<Campaign> find(long id) {
        return database.read(connection -> repository.find(connection, id));
    }

    /** The campaign of that name, ignoring case. */
    public Optional<Campaign> findByName(String name) {
        return database.read(connection -> repository.findByName(connection, name));
    }

    /** How many endpoints the campaign's segment holds now, every channel counted; may take a while on a large one. */
    public long audienceSize(long id) {
        Campaign campaign = existing(id);
        Long segmentId = campaign.definition().segmentId();
        return segmentId == null ? 0 : segments.find(segmentId).map(segment -> segments.count(segment).endpoints()).orElse(0L);
    }

    /** The campaign's runs, oldest first, each with its job's counts. */
    public List<CampaignRun> runs(long id) {
        existing(id);
        return runs.runs(id, true);
    }

    /** Counts for each treatment of one run's job (key {@link RunPlan#HOLDOUT} for the held-out endpoints). */
    public Map<Integer, JobProgress> treatmentProgress(long jobId) {
        return sendJobs.progressByTreatment(jobId);
    }

    /** The campaign's state, reconciled from its runs, with each run's counts and the totals. */
    public CampaignStatus status(long id) {
        existing(id);
        Campaign campaign = runs.reconcile(id);
        List<CampaignRun> all = runs.runs(id, true);
        return new CampaignStatus(campaign, all, runs.totals(all));
    }

    /**
     * An event-triggered campaign's events that passed its filter, by what became of them, and its triggered
     * messages sent and dropped as late; {@link TriggeredSends#NONE} for a campaign on a timed schedule.
     */
    public TriggeredSends triggeredSends(long id) {
        Campaign campaign = existing(id);
        if (!campaign.definition().schedule().isEventTriggered()) {
            return TriggeredSends.NONE;
        }
        Map<TriggerOutcome, Long> outcomes = database.read(connection -> triggerRecords.countsByOutcome(connection, id));
        long sent = 0;
        long droppedLate = 0;
        for (CampaignRun run : runs.runs(id, true)) {
            if (run.progress() != null) {
                sent += run.progress().sent();
                droppedLate += run.progress().expired();
            }
        }
        return new TriggeredSends(outcomes, sent, droppedLate);
    }

    // ---- Changing

    public Campaign create(String name, String description, CampaignDefinition definition) {
        return create(name, description, definition, true);
    }

    /** A new draft that tracks its emails' opens and clicks, or not ({@code trackOpensAndClicks}). */
    public Campaign create(String name, String description, CampaignDefinition definition,
            boolean trackOpensAndClicks) {
        String checked = checkName(name);
        long id = database.write(connection -> {
            refuseTakenName(connection, checked, -1);
            long inserted = repository.insert(connection, checked, description, definition, clock.instant());
            repository.trackOpensAndClicks(connection, inserted, trackOpensAndClicks);
            return inserted;
        });
        return existing(id);
    }

    /**
     * Whether the campaign's emails get tracked links and the open pixel (when the tracking server is set up): on
     * unless the marketer turned it off. Unsubscribe links are always there.
     */
    public boolean tracksOpensAndClicks(long id) {
        return database.read(connection -> repository.tracksOpensAndClicks(connection, id));
    }

    /** Changes a draft or a scheduled campaign as {@link #update(long, String, String, CampaignDefinition)}, and its tracking. */
    public Campaign update(long id, String name, String description, CampaignDefinition definition,
            boolean trackOpensAndClicks) {
        return update(id, name, description, definition, (Boolean) trackOpensAndClicks);
    }

    /**
     * Changes a draft or a scheduled campaign (its next run moves with its schedule); a campaign that has begun
     * sending cannot be changed, as in Pinpoint.
     */
    public Campaign update(long id, String name, String description, CampaignDefinition definition) {
        return update(id, name, description, definition, (Boolean) null);
    }

    /** {@code trackOpensAndClicks} null keeps the campaign's choice. */
    private Campaign update(long id, String name, String description, CampaignDefinition definition,
            Boolean trackOpensAndClicks) {
        String checked = checkName(name);
        database.write(connection -> {
            Campaign campaign = repository.find(connection, id).orElseThrow(() -> missing(id));
            if (!campaign.state().isEditable()) {
                throw new InvalidCampaignException(Quote.of(campaign.name()) + " is " + word(campaign.state())
                        + ": only a draft or a scheduled campaign can be changed. Duplicate it to make another.");
            }
            refuseTakenName(connection, checked, id);
            Instant next = null;
            if (campaign.state() == CampaignState.SCHEDULED) {
                // A launched campaign stays launchable: its next run would otherwise fail when it fires.
                if (!definition.problems().isEmpty()) {
                    throw new InvalidCampaignException(String.join(" ", definition.problems()));
                }
                // An event-triggered campaign has no timed run: it keeps waiting for its events.
                next = definition.schedule().isEventTriggered() ? null : firstRun(definition, clock.instant());
            }
            repository.update(connection, id, checked, description, definition, next, clock.instant());
            if (trackOpensAndClicks != null) {
                repository.trackOpensAndClicks(connection, id, trackOpensAndClicks);
            }
            return null;
        });
        return existing(id);
    }

    /** A draft copy under a new name. */
    public Campaign duplicate(long id, String name) {
        Campaign original = existing(id);
        return create(name, original.description(), original.definition(), tracksOpensAndClicks(id));
    }

    /** Deletes a campaign and its record of runs (their send jobs stay in the Outbox); refused while a run sends. */
    public void delete(long id) {
        Campaign campaign = existing(id);
        if (runs.runs(id, false).stream().anyMatch(CampaignRun::isUnfinished)) {
            throw new InvalidCampaignException(Quote.of(campaign.name()) + " cannot be deleted while a run is sending "
                    + "or paused: cancel the campaign first.");
        }
        database.write(connection -> {
            repository.delete(connection, id);
            return null;
        });
    }

    // ---- Pinpoint JSON

    /** Reads a WriteCampaignRequest, resolving its segment and templates in this workspace; saves nothing. */
    public CampaignJson.Imported readJson(String json) {
        return CampaignJson.read(json, new WorkspaceAssets(segments, templates));
    }

    /** Saves a draft from a WriteCampaignRequest; {@code name} (or else the file's Name) names it. */
    public Campaign importJson(String json, String name) {
        CampaignJson.Imported imported = readJson(json);
        String chosen = name != null && !name.isBlank() ? name : imported.name();
        if (chosen == null || chosen.isBlank()) {
            throw new InvalidCampaignException("The campaign has no Name: give it one.");
        }
        return create(chosen, imported.description(), imported.definition());
    }

    public Campaign importJson(Path file, String name) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidCampaignException(FileErrors.whyUnreadable(file, e), e);
        }
        try {
            return importJson(json, name);
        } catch (InvalidCampaignException | InvalidSegmentException wrong) {
            throw new InvalidCampaignException(file.getFileName() + ": " + wrong.getMessage(), wrong);
        }
    }

    /** The campaign as a WriteCampaignRequest with its Name, segments and templates by name. */
    public String exportJson(long id) {
        Campaign campaign = existing(id);
        return CampaignJson.write(campaign.name(), campaign.description(), campaign.definition(),
                new WorkspaceAssets(segments, templates));
    }

    /** Writes {@link #exportJson(long)} to {@code file}, whole, never over the workspace. */
    public void exportJson(long id, Path file) {
        exportJson(id, file, null);
    }

    /** Writes {@link #exportJson(long)} to {@code file}, whole, never over the workspace or {@code input}. */
    public void exportJson(long id, Path file, Path input) {
        OutputCheck.workspace(database.file()).and("the file being read", input).check(file);
        WholeFile.writeText(file, exportJson(id) + "\n");
    }

    // ---- Running

    /** The engine's plan for a run of the campaign starting at {@code runStart}, through the workspace's accounts. */
    public RunPlan runPlan(long id, Instant runStart) {
        return plans.plan(existing(id), runStart, accounts.get());
    }

    /** What the campaign's next run (or a launch now) would do to each member of its segment. */
    public PreflightReport preflight(long id, int samples) {
        Campaign campaign = existing(id);
        Instant start = nextStart(campaign);
        return preflight.check(plans.plan(campaign, start, accounts.get()), start, samples);
    }

    /** Why the campaign cannot be launched now, a sentence each; empty when it can. */
    public List<String> launchProblems(long id) {
        Campaign campaign = existing(id);
        List<String> problems = new ArrayList<>();
        if (campaign.state() != CampaignState.DRAFT) {
            problems.add(Quote.of(campaign.name()) + " is " + word(campaign.state()) + ": only a draft can be launched.");
        }
        CampaignDefinition definition = campaign.definition();
        problems.addAll(definition.problems());
        if (definition.segmentId() != null) {
            Optional<Segment> segment = segments.find(definition.segmentId());
            if (segment.isEmpty()) {
                problems.add("The campaign's segment is no longer in the workspace: choose another.");
            } else {
                try {
                    if (segments.count(segment.get()).endpoints() == 0) {
                        problems.add("The segment " + Quote.of(segment.get().name()) + " is empty: nobody would get "
                                + "the campaign.");
                    }
                } catch (InvalidSegmentException unusable) {
                    problems.add(unusable.getMessage());
                }
            }
        }
        for (long templateId : definition.templateIds()) {
            if (templates.template(templateId).isEmpty()) {
                problems.add("A treatment sends a template that is no longer in the workspace: choose another.");
            }
        }
        try {
            accounts.get().account(definition.channel());
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
            problems.add("The " + definition.channel().name().toLowerCase(java.util.Locale.ROOT)
                    + " channel cannot send: " + unreadable.getMessage());
        }
        CampaignSchedule schedule = definition.schedule();
        Instant now = clock.instant();
        if (schedule.isEventTriggered()) {
            problems.addAll(eventLaunchProblems(definition, now));
            return problems;
        }
        if (schedule.isImmediate() && definition.paused()) {
            problems.add("IsPaused is true, but an IMMEDIATE campaign cannot wait: give it a start time, or unpause it.");
        }
        if (!schedule.isImmediate() && schedule.firstRunAtOrAfter(now.minus(GRACE)).isEmpty()) {
            problems.add("The schedule has no run from now on: Schedule.StartTime (and EndTime) have passed.");
        } else if (!schedule.isImmediate() && !schedule.isRecurring() && schedule.startTime().isBefore(now.minus(GRACE))) {
            problems.add("Schedule.StartTime " + schedule.startTime() + " has passed: give a time from now on, or IMMEDIATE.");
        }
        return problems;
    }

    /** What an event-triggered campaign needs beyond any campaign's: a dynamic segment and an EndTime to come. */
    private List<String> eventLaunchProblems(CampaignDefinition definition, Instant now) {
        List<String> problems = new ArrayList<>();
        if (definition.segmentId() != null) {
            segments.find(definition.segmentId()).filter(segment -> !EventTriggers.dynamic(segment)).ifPresent(segment ->
                    problems.add("The segment " + Quote.of(segment.name()) + " is imported: an event-triggered "
                            + "campaign needs a dynamic segment (as in Pinpoint), whose members are checked when "
                            + "each event arrives."));
        }
        CampaignSchedule schedule = definition.schedule();
        if (schedule.endTime() != null && !schedule.endTime().isAfter(now)) {
            problems.add("Schedule.EndTime " + schedule.endTime() + " has passed: no event could trigger the campaign.");
        }
        return problems;
    }

    /**
     * Launches a draft (refused, with every reason of {@link #launchProblems}, otherwise): an IMMEDIATE one gets its
     * run now, started on this service's engine; a later one is scheduled (paused with IsPaused) until its first run.
     */
    public Launch launch(long id) {
        List<String> problems = launchProblems(id);
        if (!problems.isEmpty()) {
            throw new InvalidCampaignException(String.join(" ", problems));
        }
        Campaign campaign = existing(id);
        CampaignSchedule schedule = campaign.definition().schedule();
        Instant now = clock.instant();
        if (schedule.isEventTriggered()) {
            // No timed runs: it listens for its events from now on (or from its StartTime).
            CampaignState listening = campaign.definition().paused() ? CampaignState.PAUSED : CampaignState.SCHEDULED;
            if (!database.write(connection -> repository.changeState(connection, id, EnumSet.of(CampaignState.DRAFT),
                    null, listening, null, now))) {
                throw new InvalidCampaignException(Quote.of(campaign.name()) + " was launched by someone else just now.");
            }
            return new Launch(existing(id), null);
        }
        if (schedule.isImmediate()) {
            SendJob job = runs.fire(campaign, EnumSet.of(CampaignState.DRAFT), null, now, null, now,
                    CampaignRuns.OnFailure.UNDO_AND_THROW).orElseThrow(() -> new InvalidCampaignException(
                            Quote.of(campaign.name()) + " was launched by someone else just now."));
            return new Launch(existing(id), job);
        }
        Instant first = firstRun(campaign.definition(), now);
        CampaignState state = campaign.definition().paused() ? CampaignState.PAUSED : CampaignState.SCHEDULED;
        boolean launched = database.write(connection -> repository.changeState(connection, id,
                EnumSet.of(CampaignState.DRAFT), null, state, first, now));
        if (!launched) {
            throw new InvalidCampaignException(Quote.of(campaign.name()) + " was launched by someone else just now.");
        }
        return new Launch(existing(id), null);
    }

    /** Pauses the campaign: its sending run stops after the messages in flight, and no run fires until resumed. */
    public Campaign pause(long id) {
        Campaign campaign = existing(id);
        if (!CampaignRuns.FIRING.contains(campaign.state())) {
            throw new InvalidCampaignException(Quote.of(campaign.name()) + " is " + word(campaign.state())
                    + ": only a scheduled or executing campaign can be paused.");
        }
        database.write(connection -> repository.changeStateOnly(connection, id, campaign.state(), CampaignState.PAUSED,
                false, clock.instant()));
        for (CampaignRun run : runs.runs(id, false)) {
            if (run.hasUnfinishedJob()) {
                control.pause(run.job().id());
            }
        }
        return existing(id);
    }

    /**
     * Resumes a paused campaign: its paused run carries on, and the next run is the first from now on (runs that came
     * due while it was paused are skipped, as in Pinpoint).
     */
    public Campaign resume(long id) {
        Campaign campaign = existing(id);
        if (campaign.state() != CampaignState.PAUSED) {
            throw new InvalidCampaignException(Quote.of(campaign.name()) + " is " + word(campaign.state())
                    + ", not paused.");
        }
        Instant now = clock.instant();
        Instant next = campaign.nextRunAt() == null ? null
                : campaign.nextRunAt().isAfter(now.minus(GRACE)) ? campaign.nextRunAt()
                : campaign.definition().schedule().nextRunAfter(now).orElse(null);
        database.write(connection -> repository.changeState(connection, id, EnumSet.of(CampaignState.PAUSED), null,
                CampaignState.SCHEDULED, next, now));
        for (CampaignRun run : runs.runs(id, false)) {
            if (run.hasUnfinishedJob()) {
                control.start(run.job().id());
            }
        }
        return runs.reconcile(id);
    }

    /** Stops the campaign for good: its unfinished run is cancelled and no run fires again. */
    public Campaign cancel(long id) {
        Campaign campaign = existing(id);
        if (campaign.state().isFinished()) {
            throw new InvalidCampaignException(Quote.of(campaign.name()) + " is " + word(campaign.state())
                    + " already.");
        }
        database.write(connection -> repository.changeState(connection, id,
                EnumSet.complementOf(EnumSet.of(CampaignState.COMPLETED, CampaignState.CANCELLED)), null,
                CampaignState.CANCELLED, null, clock.instant()));
        for (CampaignRun run : runs.runs(id, false)) {
            if (run.hasUnfinishedJob()) {
                control.cancel(run.job().id());
            }
        }
        return existing(id);
    }

    // ---- Event-triggered campaigns (TriggeredCampaigns, on its own thread)

    /**
     * Sends each live event-triggered campaign's message to the endpoints of the arrived events that pass its filter,
     * at most once per event; returns the send jobs created. Slow work (segment checks, ledger writes): call it off
     * the thread that records events.
     */
    public List<SendJob> trigger(List<ArrivedEvent> arrived) {
        return triggers.handle(arrived);
    }

    // ---- The scheduler's work (CampaignScheduler and 'campaign run-due')

    /** Fires the runs due by {@code now} and late by at most {@link #GRACE}; returns their send jobs. */
    public List<SendJob> fireDue(Instant now) {
        return runs.fireDue(now, GRACE);
    }

    /** The campaigns with a run due by {@code now} and late by at most {@link #GRACE}: what {@link #fireDue} fires. */
    public List<Campaign> dueRuns(Instant now) {
        return runs.due(now, GRACE);
    }

    /** The runs that came due more than {@link #GRACE} before {@code now} and were not sent. */
    public List<MissedRun> missedRuns(Instant now) {
        return runs.missed(now, GRACE);
    }

    /** Sends the campaign's missed run now; returns its send job. */
    public Optional<SendJob> sendMissedNow(long id) {
        return runs.sendMissedNow(existing(id));
    }

    /** Skips the campaign's missed run: its next run is the first from now on. */
    public Campaign skipMissed(long id) {
        runs.skipMissed(existing(id));
        return existing(id);
    }

    /** After a start: mends what a stop between claiming a run and starting it left, and reconciles every state. */
    public void recoverRuns() {
        runs.recover();
    }

    /** Brings every live campaign's state in step with its runs (executing, scheduled, completed). */
    public void reconcileStates() {
        runs.reconcileLive();
    }

    // ----

    private Instant nextStart(Campaign campaign) {
        Instant now = clock.instant();
        if (campaign.nextRunAt() != null) {
            return campaign.nextRunAt().isAfter(now) ? campaign.nextRunAt() : now;
        }
        CampaignSchedule schedule = campaign.definition().schedule();
        return schedule.isImmediate() ? now : schedule.firstRunAtOrAfter(now).orElse(now);
    }

    /** The first run of a launched schedule: its start, or the first run from now on. */
    private static Instant firstRun(CampaignDefinition definition, Instant now) {
        CampaignSchedule schedule = definition.schedule();
        if (schedule.isImmediate()) {
            throw new InvalidCampaignException("A launched campaign cannot be made IMMEDIATE: give a start time.");
        }
        return schedule.firstRunAtOrAfter(now.minus(GRACE)).orElseThrow(() -> new InvalidCampaignException(
                "The schedule has no run from now on: Schedule.StartTime (and EndTime) have passed."));
    }

    private void refuseTakenName(java.sql.Connection connection, String name, long except) throws java.sql.SQLException {
        if (repository.nameTaken(connection, name, except)) {
            throw new InvalidCampaignException("A campaign called " + Quote.of(name) + " already exists.");
        }
    }

    private Campaign existing(long id) {
        return find(id).orElseThrow(() -> missing(id));
    }

    private static InvalidCampaignException missing(long id) {
        return new InvalidCampaignException("Campaign " + id + " is no longer in the workspace.");
    }

    static String word(CampaignState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidCampaignException("A campaign needs a name.");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidCampaignException("A campaign name can be at most " + MAX_NAME_LENGTH + " characters.");
        }
        return stripped;
    }
}
