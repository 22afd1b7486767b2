package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import io.tidings.store.Database;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands workers their next messages: in one write transaction, up to a batch of one running job's due
 * messages move PENDING → SENDING, and the due messages that must not go now are suppressed or held on
 * the way ({@link SendingRules}). Running jobs take turns. A claim holds one of the channel's
 * concurrency slots until the worker gives it back. A running job this engine must not send (its account is not the
 * one the engine sends through, {@link JobGate}) is paused with the reason instead.
 */
final class MessageClaims {

    /** Bounds one claim's transaction when most due messages turn out to be suppressed or held. */
    private static final int ROUNDS = 8;

    private final Database database;
    private final OutboxRepository repository;
    private final JobPlans plans;
    private final SendingRules rules = new SendingRules();
    private final Map<DeliveryChannel, Semaphore> slots;
    private final Map<DeliveryChannel, Integer> batchSizes;
    private final Clock clock;
    private final JobStateSignal signal;
    private final JobGate gate;
    private final AtomicInteger turn = new AtomicInteger();

    MessageClaims(Database database, OutboxRepository repository, JobPlans plans, Map<DeliveryChannel, Semaphore> slots,
            Map<DeliveryChannel, Integer> batchSizes, Clock clock, JobStateSignal signal, JobGate gate) {
        this.database = database;
        this.repository = repository;
        this.plans = plans;
        this.slots = slots;
        this.batchSizes = batchSizes;
        this.clock = clock;
        this.signal = signal;
        this.gate = gate;
    }

    /** The next batch to send, with its channel's slot taken; empty when nothing is due on a channel with a free slot. */
    Optional<Claim> next() {
        Claim[] taken = new Claim[1];
        List<Long> finishedJobs = new ArrayList<>();
        Map<Long, String> paused = new LinkedHashMap<>();
        try {
            Optional<Claim> claim = database.write(connection -> {
                finishedJobs.clear();
                paused.clear();
                try (LedgerSession ledger = new LedgerSession(connection)) {
                    Instant now = clock.instant();
                    List<OutboxRepository.RunningJob> running = repository.runningJobs(connection);
                    int first = Math.floorMod(turn.getAndIncrement(), Math.max(1, running.size()));
                    for (int index = 0; index < running.size(); index++) {
                        OutboxRepository.RunningJob job = running.get((first + index) % running.size());
                        Optional<String> refused = gate.pauseReason(plans.of(job.id()).job());
                        if (refused.isPresent()) {
                            if (repository.changeState(connection, job.id(), EnumSet.of(JobState.RUNNING),
                                    JobState.PAUSED, refused.get(), now)) {
                                paused.put(job.id(), refused.get());
                            }
                            continue;
                        }
                        Semaphore slot = slots.get(job.channel());
                        if (slot == null || !slot.tryAcquire()) {
                            continue;
                        }
                        List<ClaimedMessage> claimed;
                        try {
                            claimed = claimFrom(ledger, plans.of(job.id()), now);
                        } catch (SQLException | RuntimeException e) {
                            slot.release();
                            throw e;
                        }
                        if (!claimed.isEmpty()) {
                            taken[0] = new Claim(job.channel(), claimed);
                            return Optional.of(taken[0]);
                        }
                        slot.release();
                    }
                    finishedJobs.addAll(repository.finishCompletedJobs(connection, now));
                    return Optional.<Claim>empty();
                }
            });
            paused.forEach(JobLog::pausedItself);
            JobLog.done(finishedJobs);
            if (!finishedJobs.isEmpty()) {
                signal.ended(finishedJobs);
            } else if (!paused.isEmpty()) {
                signal.announce();
            }
            return claim;
        } catch (RuntimeException e) {
            // The transaction did not commit: the rows are still PENDING, so the slot is free again.
            if (taken[0] != null) {
                slots.get(taken[0].channel()).release();
            }
            throw e;
        }
    }

    private List<ClaimedMessage> claimFrom(LedgerSession ledger, JobPlan plan, Instant now) throws SQLException {
        SendJob job = plan.job();
        int batch = batchSizes.get(job.channel());
        List<ClaimedMessage> claimed = new ArrayList<>(batch);
        if (plan.deadline() != null && !now.isBefore(plan.deadline())) {
            // Past the run's MaximumDuration nothing more goes: what waits, due or held, expires in this transaction.
            ledger.expirePending(job.id(), now);
            return claimed;
        }
        SendingFacts facts = new LedgerFacts(ledger);
        for (int round = 0; round < ROUNDS && claimed.size() < batch; round++) {
            List<LedgerSession.Candidate> due = ledger.dueMessages(job.id(), now.toEpochMilli(), batch - claimed.size());
            if (due.isEmpty()) {
                break;
            }
            for (LedgerSession.Candidate candidate : due) {
                SendingRules.Decision decision = rules.decide(facts, plans.of(job.id(), candidate.treatment()),
                        candidate, now);
                if (decision instanceof SendingRules.Suppress suppress) {
                    ledger.markSuppressed(candidate.id(), candidate.address(), suppress.reason(), now);
                } else if (decision instanceof SendingRules.Hold hold) {
                    ledger.hold(candidate.id(), candidate.address(), hold.reason(), hold.until(), now);
                } else {
                    ledger.markSending(candidate.id(), candidate.address(), now);
                    claimed.add(new ClaimedMessage(candidate.id(), job.id(), candidate.treatment(), job.channel(),
                            candidate.endpointKey(),
                            candidate.endpointId(), candidate.address(), candidate.attempts(),
                            candidate.firstAttemptAt() == 0 ? now.toEpochMilli() : candidate.firstAttemptAt()));
                }
            }
        }
        return claimed;
    }
}
