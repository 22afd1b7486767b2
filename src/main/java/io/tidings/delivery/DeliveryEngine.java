package io.tidings.delivery;

import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointFeedback;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.store.Database;
import io.tidings.template.TemplateRenderer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sending engine: a pool of daemon workers that claim due messages from the ledger in batches,
 * render them, hand them to the channel adapter one after another, and pass the outcomes to an
 * {@link OutcomeRecorder} that saves them in group commits.
 *
 * <p>Each message goes PENDING → SENDING (claimed, {@link MessageClaims}) → SENT, FAILED, or back to
 * PENDING for a retry (saved together with its event). A row is SENDING only while a worker holds it
 * or its outcome waits to be saved, so when the engine starts, the SENDING rows are exactly the
 * messages whose outcome a crash lost. They are sent again, once, with the same message id: marking
 * them sent could lose a message that never left, marking them failed would lose it for certain, and
 * only the provider can tell a repeat from a new message, which the stable id lets it do. Claimed
 * messages a worker had not handed to the channel yet were never sent, so they are no repeats; the
 * repeats are bounded by the messages in the channel's hands plus the recorder's queue.
 */
public final class DeliveryEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryEngine.class);
    /** How often {@link #await} reports progress while nothing finishes. */
    private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(250);

    private final Database database;
    private final Map<DeliveryChannel, ChannelSender> senders;
    private final DeliverySettings settings;
    private final Clock clock;
    private final SendJobs jobs;
    private final EndpointLookup endpoints;
    private final EndpointFeedback endpointFeedback;
    private final MessageComposer composer;
    private final OutboxRepository repository = new OutboxRepository();
    private final Map<DeliveryChannel, Semaphore> slots = new EnumMap<>(DeliveryChannel.class);
    private final Map<DeliveryChannel, TokenBucket> rates = new EnumMap<>(DeliveryChannel.class);
    private final JobPlans plans;
    private final RunningJobs runningJobs;
    private final JobStateSignal signal = new JobStateSignal();
    private final MessageClaims claims;
    private final ErrorRateWatch errors;
    private ExecutorService workers;
    private OutcomeRecorder recorder;
    private volatile boolean running;
    private SendingLock lock;

    /**
     * @param jobs the workspace's send jobs, whose state the engine changes as it runs them
     * @param endpoints where the engine reads the endpoints it sends to
     * @param endpointFeedback where it marks an endpoint whose address the provider rejected for good
     * @param templates where the engine reads the template version each job was created with
     * @param renderer renders each message for its endpoint
     * @param senders the channel adapters, one a channel
     */
    public DeliveryEngine(Database database, SendJobs jobs, EndpointLookup endpoints,
            EndpointFeedback endpointFeedback, TemplateVersions templates, TemplateRenderer renderer, Map<DeliveryChannel, ChannelSender> senders, DeliverySettings settings,
            Clock clock) {
        this.database = database;
        this.senders = Map.copyOf(senders);
        this.settings = settings;
        this.clock = clock;
        this.jobs = jobs;
        this.endpoints = endpoints;
        this.endpointFeedback = endpointFeedback;
        this.composer = new MessageComposer(renderer);
        this.plans = new JobPlans(jobs, templates);
        this.runningJobs = new RunningJobs(database, repository);
        this.errors = new ErrorRateWatch(settings.errorWindow(), settings.errorCeiling());
        Map<DeliveryChannel, Integer> batchSizes = new EnumMap<>(DeliveryChannel.class);
        this.senders.forEach((channel, sender) -> {
            slots.put(channel, new Semaphore(Math.max(1, sender.maxConcurrency())));
            rates.put(channel, new TokenBucket(settings.ratePerSecond().getOrDefault(channel, 0.0), System::nanoTime));
            batchSizes.put(channel, settings.claimBatch(channel));
        });
        this.claims = new MessageClaims(database, repository, plans, slots, batchSizes, clock, signal);
    }

    /**
     * Takes the workspace's {@link SendingLock}, resolves the messages a crash left SENDING (see the class
     * comment) and starts the workers; returns how many messages will be sent again.
     *
     * @throws SendingElsewhereException when another engine, in this process or another, sends from the workspace
     */
    public synchronized int start() {
        if (running) {
            return 0;
        }
        // A read-only workspace cannot record what is sent: say so before anything is written beside it.
        database.ensureWritable();
        lock = SendingLock.tryTake(database.file()).orElseThrow(() -> new SendingElsewhereException(database.file()));
        int released = database.write(connection -> repository.releaseInFlight(connection, now()));
        if (released > 0) {
            LOG.info("{} messages were in flight when Tidings stopped; sending them again with the same ids", released);
        }
        recorder = new OutcomeRecorder(database, repository, endpointFeedback, settings,
                new Backoff(settings.retryBase(), settings.retryCeiling(), RandomGenerator.getDefault()), clock,
                signal::announce);
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
        runningJobs.add(jobId);
    }

    public void pause(long jobId) {
        jobs.pause(jobId, "Paused by the user.");
        stopped(jobId);
    }

    public void resume(long jobId) {
        run(jobId);
    }

    /** Cancels the job: messages not sent yet never will be (JOB_CANCELLED); the ones being sent get their outcome. */
    public void cancel(long jobId) {
        jobs.cancel(jobId);
        stopped(jobId);
    }

    public JobProgress progress(long jobId) {
        return jobs.progress(jobId);
    }

    /** Waits until the job is done, cancelled or paused, or the timeout passes; returns its state then. */
    public JobState await(long jobId, Duration timeout, Consumer<JobProgress> watcher) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = signal.changes();
            JobProgress progress = progress(jobId);
            watcher.accept(progress);
            JobState state = progress.job().state();
            long left = deadline - System.nanoTime();
            if (state.isFinished() || state == JobState.PAUSED || left <= 0) {
                return state;
            }
            signal.awaitChange(seen, Duration.ofNanos(Math.min(left, PROGRESS_INTERVAL.toNanos())));
        }
    }

    private void stopped(long jobId) {
        runningJobs.remove(jobId);
        signal.announce();
    }

    private void work() {
        while (running) {
            try {
                Optional<Claim> claim = claims.next();
                if (claim.isEmpty()) {
                    Thread.sleep(settings.idlePoll().toMillis());
                    continue;
                }
                try {
                    deliver(claim.get());
                } finally {
                    slots.get(claim.get().channel()).release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("A delivery worker failed: {}", e.toString(), e);
                sleepQuietly();
            }
        }
    }

    /**
     * Sends a claim's messages one after another while the engine runs and their job is running, then
     * gives back the ones it did not hand to the channel. A message whose send threw stays SENDING for
     * the crash rule: whether it left is unknown.
     */
    private void deliver(Claim claim) throws InterruptedException {
        List<ClaimedMessage> messages = claim.messages();
        int handedOver = 0;
        try {
            Map<Long, Endpoint> endpoints = this.endpoints.endpointsByKey(claim.endpointKeys());
            ChannelSender sender = senders.get(claim.channel());
            TokenBucket rate = rates.get(claim.channel());
            for (ClaimedMessage message : messages) {
                if (!running || !runningJobs.contains(message.jobId())) {
                    break;
                }
                Composition composed = compose(message, endpoints.get(message.endpointKey()));
                SendResult result;
                ReasonCode failureReason = null;
                if (composed.message() == null) {
                    handedOver++;
                    result = SendResult.permanentFailure(composed.problem());
                    failureReason = ReasonCode.TEMPLATE_ERROR;
                } else {
                    rate.acquire();
                    handedOver++;
                    result = sender.send(composed.message());
                }
                recorder.submit(new OutcomeRecorder.Outcome(message, result, failureReason, watchErrors(message, result)));
            }
        } finally {
            if (handedOver < messages.size()) {
                release(messages.subList(handedOver, messages.size()));
            }
        }
    }

    /** The message to send, or why there is none. */
    private record Composition(OutboundMessage message, String problem) {
    }

    private Composition compose(ClaimedMessage message, Endpoint endpoint) {
        JobPlan plan = plans.of(message.jobId());
        if (endpoint == null) {
            return new Composition(null, "The endpoint is no longer in the workspace.");
        }
        if (plan.content() == null) {
            return new Composition(null, plan.templateProblem());
        }
        try {
            return new Composition(
                    composer.compose(Long.toString(message.id()), message.channel(), plan.content(), endpoint), null);
        } catch (IllegalArgumentException e) {
            return new Composition(null, e.getMessage());
        }
    }

    private void release(List<ClaimedMessage> unsent) {
        Instant now = now();
        database.write(connection -> {
            try (LedgerSession ledger = new LedgerSession(connection)) {
                for (ClaimedMessage message : unsent) {
                    ledger.releaseUnsent(message.id(), now);
                }
            }
            return null;
        });
    }

    /**
     * Counts the result towards its job's error ceiling. When the ceiling is crossed, the job's workers
     * stop at once and the pause reason is returned, for the recorder to pause the job together with
     * this outcome; null otherwise.
     */
    private String watchErrors(ClaimedMessage message, SendResult result) {
        double share = errors.record(message.jobId(), result.outcome() != SendResult.Outcome.ACCEPTED);
        if (share < 0) {
            return null;
        }
        runningJobs.remove(message.jobId());
        return String.format("Paused: %d%% of the last %d messages failed (the ceiling is %d%%).",
                Math.round(share * 100), settings.errorWindow(), Math.round(settings.errorCeiling() * 100));
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

    /**
     * Stops the workers after the message each is sending (the rest of their claims go back to PENDING),
     * then saves every outcome not saved yet.
     */
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
            workers = null;
        }
        if (recorder != null) {
            recorder.close();
            recorder = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
