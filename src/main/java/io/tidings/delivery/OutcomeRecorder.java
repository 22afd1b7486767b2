package io.tidings.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.audience.EndpointFeedback;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.SendResult;
import io.tidings.store.Database;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves what the channels answered, many messages to a transaction (a group commit): workers hand
 * over outcomes and go on sending; one thread writes whatever has gathered, each message's new state
 * together with its event. A message counts as done (in progress, for finishing its job) only once its
 * transaction committed. Until then its row stays SENDING, so a crash leaves it to the crash rule; a
 * clean {@link #close()} saves every outcome handed over before returning. An outcome that crossed its
 * job's error ceiling pauses the job in the same transaction.
 *
 * <p>The queue is bounded, and so is a transaction: a crash (kill -9) can lose the outcomes of at most
 * {@code 2 × CAPACITY} messages the channel took (the ones being committed and the ones queued) plus the one
 * each worker is sending. Those are sent again, with the same message ids, after the restart.
 */
final class OutcomeRecorder implements AutoCloseable {

    /** The most outcomes waiting to be saved, and the most a single transaction saves. */
    static final int CAPACITY = 500;
    /** Enough outcomes to commit without waiting for more. */
    private static final int GROUP = 200;
    /** The longest an outcome waits for others to share its commit. */
    private static final Duration LINGER = Duration.ofMillis(10);

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeRecorder.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One message's answer from its channel, or the failure that kept it from being sent.
     *
     * @param failureReason the reason of a permanent failure when it is not the provider's (TEMPLATE_ERROR), or null
     * @param pauseReason why the job pauses with this outcome (its error ceiling), or null
     */
    record Outcome(ClaimedMessage message, SendResult result, ReasonCode failureReason, String pauseReason) {
    }

    private final Database database;
    private final OutboxRepository repository;
    private final EndpointFeedback endpoints;
    private final DeliverySettings settings;
    private final Backoff backoff;
    private final Clock clock;
    private final JobStateSignal jobsChanged;
    private final BlockingQueue<Outcome> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Thread writer;
    private volatile boolean closing;

    /** @param jobsChanged told when saving finished or paused a job */
    OutcomeRecorder(Database database, OutboxRepository repository, EndpointFeedback endpoints,
            DeliverySettings settings, Backoff backoff, Clock clock, JobStateSignal jobsChanged) {
        this.database = database;
        this.repository = repository;
        this.endpoints = endpoints;
        this.settings = settings;
        this.backoff = backoff;
        this.clock = clock;
        this.jobsChanged = jobsChanged;
        this.writer = new Thread(this::saveUntilClosed, "tidings-delivery-outcomes");
        writer.setDaemon(true);
        writer.start();
    }

    /** Hands an outcome over; waits while the queue is full. */
    void submit(Outcome outcome) throws InterruptedException {
        queue.put(outcome);
    }

    private void saveUntilClosed() {
        List<Outcome> batch = new ArrayList<>(CAPACITY);
        while (!closing || !queue.isEmpty()) {
            try {
                Outcome first = queue.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
                save(batch);
            } catch (InterruptedException e) {
                // Only close() stops this thread, and it waits for the queue to empty first.
                LOG.warn("The outcome writer was interrupted; it keeps saving until the engine closes.");
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Lets outcomes gather for a moment after the first: every transaction costs a commit and a turn at the
     * workspace's single writer, which the workers' claims wait for too.
     */
    private void gather(List<Outcome> batch) throws InterruptedException {
        long deadline = System.nanoTime() + LINGER.toNanos();
        queue.drainTo(batch, CAPACITY - batch.size());
        while (batch.size() < GROUP && !closing) {
            long left = deadline - System.nanoTime();
            Outcome next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            queue.drainTo(batch, CAPACITY - batch.size());
        }
    }

    private void save(List<Outcome> batch) {
        try {
            saveTogether(batch);
        } catch (RuntimeException | Error e) {
            LOG.error("Could not save {} outcomes together ({}); saving them one by one", batch.size(), e.toString());
            for (Outcome outcome : batch) {
                try {
                    saveTogether(List.of(outcome));
                } catch (RuntimeException | Error single) {
                    // The row stays SENDING: the crash rule sends it again at the next start.
                    LOG.error("Could not save the outcome of message {}: {}", outcome.message().id(), single.toString(),
                            single);
                }
            }
        }
    }

    private void saveTogether(List<Outcome> batch) {
        Instant now = clock.instant();
        Map<Long, String> paused = new LinkedHashMap<>();
        List<Long> done = database.write(connection -> {
            paused.clear();
            try (LedgerSession ledger = new LedgerSession(connection)) {
                for (Outcome outcome : batch) {
                    apply(ledger, outcome, now);
                    long jobId = outcome.message().jobId();
                    if (outcome.pauseReason() != null && repository.changeState(connection, jobId,
                            EnumSet.of(JobState.RUNNING), JobState.PAUSED, outcome.pauseReason(), now)) {
                        paused.put(jobId, outcome.pauseReason());
                    }
                }
                return repository.finishCompletedJobs(connection, now);
            }
        });
        paused.forEach(JobLog::pausedItself);
        JobLog.done(done);
        if (!done.isEmpty()) {
            jobsChanged.ended(done);
        } else if (!paused.isEmpty()) {
            jobsChanged.announce();
        }
    }

    private void apply(LedgerSession ledger, Outcome outcome, Instant now) throws SQLException {
        ClaimedMessage message = outcome.message();
        SendResult result = outcome.result();
        DeliveryChannel channel = message.channel();
        switch (result.outcome()) {
            case ACCEPTED -> {
                ledger.recordFinal(message.id(), MessageState.SENT, null, result.providerMessageId(), result.detail(),
                        now);
                event(ledger, EventTypes.sent(channel), message, result, now);
                if (channel == DeliveryChannel.CUSTOM) {
                    // The webhook's 2xx is all it will say: the call arrived.
                    event(ledger, EventTypes.CUSTOM_DELIVERED, message, result, now);
                }
            }
            case TRANSIENT_FAILURE -> {
                int attempts = message.attempts() + 1;
                long next = now.plus(backoff.delay(attempts, result.retryAfter())).toEpochMilli();
                if (attempts >= settings.maxAttempts()
                        || next - message.firstAttemptAt() > settings.retryDeadline().toMillis()) {
                    ledger.recordFinal(message.id(), MessageState.FAILED, ReasonCode.RETRY_DEADLINE_EXCEEDED, null,
                            result.detail(), now);
                    event(ledger, EventTypes.failed(channel), message, result, now);
                } else {
                    ledger.scheduleRetry(message.id(), result.detail(), next, now);
                }
            }
            case PERMANENT_FAILURE -> {
                ReasonCode reason = outcome.failureReason() == null ? ReasonCode.PERMANENT_FAILURE : outcome.failureReason();
                ledger.recordFinal(message.id(), MessageState.FAILED, reason, null, result.detail(), now);
                event(ledger, EventTypes.failed(channel), message, result, now);
            }
            case ADDRESS_REJECTED -> {
                ledger.recordFinal(message.id(), MessageState.FAILED, ReasonCode.ADDRESS_REJECTED, null, result.detail(),
                        now);
                repository.suppressAddress(ledger.connection(), channel, message.address(),
                        result.detail() == null ? "Rejected by the provider" : result.detail(), now);
                if (channel == DeliveryChannel.PUSH) {
                    endpoints.deactivate(ledger.connection(), message.endpointKey());
                }
                event(ledger, EventTypes.addressRejected(channel), message, result, now);
            }
        }
    }

    private static void event(LedgerSession ledger, String type, ClaimedMessage message, SendResult result, Instant now)
            throws SQLException {
        ObjectNode attributes = JSON.createObjectNode();
        if (result.providerMessageId() != null) {
            attributes.put("provider_message_id", result.providerMessageId());
        }
        if (result.detail() != null) {
            attributes.put("detail", result.detail());
        }
        ledger.insertEvent(type, message.endpointKey(), message.jobId(), message.id(), attributes.toString(), now);
    }

    /** Saves every outcome handed over so far, then stops. Call once no worker submits any more. */
    @Override
    public void close() {
        closing = true;
        try {
            writer.join(Duration.ofMinutes(1).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
