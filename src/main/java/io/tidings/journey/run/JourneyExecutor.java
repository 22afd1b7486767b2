package io.tidings.journey.run;

import io.tidings.analytics.Event;
import io.tidings.analytics.EventsArrived;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.JourneyMessages;
import io.tidings.journey.JourneyService;
import io.tidings.journey.JourneyState;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the workspace's published journeys on a daemon thread of its own, from {@link #start()} (beside the campaign
 * scheduler, while the app or {@code serve} sends) until {@link #close()}. The thread sleeps until the earliest
 * wake-up of any participant, entry round or end time, and wakes early when a journey is published or resumed or an
 * event arrives for an event entry; each pass ({@link #runDue()}) advances every published journey to now. A journey's
 * failure is logged and kept beside its run in words, for the user to see until a pass succeeds; the thread tries
 * again after a pause: it never dies silently. Everything a pass does is in the
 * workspace, so a pass interrupted by a crash is picked up where it stood by the next one: positions, history and
 * send jobs are written together.
 */
public final class JourneyExecutor implements EventsArrived, AutoCloseable {

    /** The longest the thread sleeps without looking (a clock change, a journey published by another process). */
    private static final Duration LONGEST_SLEEP = Duration.ofMinutes(1);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(10);
    // Events queue only while a published journey enters on events; more than this waiting are dropped, and logged.
    private static final int MOST_WAITING = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(JourneyExecutor.class);

    private final Database database;
    private final JourneyAdvance advance;
    private final SegmentService segments;
    private final JourneyJobs jobs;
    private final Clock clock;
    private final JourneyRunRepository repository = new JourneyRunRepository();
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>(MOST_WAITING);
    private final Object signal = new Object();
    /** One pass at a time: the thread's, a test's or a command's. */
    private final Object passing = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread worker;

    public JourneyExecutor(Database database, JourneyService journeys, SegmentService segments,
            JourneyMessages messages, JourneyJobs jobs, Supplier<ChannelAccounts> accounts, Clock clock) {
        this.database = database;
        this.segments = segments;
        this.jobs = jobs;
        this.clock = clock;
        this.advance = new JourneyAdvance(database, journeys, segments, messages, jobs, accounts);
    }

    /**
     * Starts the thread, first starting the send jobs a stop left queued (their participants had moved on, in the
     * same transaction, so the messages are owed).
     */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        running = true;
        worker = new Thread(this::work, "tidings-journeys");
        worker.setDaemon(true);
        worker.start();
    }

    /** Looks at the journeys again now (a journey was published or resumed). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Queues events for the journeys that start on events; called on the recording thread, so it does little. */
    @Override
    public void arrived(List<Event> arrived) {
        if (!running) {
            return;
        }
        int dropped = 0;
        for (Event event : arrived) {
            if (!events.offer(event)) {
                dropped++;
            }
        }
        if (dropped > 0) {
            LOG.warn("{} events start no journey: {} events already wait for the journeys", dropped, MOST_WAITING);
        }
        wake();
    }

    /**
     * Advances every published journey to now: one pass, on the calling thread (the executor's own, or a test's or a
     * command's). Returns what it did and when to look again.
     */
    public PassReport runDue() {
        synchronized (passing) {
            return pass();
        }
    }

    private PassReport pass() {
        List<Event> arrived = new ArrayList<>();
        events.drainTo(arrived);
        Instant now = clock.instant();
        BatchFacts.PassCache cache = new BatchFacts.PassCache(segments);
        PassReport report = PassReport.NOTHING;
        for (long journeyId : database.read(connection -> repository.journeysIn(connection, JourneyState.PUBLISHED))) {
            try {
                report = report.plus(advance.advance(journeyId, arrived, now, cache));
            } catch (RuntimeException failure) {
                // One journey's failure (a template deleted under it, say) does not hold up the others.
                LOG.error("Journey {} could not be advanced; it is tried again at the next pass", journeyId, failure);
                keepFailure(journeyId, problemOf(failure), now);
                report = report.plus(new PassReport(0, 0, 0, 0, 0, null, now.plus(AFTER_FAILURE)));
            }
        }
        return report;
    }

    /** Keeps the failure beside the journey's run, for the user to see; a pass that succeeds clears it. */
    private void keepFailure(long journeyId, String problem, Instant now) {
        try {
            database.write(connection -> {
                repository.failed(connection, journeyId, problem, now.toEpochMilli());
                return null;
            });
        } catch (RuntimeException unkept) {
            // The workspace cannot be written (the same trouble, most likely): the log above has the failure.
            LOG.warn("The failure of journey {} could not be kept in the workspace: {}", journeyId,
                    unkept.getMessage());
        }
    }

    /**
     * The failure in words: the workspace's failures say what went wrong in their messages (a template no longer in
     * the workspace, a database that could not be written); the first message along the causes, else a sentence.
     */
    static String problemOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                return cause.getMessage().strip();
            }
        }
        return "An unexpected problem stopped the pass; the log has the details.";
    }

    /** Starts the journeys' send jobs left queued by a stop between writing them and starting them. */
    public int startQueuedJobs() {
        int started = 0;
        for (long journeyId : database.read(connection -> repository.journeysIn(connection, JourneyState.PUBLISHED))) {
            for (long job : database.read(connection -> repository.unfinishedJobs(connection, journeyId, "QUEUED"))) {
                jobs.start(job);
                started++;
            }
        }
        if (started > 0) {
            LOG.info("{} journey send jobs left queued when Tidings stopped were started", started);
        }
        return started;
    }

    private void work() {
        boolean queuedStarted = false;
        while (running) {
            Instant next;
            try {
                if (!queuedStarted) {
                    startQueuedJobs();
                    queuedStarted = true;
                }
                next = runDue().nextLook();
            } catch (RuntimeException | Error failure) {
                // Logged, and the next pass goes on: a dead thread would move nobody on, silently.
                LOG.error("The journeys could not be advanced; trying again in {} seconds", AFTER_FAILURE.toSeconds(),
                        failure);
                next = clock.instant().plus(AFTER_FAILURE);
            }
            try {
                sleepUntil(next);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sleepUntil(Instant next) throws InterruptedException {
        long millis = LONGEST_SLEEP.toMillis();
        if (next != null) {
            millis = Math.min(millis, Math.max(0, next.toEpochMilli() - clock.millis()));
        }
        synchronized (signal) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            while (!woken && running) {
                long left = until - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(signal, left);
            }
            woken = false;
        }
    }

    /** Stops after the pass in hand; participants stay where they are, and the next start goes on from there. */
    @Override
    public synchronized void close() {
        if (worker == null) {
            return;
        }
        running = false;
        wake();
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!events.isEmpty()) {
            LOG.info("{} recorded events were not checked against the journeys' event entries: Tidings stopped",
                    events.size());
            events.clear();
        }
        worker = null;
    }
}
