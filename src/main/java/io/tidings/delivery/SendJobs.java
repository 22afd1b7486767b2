package io.tidings.delivery;

import io.tidings.work.KnownNames;
import io.tidings.template.TemplateType;
import io.tidings.channel.DeliveryChannel;
import io.tidings.segment.MemberEndpoint;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import io.tidings.template.Template;
import io.tidings.template.TemplateService;
import io.tidings.work.Quote;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Creates send jobs and expands them into their ledger: one row per member endpoint. Expansion is
 * written in batches, each its own transaction, and can be run again after a crash: the ledger's
 * unique key makes it add only the rows still missing.
 */
public final class SendJobs {

    private static final int BATCH = 5_000;

    private final Database database;
    private final TemplateService templates;
    private final SegmentService segments;
    private final Clock clock;
    private final OutboxRepository repository = new OutboxRepository();
    private final JobRunRepository runs = new JobRunRepository();

    public SendJobs(Database database, TemplateService templates, SegmentService segments, Clock clock) {
        this.database = database;
        this.templates = templates;
        this.segments = segments;
        this.clock = clock;
    }

    /**
     * Creates a queued job sending the template's active version to the segment, with no quiet time
     * and no caps, and expands it.
     */
    public SendJob create(String templateName, String segmentName, DeliveryChannel channel) {
        return create(templateName, segmentName, channel, JobOptions.DEFAULTS);
    }

    /** Creates a queued job with its quiet time and caps, and expands it; no account is kept with it. */
    public SendJob create(String templateName, String segmentName, DeliveryChannel channel, JobOptions options) {
        return create(templateName, segmentName, channel, options, JobAccount.UNKNOWN);
    }

    /** Refuses to send {@code template} on a channel other than its own, in words. */
    public static void checkChannel(Template template, DeliveryChannel channel) {
        if (channel == DeliveryChannel.CUSTOM) {
            throw new IllegalArgumentException("Custom messages (webhooks) are sent by journeys only: send "
                    + Quote.of(template.name()) + " by " + template.type().words() + ".");
        }
        if (!template.type().name().equals(channel.name())) {
            throw new IllegalArgumentException(Quote.of(template.name()) + " is " + template.type().withArticle()
                    + "; it cannot be sent by " + TemplateType.valueOf(channel.name()).words() + ".");
        }
    }

    /**
     * Creates a queued job with its quiet time and caps and the account it sends through, and expands it.
     *
     * @param account the channel account and rate, kept so that resuming the job sends through the same provider
     */
    public SendJob create(String templateName, String segmentName, DeliveryChannel channel, JobOptions options,
            JobAccount account) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(account, "account");
        Template template = templates.templateNamed(templateName).orElseThrow(
                () -> new IllegalArgumentException(KnownNames.notFound("template", templateName,
                        templates.list().stream().map(io.tidings.template.TemplateSummary::name).toList())));
        Segment segment = segments.findByName(segmentName).orElseThrow(
                () -> new IllegalArgumentException(KnownNames.notFound("segment", segmentName,
                        segments.list().stream().map(io.tidings.segment.Segment::name).toList())));
        DeliveryChannel chosen = channel == null ? DeliveryChannel.valueOf(template.type().name()) : channel;
        checkChannel(template, chosen);
        segments.check(segment); // a segment that cannot be evaluated is refused before the job exists
        String name = template.name() + " to " + segment.name();
        long id = database.write(connection -> repository.insertJob(connection, name, chosen, template.id(),
                template.summary().activeVersion(), segment.id(), JobOptionsJson.write(options), account, now()));
        JobLog.created(id, name, chosen, expand(id));
        return job(id).orElseThrow();
    }

    /**
     * Creates a queued send job for one campaign run, with a treatment per {@link RunTreatment}, and expands it:
     * treatments assigned by hash, holdout rows SUPPRESSED with TREATMENT_HOLDOUT, local-time rows due at each
     * endpoint's own start. The caller starts it with the engine.
     */
    public SendJob createRun(RunPlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<JobTreatment> treatments = RunPlanCheck.treatments(plan, templates);
        Segment segment = segments.find(plan.segmentId()).orElseThrow(() -> new IllegalArgumentException(
                "SegmentId: segment " + plan.segmentId() + " is no longer in the workspace."));
        segments.check(segment);
        segments.membersOf(segment, plan.segmentVersion()); // a missing version is refused before the job exists
        JobTreatment first = treatments.get(0);
        String name = plan.name() == null || plan.name().isBlank() ? "Campaign run to " + segment.name() : plan.name();
        Instant deadline = plan.maximumDuration() == null ? null : plan.startAt().plus(plan.maximumDuration());
        long id = database.write(connection -> {
            long job = repository.insertJob(connection, name, plan.channel(), first.templateId(),
                    first.templateVersion() == null ? 0 : first.templateVersion(), segment.id(),
                    JobOptionsJson.write(plan.options()), plan.account(), now());
            runs.insertRun(connection, job, plan, deadline, treatments);
            return job;
        });
        JobLog.created(id, name, plan.channel(), expand(id));
        return job(id).orElseThrow();
    }

    /**
     * Creates a queued send job for messages an event-triggered campaign owes these members of its segment, each
     * placed as a run places it (treatment by hash, holdout, channel), job and ledger in one transaction. The job
     * is marked triggered: it is never expanded from the whole segment. {@code plan.maximumDuration()} is the time
     * left before the triggering events are five minutes old; what is not sent by then expires.
     */
    public SendJob createTriggeredRun(RunPlan plan, List<MemberEndpoint> members) {
        Objects.requireNonNull(plan, "plan");
        List<JobTreatment> treatments = RunPlanCheck.treatments(plan, templates);
        Segment segment = segments.find(plan.segmentId()).orElseThrow(() -> new IllegalArgumentException(
                "SegmentId: segment " + plan.segmentId() + " is no longer in the workspace."));
        JobTreatment first = treatments.get(0);
        String name = plan.name() == null || plan.name().isBlank() ? "Triggered by events" : plan.name();
        Instant deadline = plan.maximumDuration() == null ? null : plan.startAt().plus(plan.maximumDuration());
        RunAudience audience = new RunAudience(plan.channel(), new TreatmentAssignment(plan.assignmentSeed(),
                plan.holdoutPercent(), treatments.stream().map(JobTreatment::sizePercent).toList()), null,
                plan.startAt(), plan.options(), new SendingRules());
        long id = database.write(connection -> {
            Instant now = now();
            long job = repository.insertJob(connection, name, plan.channel(), first.templateId(),
                    first.templateVersion() == null ? 0 : first.templateVersion(), segment.id(),
                    JobOptionsJson.write(plan.options()), plan.account(), now);
            runs.insertRun(connection, job, plan, deadline, treatments);
            runs.markTriggered(connection, job);
            for (MemberEndpoint member : members) {
                RunAudience.Placement placement = audience.place(member);
                if (placement.reason() != ReasonCode.ENDPOINT_CHANNEL_MISMATCH) {
                    runs.insertPlaced(connection, job, new long[] {member.key()}, new int[] {placement.treatment()},
                            new ReasonCode[] {placement.reason()}, new long[] {placement.dueMillis()}, 0, 1, now);
                }
            }
            return job;
        });
        JobLog.created(id, name, plan.channel(), members.size());
        return job(id).orElseThrow();
    }

    /** The runs of a campaign, oldest first. */
    public List<SendJob> jobsOfCampaign(long campaignId) {
        return database.read(connection -> repository.jobsOfCampaign(connection, campaignId));
    }

    /** Counts by state and reason for each treatment of the job (key {@link RunPlan#HOLDOUT} for the held-out). */
    public Map<Integer, JobProgress> progressByTreatment(long jobId) {
        Instant now = now();
        return database.read(connection -> runs.progressByTreatment(connection,
                repository.job(connection, jobId).orElseThrow(() -> missing(jobId)), now));
    }

    /**
     * The job's messages with a given outcome, for the run monitor's drill-down: each filter applies when given
     * (null for any treatment, state or reason), in ledger order, a page of {@code limit} from {@code offset}.
     */
    public List<RunMessage> messages(long jobId, Integer treatment, MessageState state, ReasonCode reason, int offset,
            int limit) {
        return database.read(connection -> runs.messages(connection, jobId, treatment, state, reason, offset, limit));
    }

    /** What the job keeps as a campaign run (nothing for a plain send). */
    JobRun run(long jobId) {
        return database.read(connection -> runs.run(connection, jobId));
    }

    /**
     * Adds a ledger row for every member of the job's segment that has none; returns how many were added. A
     * campaign run places each member as {@link #createRun} did: the same treatment, due time or reason.
     */
    public int expand(long jobId) {
        SendJob job = job(jobId).orElseThrow(() -> missing(jobId));
        Segment segment = segments.find(job.segmentId()).orElseThrow(
                () -> new IllegalArgumentException("The segment of " + Quote.of(job.name()) + " is no longer in the workspace."));
        if (database.read(connection -> runs.triggered(connection, jobId))) {
            return 0; // its ledger is the endpoints whose events fired it, written with the job
        }
        JobRun run = run(jobId);
        if (run.isRun()) {
            return new RunExpansion(database, segments, runs, BATCH).expand(job, run,
                    segments.membersOf(segment, run.segmentVersion()), now());
        }
        long[] keys = segments.memberKeys(segment);
        int added = 0;
        for (int from = 0; from < keys.length; from += BATCH) {
            int start = from;
            int end = Math.min(keys.length, from + BATCH);
            added += database.write(connection -> repository.insertMessages(connection, jobId, job.channel(), keys, start, end, now()));
        }
        return added;
    }

    public Optional<SendJob> job(long id) {
        return database.read(connection -> repository.job(connection, id));
    }

    public List<SendJob> jobs() {
        return database.read(repository::jobs);
    }

    /** Jobs that are queued, running or paused. */
    public List<SendJob> unfinished() {
        return jobs().stream().filter(job -> !job.state().isFinished()).toList();
    }

    /** Counts by state and reason, readable at any time. */
    public JobProgress progress(long jobId) {
        Instant now = now();
        return database.read(connection -> repository.progress(connection,
                repository.job(connection, jobId).orElseThrow(() -> missing(jobId)), now));
    }

    /** Keeps a new rate with the job, for this run and the next (null for no limit). */
    public void changeRate(long jobId, Double ratePerSecond) {
        database.write(connection -> {
            repository.updateRate(connection, jobId, ratePerSecond);
            return null;
        });
    }

    /** Lets the engine's workers pick up the job's messages. */
    public void start(long jobId) {
        if (changeState(jobId, EnumSet.of(JobState.QUEUED, JobState.PAUSED), JobState.RUNNING, null)) {
            JobLog.running(jobId);
        }
    }

    public void pause(long jobId, String reason) {
        if (changeState(jobId, EnumSet.of(JobState.QUEUED, JobState.RUNNING), JobState.PAUSED, reason)) {
            JobLog.paused(jobId, reason);
        }
    }

    /**
     * Stops the job for good: its messages not sent yet are suppressed with reason JOB_CANCELLED, in the
     * same transaction. Messages a worker is sending right now get their outcome; returns whether the
     * job was cancelled (false when it had already finished).
     */
    public boolean cancel(long jobId) {
        boolean stopped = database.write(connection -> {
            Instant now = now();
            boolean cancelled = repository.changeState(connection, jobId,
                    EnumSet.of(JobState.QUEUED, JobState.RUNNING, JobState.PAUSED), JobState.CANCELLED, null, now);
            if (cancelled) {
                repository.cancelUnsent(connection, jobId, now);
            }
            return cancelled;
        });
        if (stopped) {
            JobLog.cancelled(jobId);
        }
        return stopped;
    }

    boolean changeState(long jobId, EnumSet<JobState> from, JobState to, String reason) {
        return database.write(connection -> repository.changeState(connection, jobId, from, to, reason, now()));
    }

    private Instant now() {
        return clock.instant();
    }

    private static IllegalArgumentException missing(long id) {
        return new IllegalArgumentException("Send job " + id + " is no longer in the workspace.");
    }
}
