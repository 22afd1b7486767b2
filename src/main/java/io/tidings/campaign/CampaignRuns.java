package io.tidings.campaign;

import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.JobState;
import io.tidings.delivery.MessageState;
import io.tidings.delivery.SendJob;
import io.tidings.delivery.SendJobs;
import io.tidings.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires a campaign's runs and keeps its state in step with them.
 *
 * <p>A run is claimed in one transaction that records it ({@code campaign_run}, unique per campaign and due time) and
 * moves the campaign's next run on; only then is its send job created and linked. So a run fires at most once: a
 * second scheduler (another program, a restart) finds the run recorded and the next one stored. Should Tidings stop
 * between the claim and the link, {@link #recover} finds the run without a job and links the job the engine had
 * created for it (the campaign's job that no run names), or else records that it was not sent; it is never sent late
 * without the marketer choosing to.
 */
final class CampaignRuns {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignRuns.class);

    /** States in which a campaign's runs fire and its state follows its runs. */
    static final Set<CampaignState> FIRING = EnumSet.of(CampaignState.SCHEDULED, CampaignState.EXECUTING);

    private static final List<String> OPENED = List.of("_email.open", "_campaign.opened_notification");
    private static final List<String> CLICKED = List.of("_email.click");

    /** What to do when a claimed run's job cannot be created. */
    enum OnFailure {
        /** Take the claim back and tell the caller: a launch that did not happen. */
        UNDO_AND_THROW,
        /** Keep the run with its problem, for the marketer to read, and tell the caller. */
        RECORD_AND_THROW,
        /** Keep the run with its problem and carry on: the scheduler. */
        RECORD
    }

    private final Database database;
    private final CampaignRepository repository;
    private final SendJobs sendJobs;
    private final RunPlans plans;
    private final RunControl control;
    private final Supplier<ChannelAccounts> accounts;
    private final Clock clock;

    CampaignRuns(Database database, CampaignRepository repository, SendJobs sendJobs, RunPlans plans,
            RunControl control, Supplier<ChannelAccounts> accounts, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.sendJobs = sendJobs;
        this.plans = plans;
        this.control = control;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Claims the run of {@code campaign} due at {@code scheduledAt} (the campaign must be in one of {@code from}, with
     * {@code expectedNext} as its next run when given), stores {@code nextRun} as its next run, then creates the
     * run's job starting at {@code runStart} and starts it. Empty when the run was claimed elsewhere (or, with
     * {@link OnFailure#RECORD}, could not be created).
     */
    Optional<SendJob> fire(Campaign campaign, Set<CampaignState> from, Instant expectedNext, Instant scheduledAt,
            Instant nextRun, Instant runStart, OnFailure onFailure) {
        Optional<Long> claimed = database.write(connection -> {
            Instant now = clock.instant();
            Optional<Long> run = repository.insertRun(connection, campaign.id(), scheduledAt, now);
            if (run.isPresent() && !repository.changeState(connection, campaign.id(), from, expectedNext,
                    CampaignState.EXECUTING, nextRun, now)) {
                repository.deleteRun(connection, run.get());
                return Optional.<Long>empty();
            }
            return run;
        });
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        long runId = claimed.get();
        SendJob job;
        try {
            job = control.create(plans.plan(campaign, runStart, accounts.get()));
        } catch (RuntimeException failure) {
            LOG.warn("The run of campaign {} due at {} could not be created", campaign.id(), scheduledAt, failure);
            if (onFailure == OnFailure.UNDO_AND_THROW) {
                database.write(connection -> {
                    repository.deleteRun(connection, runId);
                    repository.changeState(connection, campaign.id(), EnumSet.of(CampaignState.EXECUTING), null,
                            campaign.state(), campaign.nextRunAt(), clock.instant());
                    return null;
                });
                throw failure;
            }
            String problem = "The run could not be created: " + inWords(failure);
            database.write(connection -> {
                repository.runProblem(connection, runId, problem);
                return null;
            });
            reconcile(campaign.id());
            if (onFailure == OnFailure.RECORD_AND_THROW) {
                throw failure;
            }
            return Optional.empty();
        }
        database.write(connection -> {
            repository.linkRun(connection, runId, job.id());
            return null;
        });
        LOG.info("Campaign {} run due at {}: send job {}", campaign.id(), scheduledAt, job.id());
        // The marketer may have paused or cancelled the campaign while its run was being created.
        CampaignState now = find(campaign.id()).state();
        if (now == CampaignState.CANCELLED) {
            control.cancel(job.id());
        } else if (now != CampaignState.PAUSED) {
            control.start(job.id());
        }
        return Optional.of(sendJobs.job(job.id()).orElse(job));
    }

    /** Fires every run due by {@code now} and late by at most {@code grace}; returns the jobs started. */
    List<SendJob> fireDue(Instant now, Duration grace) {
        List<SendJob> started = new ArrayList<>();
        for (Campaign campaign : database.read(connection -> repository.dueBy(connection, FIRING, now))) {
            Instant due = campaign.nextRunAt();
            if (due.isBefore(now.minus(grace))) {
                continue; // missed: the marketer chooses
            }
            Instant next = campaign.definition().schedule().nextRunAfter(due.isAfter(now) ? due : now).orElse(null);
            try {
                fire(campaign, FIRING, due, due, next, due, OnFailure.RECORD).ifPresent(started::add);
            } catch (RuntimeException failure) {
                LOG.error("Campaign {}: its run due at {} did not fire", campaign.id(), due, failure);
            }
        }
        return started;
    }

    /** Campaigns whose run is due by {@code now}, late by at most {@code grace}. */
    List<Campaign> due(Instant now, Duration grace) {
        return database.read(connection -> repository.dueBy(connection, FIRING, now)).stream()
                .filter(campaign -> !campaign.nextRunAt().isBefore(now.minus(grace)))
                .toList();
    }

    /** Runs due more than {@code grace} before {@code now} and not fired, earliest first. */
    List<MissedRun> missed(Instant now, Duration grace) {
        return database.read(connection -> repository.dueBy(connection, FIRING, now.minus(grace))).stream()
                .filter(campaign -> campaign.nextRunAt().isBefore(now.minus(grace)))
                .map(campaign -> new MissedRun(campaign, campaign.nextRunAt(),
                        campaign.definition().schedule().nextRunAfter(now).orElse(null)))
                .toList();
    }

    /** Sends the campaign's missed run now; the runs after it keep their times. */
    Optional<SendJob> sendMissedNow(Campaign campaign) {
        Instant now = clock.instant();
        requireDue(campaign, now);
        Instant next = campaign.definition().schedule().nextRunAfter(now).orElse(null);
        return fire(campaign, FIRING, campaign.nextRunAt(), campaign.nextRunAt(), next, now, OnFailure.RECORD_AND_THROW);
    }

    /** Skips the campaign's missed run (and any others before now): the next run is the first after now. */
    void skipMissed(Campaign campaign) {
        Instant now = clock.instant();
        requireDue(campaign, now);
        Instant next = campaign.definition().schedule().nextRunAfter(now).orElse(null);
        database.write(connection -> {
            if (repository.changeState(connection, campaign.id(), FIRING, campaign.nextRunAt(), CampaignState.SCHEDULED,
                    next, now)) {
                Optional<Long> skipped = repository.insertRun(connection, campaign.id(), campaign.nextRunAt(), now);
                if (skipped.isPresent()) {
                    repository.runProblem(connection, skipped.get(), "Skipped: it was due while Tidings was not running.");
                }
            }
            return null;
        });
        reconcile(campaign.id());
    }

    /**
     * After a start: links runs whose job was created just before Tidings stopped, records the claimed runs that got
     * no job, starts the runs' jobs still queued (a crash between creating and starting, or a command-line launch
     * left for the app), and reconciles every live campaign.
     */
    void recover() {
        List<CampaignRepository.RunRow> withoutJob = database.read(repository::runsWithoutJob);
        Map<Long, List<CampaignRepository.RunRow>> byCampaign = withoutJob.stream()
                .collect(Collectors.groupingBy(CampaignRepository.RunRow::campaignId));
        byCampaign.forEach(this::linkOrphans);
        for (Campaign campaign : database.read(connection -> repository.inStates(connection, FIRING))) {
            for (CampaignRun run : runs(campaign.id(), false)) {
                if (run.job() != null && run.job().state() == JobState.QUEUED) {
                    control.start(run.job().id());
                }
            }
            reconcile(campaign.id());
        }
    }

    private void linkOrphans(long campaignId, List<CampaignRepository.RunRow> unlinked) {
        Set<Long> linked = new HashSet<>();
        database.read(connection -> repository.runs(connection, campaignId)).forEach(run -> {
            if (run.jobId() != null) {
                linked.add(run.jobId());
            }
        });
        List<SendJob> orphans = sendJobs.jobsOfCampaign(campaignId).stream()
                .filter(job -> !linked.contains(job.id()))
                .sorted(Comparator.comparingLong(SendJob::id)).toList();
        database.write(connection -> {
            for (int index = 0; index < unlinked.size(); index++) {
                CampaignRepository.RunRow run = unlinked.get(index);
                if (index < orphans.size()) {
                    repository.linkRun(connection, run.id(), orphans.get(index).id());
                } else {
                    repository.runProblem(connection, run.id(), "Tidings stopped before this run's send job was "
                            + "created; it was not sent late.");
                }
            }
            return null;
        });
    }

    /** Moves a live campaign's state to what its runs say: executing while one sends, else scheduled or completed. */
    Campaign reconcile(long campaignId) {
        Campaign campaign = find(campaignId);
        // A workspace open only for reading shows the state as stored.
        if (!FIRING.contains(campaign.state()) || database.readOnlyReason().isPresent()) {
            return campaign;
        }
        boolean sending = runs(campaignId, false).stream().anyMatch(CampaignRun::isUnfinished);
        CampaignState target = sending ? CampaignState.EXECUTING
                : campaign.nextRunAt() != null || listening(campaign) ? CampaignState.SCHEDULED : CampaignState.COMPLETED;
        if (target != campaign.state()) {
            boolean changed = database.write(connection -> repository.changeStateOnly(connection, campaignId,
                    campaign.state(), target, target == CampaignState.COMPLETED, clock.instant()));
            if (changed) {
                LOG.info("Campaign {} is {} now", campaignId, target);
            }
        }
        return find(campaignId);
    }

    /** Whether the campaign waits for events: event-triggered, and its EndTime (if any) not yet passed. */
    private boolean listening(Campaign campaign) {
        CampaignSchedule schedule = campaign.definition().schedule();
        return schedule.isEventTriggered() && (schedule.endTime() == null || clock.instant().isBefore(schedule.endTime()));
    }

    void reconcileLive() {
        for (Campaign campaign : database.read(connection -> repository.inStates(connection, FIRING))) {
            reconcile(campaign.id());
        }
    }

    /** The campaign's runs, oldest first, with each job's counts when {@code withProgress}. */
    List<CampaignRun> runs(long campaignId, boolean withProgress) {
        List<CampaignRun> runs = new ArrayList<>();
        for (CampaignRepository.RunRow row : database.read(connection -> repository.runs(connection, campaignId))) {
            SendJob job = row.jobId() == null ? null : sendJobs.job(row.jobId()).orElse(null);
            JobProgress progress = job != null && withProgress ? sendJobs.progress(job.id()) : null;
            String problem = row.problem() != null ? row.problem()
                    : row.jobId() != null && job == null ? "Its send job is no longer in the workspace." : null;
            runs.add(new CampaignRun(campaignId, row.scheduledAt(), job, progress, problem));
        }
        return runs;
    }

    CampaignTotals totals(List<CampaignRun> runs) {
        List<Long> jobIds = runs.stream().filter(run -> run.job() != null).map(run -> run.job().id()).toList();
        if (jobIds.isEmpty()) {
            return CampaignTotals.NONE;
        }
        long messages = 0;
        long sent = 0;
        long delivered = 0;
        long failed = 0;
        long suppressed = 0;
        for (CampaignRun run : runs) {
            JobProgress progress = run.progress() != null ? run.progress()
                    : run.job() != null ? sendJobs.progress(run.job().id()) : null;
            if (progress != null) {
                messages += progress.total();
                sent += progress.sent();
                delivered += progress.delivered().orElse(0);
                failed += progress.failed();
                suppressed += progress.count(MessageState.SUPPRESSED);
            }
        }
        long opened = database.read(connection -> repository.messagesWithEvent(connection, jobIds, OPENED));
        long clicked = database.read(connection -> repository.messagesWithEvent(connection, jobIds, CLICKED));
        return new CampaignTotals(messages, sent, delivered, failed, suppressed, opened, clicked);
    }

    private Campaign find(long campaignId) {
        return database.read(connection -> repository.find(connection, campaignId)).orElseThrow(() ->
                new InvalidCampaignException("Campaign " + campaignId + " is no longer in the workspace."));
    }

    private static void requireDue(Campaign campaign, Instant now) {
        if (!FIRING.contains(campaign.state()) || campaign.nextRunAt() == null || campaign.nextRunAt().isAfter(now)) {
            throw new InvalidCampaignException(io.tidings.work.Quote.of(campaign.name()) + " has no missed run.");
        }
    }

    /** A failure's message when it is one written for the marketer; else a pointer to the log. */
    static String inWords(RuntimeException failure) {
        boolean forTheUser = failure.getMessage() != null && (failure instanceof InvalidCampaignException
                || failure.getClass() == IllegalArgumentException.class
                || failure.getClass().getName().startsWith("io.tidings."));
        return forTheUser ? failure.getMessage() : "something Tidings did not expect went wrong (the log has the details).";
    }
}
