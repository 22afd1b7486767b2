package io.tidings.delivery;

import io.tidings.audience.AudienceService;
import io.tidings.audience.Endpoint;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.store.Database;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateRenderer;
import io.tidings.template.TemplateService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sending engine: a pool of daemon workers that take due messages from the ledger, render
 * them, hand them to the channel adapter and record the outcome.
 *
 * <p>Each message goes PENDING → SENDING (claimed in one transaction) → SENT, FAILED or back to
 * PENDING for a retry (recorded in one transaction together with its event). A row is SENDING
 * only while a worker holds it, so when the engine starts, the SENDING rows are exactly the
 * messages whose outcome a crash lost. They are sent again, once, with the same message id: marking
 * them sent could lose a message that never left, marking them failed would lose it for certain,
 * and only the provider can tell a repeat from a new message, which the stable id lets it do. At
 * most {@code workers} messages can be SENDING at once, so that bounds the repeats.
 */
public final class DeliveryEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryEngine.class);
    private static final int CANDIDATES = 16;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Database database;
    private final Map<DeliveryChannel, ChannelSender> senders;
    private final DeliverySettings settings;
    private final Clock clock;
    private final SendJobs jobs;
    private final AudienceService audience;
    private final TemplateService templates;
    private final MessageComposer composer;
    private final OutboxRepository repository = new OutboxRepository();
    private final Map<DeliveryChannel, Semaphore> slots = new EnumMap<>(DeliveryChannel.class);
    private final Map<DeliveryChannel, TokenBucket> rates = new EnumMap<>(DeliveryChannel.class);
    private final Map<Long, TemplateContent> contents = new ConcurrentHashMap<>();
    private final Backoff backoff;
    private final ErrorRateWatch errors;
    private ExecutorService workers;
    private volatile boolean running;

    public DeliveryEngine(Database database, Map<DeliveryChannel, ChannelSender> senders, DeliverySettings settings,
            Clock clock) {
        this.database = database;
        this.senders = Map.copyOf(senders);
        this.settings = settings;
        this.clock = clock;
        this.jobs = new SendJobs(database, clock);
        this.audience = new AudienceService(database);
        this.templates = new TemplateService(database, clock);
        this.composer = new MessageComposer(new TemplateRenderer(clock));
        this.backoff = new Backoff(settings.retryBase(), settings.retryCeiling(), RandomGenerator.getDefault());
        this.errors = new ErrorRateWatch(settings.errorWindow(), settings.errorCeiling());
        this.senders.forEach((channel, sender) -> {
            slots.put(channel, new Semaphore(Math.max(1, sender.maxConcurrency())));
            rates.put(channel, new TokenBucket(settings.ratePerSecond().getOrDefault(channel, 0.0), System::nanoTime));
        });
    }

    public DeliveryEngine(Database database, Map<DeliveryChannel, ChannelSender> senders, DeliverySettings settings) {
        this(database, senders, settings, Clock.systemUTC());
    }

    /**
     * Resolves the messages a crash left SENDING (see the class comment) and starts the workers;
     * returns how many messages will be sent again.
     */
    public synchronized int start() {
        if (running) {
            return 0;
        }
        int released = database.write(connection -> repository.releaseInFlight(connection, now()));
        if (released > 0) {
            LOG.info("{} messages were in flight when Tidings stopped; sending them again with the same ids", released);
        }
        running = true;
        workers = Executors.newFixedThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "tidings-delivery");
            thread.setDaemon(true);
            return thread;
        });
        for (int index = 0; index < settings.workers(); index++) {
            workers.execute(this::work);
        }
        return released;
    }

    public void run(long jobId) {
        errors.reset(jobId);
        jobs.start(jobId);
    }

    public void pause(long jobId) {
        jobs.pause(jobId, "Paused by the user.");
    }

    public void resume(long jobId) {
        run(jobId);
    }

    public void cancel(long jobId) {
        jobs.cancel(jobId);
    }

    public JobProgress progress(long jobId) {
        return jobs.progress(jobId);
    }

    /** Waits until the job is done, cancelled or paused, or the timeout passes; returns its state then. */
    public JobState await(long jobId, Duration timeout, java.util.function.Consumer<JobProgress> watcher)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JobProgress progress = progress(jobId);
            watcher.accept(progress);
            JobState state = progress.job().state();
            if (state.isFinished() || state == JobState.PAUSED || System.nanoTime() > deadline) {
                return state;
            }
            Thread.sleep(Math.max(20, settings.idlePoll().toMillis()));
        }
    }

    private void work() {
        while (running) {
            try {
                Optional<ClaimedMessage> claimed = claim();
                if (claimed.isEmpty()) {
                    Thread.sleep(settings.idlePoll().toMillis());
                    continue;
                }
                try {
                    deliver(claimed.get());
                } finally {
                    slots.get(claimed.get().channel()).release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The row stays SENDING and is resolved by the crash rule at the next start.
                LOG.error("A delivery worker failed: {}", e.toString(), e);
                sleepQuietly();
            }
        }
    }

    /** Takes the next due message in one transaction, suppressing the ones that must not be sent on the way. */
    private Optional<ClaimedMessage> claim() {
        List<DeliveryChannel> open = new ArrayList<>();
        slots.forEach((channel, slot) -> {
            if (slot.tryAcquire()) {
                open.add(channel);
            }
        });
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Optional<ClaimedMessage> claimed = Optional.empty();
        try {
            claimed = database.write(connection -> {
                Instant now = now();
                for (OutboxRepository.Candidate candidate
                        : repository.dueMessages(connection, open, now.toEpochMilli(), CANDIDATES)) {
                    Optional<ReasonCode> reason = Suppression.reason(candidate.channel(), new Suppression.Facts(
                            candidate.endpointId() != null, candidate.channelType(), candidate.address(),
                            candidate.active(), candidate.optedOut(),
                            candidate.address() != null
                                    && repository.addressSuppressed(connection, candidate.channel(), candidate.address()),
                            candidate.address() != null && repository.addressAlreadyInJob(connection,
                                    candidate.jobId(), candidate.id(), candidate.address())));
                    if (reason.isPresent()) {
                        repository.markSuppressed(connection, candidate.id(), candidate.address(), reason.get(), now);
                        continue;
                    }
                    repository.markSending(connection, candidate.id(), candidate.address(), now.toEpochMilli(), now);
                    return Optional.of(new ClaimedMessage(candidate.id(), candidate.jobId(), candidate.channel(),
                            candidate.endpointKey(), candidate.endpointId(), candidate.address(), candidate.attempts(),
                            candidate.firstAttemptAt() == 0 ? now.toEpochMilli() : candidate.firstAttemptAt()));
                }
                repository.finishCompletedJobs(connection, now);
                return Optional.<ClaimedMessage>empty();
            });
            return claimed;
        } finally {
            DeliveryChannel kept = claimed.map(ClaimedMessage::channel).orElse(null);
            open.stream().filter(channel -> channel != kept).forEach(channel -> slots.get(channel).release());
        }
    }

    private void deliver(ClaimedMessage message) throws InterruptedException {
        OutboundMessage outbound;
        try {
            Endpoint endpoint = audience.endpoint(message.endpointId()).orElseThrow(
                    () -> new IllegalArgumentException("The endpoint is no longer in the workspace."));
            outbound = composer.compose(Long.toString(message.id()), message.channel(), content(message.jobId()), endpoint);
        } catch (IllegalArgumentException e) {
            record(message, new SendResult(SendResult.Outcome.PERMANENT_FAILURE, null, e.getMessage(), null),
                    ReasonCode.TEMPLATE_ERROR);
            return;
        }
        rates.get(message.channel()).acquire();
        SendResult result = senders.get(message.channel()).send(outbound);
        record(message, result, null);
    }

    private TemplateContent content(long jobId) {
        return contents.computeIfAbsent(jobId, id -> {
            SendJob job = jobs.job(id).orElseThrow();
            if (job.templateId() == null) {
                throw new IllegalArgumentException("The template of \"" + job.name() + "\" was deleted.");
            }
            return templates.version(job.templateId(), job.templateVersion());
        });
    }

    /** Records the outcome and its event in one transaction, then checks the job's error ceiling. */
    private void record(ClaimedMessage message, SendResult result, ReasonCode failureReason) {
        Instant now = now();
        DeliveryChannel channel = message.channel();
        database.write(connection -> {
            switch (result.outcome()) {
                case ACCEPTED -> {
                    repository.recordAttempt(connection, message.id(), MessageState.SENT, null,
                            result.providerMessageId(), result.detail(), 0, now);
                    repository.insertEvent(connection, EventTypes.sent(channel), message.endpointKey(), message.jobId(),
                            message.id(), attributes(result), now);
                }
                case TRANSIENT_FAILURE -> {
                    int attempts = message.attempts() + 1;
                    Duration delay = backoff.delay(attempts, result.retryAfter());
                    long next = now.plus(delay).toEpochMilli();
                    boolean pastDeadline = attempts >= settings.maxAttempts()
                            || next - message.firstAttemptAt() > settings.retryDeadline().toMillis();
                    if (pastDeadline) {
                        repository.recordAttempt(connection, message.id(), MessageState.FAILED,
                                ReasonCode.RETRY_DEADLINE_EXCEEDED, null, result.detail(), 0, now);
                        repository.insertEvent(connection, EventTypes.failed(channel), message.endpointKey(),
                                message.jobId(), message.id(), attributes(result), now);
                    } else {
                        repository.recordAttempt(connection, message.id(), MessageState.PENDING, null, null,
                                result.detail(), next, now);
                    }
                }
                case PERMANENT_FAILURE -> {
                    repository.recordAttempt(connection, message.id(), MessageState.FAILED,
                            failureReason == null ? ReasonCode.PERMANENT_FAILURE : failureReason, null, result.detail(), 0, now);
                    repository.insertEvent(connection, EventTypes.failed(channel), message.endpointKey(), message.jobId(),
                            message.id(), attributes(result), now);
                }
                case ADDRESS_REJECTED -> {
                    repository.recordAttempt(connection, message.id(), MessageState.FAILED, ReasonCode.ADDRESS_REJECTED,
                            null, result.detail(), 0, now);
                    repository.suppressAddress(connection, channel, message.address(),
                            result.detail() == null ? "Rejected by the provider" : result.detail(), now);
                    if (channel == DeliveryChannel.PUSH) {
                        repository.deactivateEndpoint(connection, message.endpointKey());
                    }
                    repository.insertEvent(connection, EventTypes.addressRejected(channel), message.endpointKey(),
                            message.jobId(), message.id(), attributes(result), now);
                }
            }
            repository.finishCompletedJobs(connection, now);
            return null;
        });
        double share = errors.record(message.jobId(), result.outcome() != SendResult.Outcome.ACCEPTED);
        if (share >= 0) {
            jobs.changeState(message.jobId(), EnumSet.of(JobState.RUNNING), JobState.PAUSED, String.format(
                    "Paused: %d%% of the last %d messages failed (the ceiling is %d%%).", Math.round(share * 100),
                    settings.errorWindow(), Math.round(settings.errorCeiling() * 100)));
        }
    }

    private static String attributes(SendResult result) {
        var json = JSON.createObjectNode();
        if (result.providerMessageId() != null) {
            json.put("provider_message_id", result.providerMessageId());
        }
        if (result.detail() != null) {
            json.put("detail", result.detail());
        }
        return json.toString();
    }

    private Instant now() {
        return clock.instant();
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the workers after their current message. */
    @Override
    public synchronized void close() {
        running = false;
        if (workers != null) {
            workers.shutdown();
            try {
                workers.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
