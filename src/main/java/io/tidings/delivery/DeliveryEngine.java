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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private final CustomMessagePayload customMessages;
    private final OutboxRepository repository = new OutboxRepository();
    private final Map<DeliveryChannel, Semaphore> slots = new EnumMap<>(DeliveryChannel.class);
    private final Map<DeliveryChannel, TokenBucket> rates = new EnumMap<>(DeliveryChannel.class);
    private final JourneyRates journeyRates;
    private final JobPlans plans;
    private final RunningJobs runningJobs;
    private final JobStateSignal signal;
    private final MessageClaims claims;
    private final JobGate gate;
    private final ErrorRateWatch errors;
    private final SendsInFlight inFlight = new SendsInFlight(System::nanoTime);
    /** Jobs whose template did not render for some message, logged once each. */
    private final Set<Long> templateErrorsLogged = ConcurrentHashMap.newKeySet();
    private ExecutorService workers;
    private OutcomeRecorder recorder;
    private volatile boolean running;
    private volatile SendTimings timings = SendTimings.NONE;
    private SendingLock lock;

    /**
     * @param jobs the workspace's send jobs, whose state the engine changes as it runs them
     * @param endpoints where the engine reads the endpoints it sends to
     * @param endpointFeedback where it marks an endpoint whose address the provider rejected for good
     * @param templates where the engine reads the template version each job was created with
     * @param renderer renders each message for its endpoint
     * @param senders the channel adapters, one a channel
     * @param accountCheck which jobs the engine may send: those created with the accounts {@code senders} send through
     * @param tracking adds each email's unsubscribe link, tracked links and open pixel
     */
    public DeliveryEngine(Database database, SendJobs jobs, EndpointLookup endpoints,
            EndpointFeedback endpointFeedback, TemplateVersions templates, TemplateRenderer renderer, Map<DeliveryChannel, ChannelSender> senders, DeliverySettings settings,
            JobAccountCheck accountCheck, MessageTracking tracking, Clock clock) {
        this.database = database;
        this.senders = Map.copyOf(senders);
        this.settings = settings;
        this.clock = clock;
        this.jobs = jobs;
        this.endpoints = endpoints;
        this.endpointFeedback = endpointFeedback;
        this.composer = new MessageComposer(renderer, tracking);
        this.customMessages = new CustomMessagePayload(renderer);
        this.plans = new JobPlans(jobs, templates, tracking);
        this.runningJobs = new RunningJobs(database, repository);
        this.errors = new ErrorRateWatch(settings.errorWindow(), settings.errorCeiling());
        Map<DeliveryChannel, Integer> batchSizes = new EnumMap<>(DeliveryChannel.class);
        this.senders.forEach((channel, sender) -> {
            slots.put(channel, new Semaphore(Math.max(1, sender.maxConcurrency())));
            rates.put(channel, new TokenBucket(settings.ratePerSecond().getOrDefault(channel, 0.0), System::nanoTime));
            batchSizes.put(channel, settings.claimBatch(channel));
        });
        this.journeyRates = new JourneyRates(database, System::nanoTime);
        this.signal = new JobStateSignal(journeyRates::forget);
        this.gate = new JobGate(accountCheck);
        this.claims = new MessageClaims(database, repository, plans, slots, batchSizes, clock, signal, gate);
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
        lock = SendingLock.tryTake(database.file()).orElseThrow(() -> {
            LOG.warn("Sending refused: another Tidings is sending from this workspace");
            return new SendingElsewhereException(database.file());
        });
        int released = database.write(connection -> repository.releaseInFlight(connection, now()));
        if (released > 0) {
            LOG.info("{} messages were in flight when Tidings stopped; sending them again with the same ids", released);
        }
        recorder = new OutcomeRecorder(database, repository, endpointFeedback, settings,
                new Backoff(settings.retryBase(), settings.retryCeiling(), RandomGenerator.getDefault()), clock,
                signal);
        running = true;
        workers = Executors.newFixedThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "tidings-delivery");
            thread.setDaemon(true);
            return thread;
        });
        for (int index = 0; index < settings.workers(); index++) {
            workers.execute(this::keepWorking);
        }
        return released;
    }

    /** Tells {@code timings} how long each channel takes to answer, from the next message on. */
    public void timeSendsWith(SendTimings timings) {
        this.timings = timings;
    }

    public void run(long jobId) {
        errors.reset(jobId);
        gate.forget(jobId);
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
        runningJobs.remove(jobId);
        signal.ended(List.of(jobId));
    }

    /** The journeys' sending rates, which remember a bucket for each job until it ends. */
    JourneyRates journeyRates() {
        return journeyRates;
    }

    public JobProgress progress(long jobId) {
        return jobs.progress(jobId);
    }

    /** The job's message whose provider has kept it waiting longest for an answer, if one is being sent. */
    public Optional<Waiting> waiting(long jobId) {
        return inFlight.longestWait(jobId).map(wait -> new Waiting(senders.get(wait.channel()).destination(),
                wait.waited()));
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

    /**
     * Runs a worker until the engine stops. {@link #work()} survives whatever a message throws; should its own
     * handling of a failure fail too (the log cannot be written, say), the worker starts again rather than leave
     * its share of the jobs waiting for ever.
     */
    private void keepWorking() {
        while (running) {
            try {
                work();
                return;
            } catch (Throwable failure) {
                try {
                    LOG.error("A delivery worker stopped on a failure it could not handle; it starts again",
                            FailureTrace.of(failure));
                } catch (Throwable unloggable) {
                    // Nothing more to do about it here: the worker carries on.
                }
                if (!pauseBriefly()) {
                    return;
                }
            }
        }
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
            } catch (RuntimeException | Error e) {
                LOG.error("A delivery worker failed; it carries on", FailureTrace.of(e));
                if (!pauseBriefly()) {
                    return;
                }
            }
        }
    }

    /**
     * Sends a claim's messages one after another while the engine runs and their job is running, then
     * gives back the ones it did not hand to the channel. A channel that throws (anything, Errors too) gets its
     * message a transient failure saying so, to be tried again with the same id: whether it left is unknown.
     * A stop while a message is in the channel's hands leaves it SENDING, for the crash rule.
     */
    private void deliver(Claim claim) throws InterruptedException {
        List<ClaimedMessage> messages = claim.messages();
        int handedOver = 0;
        ClaimedMessage inHand = null;
        try {
            Map<Long, Endpoint> endpoints = this.endpoints.endpointsByKey(claim.endpointKeys());
            ChannelSender sender = senders.get(claim.channel());
            TokenBucket rate = rates.get(claim.channel());
            for (ClaimedMessage message : messages) {
                if (!running || !runningJobs.contains(message.jobId())) {
                    break;
                }
                Composition composed = compose(message, endpoints.get(message.endpointKey()));
                if (composed.message() != null) {
                    journeyRates.of(message.jobId()).acquire();
                    rate.acquire();
                }
                handedOver++;
                inHand = message;
                SendResult result = composed.message() == null
                        ? templateError(message, composed.problem())
                        : send(sender, message, composed.message());
                ReasonCode failureReason = composed.message() == null ? ReasonCode.TEMPLATE_ERROR : null;
                recorder.submit(new OutcomeRecorder.Outcome(message, result, failureReason, watchErrors(message, result)));
                inHand = null;
            }
            forgetStopped(messages.get(0).jobId());
        } catch (InterruptedException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (inHand != null) {
                // Whatever failed after the channel took it, the message gets an outcome rather than stay SENDING.
                recorder.submit(new OutcomeRecorder.Outcome(inHand, unexpected(inHand.channel(), e), null, null));
            }
            throw e;
        } finally {
            if (handedOver < messages.size()) {
                release(messages.subList(handedOver, messages.size()));
            }
        }
    }

    /**
     * Forgets the journey rate of a claim's job that stopped meanwhile: a cancel forgets it at once, but a worker that
     * was between its check and its message may have asked for it again. A paused job's is read again on resuming.
     */
    private void forgetStopped(long jobId) {
        if (!runningJobs.contains(jobId)) {
            journeyRates.forget(List.of(jobId));
        }
    }

    /** The channel's answer; a channel that throws gets a transient failure, so the worker goes on. */
    private SendResult send(ChannelSender sender, ClaimedMessage message, OutboundMessage outbound) {
        long ticket = inFlight.handedOver(message.jobId(), message.channel());
        long started = System.nanoTime();
        try {
            SendResult result = sender.send(outbound);
            timings.answered(message.channel(), System.nanoTime() - started);
            return result;
        } catch (RuntimeException | Error e) {
            LOG.error("Job {}: the {} channel failed unexpectedly on message {}; it is tried again later",
                    message.jobId(), channelWord(message.channel()), message.id(), FailureTrace.of(e));
            return unexpected(message.channel(), e);
        } finally {
            inFlight.answered(ticket);
        }
    }

    private static SendResult unexpected(DeliveryChannel channel, Throwable failure) {
        return SendResult.transientFailure("The " + channelWord(channel) + " channel failed unexpectedly ("
                + FailureTrace.kind(failure) + "); the log has the details.", null);
    }

    private SendResult templateError(ClaimedMessage message, String problem) {
        if (templateErrorsLogged.add(message.jobId())) {
            // Once a job: the problem may quote the endpoint's values, so it stays in the ledger, not the log.
            LOG.warn("Job {}: the template did not render for message {}; such messages fail with TEMPLATE_ERROR "
                    + "and the reason is with each of them (outbox show)", message.jobId(), message.id());
        }
        return SendResult.permanentFailure(problem);
    }

    private static String channelWord(DeliveryChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }

    /** The message to send, or why there is none. */
    private record Composition(OutboundMessage message, String problem) {
    }

    private Composition compose(ClaimedMessage message, Endpoint endpoint) {
        JobPlan plan = plans.of(message.jobId(), message.treatment());
        if (endpoint == null) {
            return new Composition(null, "The endpoint is no longer in the workspace.");
        }
        if (plan.content() == null && plan.custom() == null) {
            return new Composition(null, plan.templateProblem());
        }
        try {
            return new Composition(plan.custom() != null
                    ? customMessages.compose(Long.toString(message.id()), plan.custom(), plan.content(), endpoint)
                    : composer.compose(Long.toString(message.id()), message.channel(), plan.content(), endpoint,
                            plans.tracksOpensAndClicks(plan.job())), null);
        } catch (IllegalArgumentException e) {
            return new Composition(null, e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.error("Job {}: message {} could not be rendered", message.jobId(), message.id(), FailureTrace.of(e));
            return new Composition(null, "The template could not be rendered (" + FailureTrace.kind(e)
                    + "); the log has the details.");
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
        String pauseReason = errors.record(message.jobId(), result);
        if (pauseReason != null) {
            runningJobs.remove(message.jobId());
        }
        return pauseReason;
    }

    private Instant now() {
        return clock.instant();
    }

    /** Waits a moment after a failure, so that one that repeats does not spin; false when interrupted. */
    private static boolean pauseBriefly() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
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
