package io.tidings.campaign;

import io.tidings.analytics.Event;
import io.tidings.analytics.EventsArrived;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands recorded events to the event-triggered campaigns on a daemon thread of its own, so that recording (PutEvents,
 * the tracking server) only adds them to a queue. The thread takes them in batches of up to {@value #BATCH}; a
 * failure is logged and the next batch goes on. It runs from {@link #start()} (beside the campaign scheduler, while
 * the app or {@code serve} sends) until {@link #close()}; events recorded while it is stopped trigger nothing. It
 * gathers events for up to a second after the first of a batch, so that a steady trickle makes one triggered run a
 * second per campaign, not one an event.
 */
public final class TriggeredCampaigns implements EventsArrived, AutoCloseable {

    static final int BATCH = 1_000;
    /** How long the thread gathers events after the first of a batch; a triggered message may wait this much more. */
    static final java.time.Duration LINGER = java.time.Duration.ofSeconds(1);
    // At PutEvents' most, 100 events a request: minutes of a busy server's events; more are dropped, and logged.
    private static final int MOST_WAITING = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(TriggeredCampaigns.class);

    private final CampaignService campaigns;
    private final Clock clock;
    private final BlockingQueue<ArrivedEvent> waiting = new LinkedBlockingQueue<>(MOST_WAITING);
    private volatile boolean running;
    private Thread worker;

    public TriggeredCampaigns(CampaignService campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** Queues the committed events for the campaigns' thread; called on the recording thread, so it does little. */
    @Override
    public void arrived(List<Event> events) {
        if (!running) {
            return;
        }
        var now = clock.instant();
        int dropped = 0;
        for (Event event : events) {
            if (!waiting.offer(new ArrivedEvent(event, now))) {
                dropped++;
            }
        }
        if (dropped > 0) {
            LOG.warn("{} events trigger no campaign: {} events already wait for the event-triggered campaigns",
                    dropped, MOST_WAITING);
        }
    }

    public synchronized void start() {
        if (worker != null) {
            return;
        }
        running = true;
        worker = new Thread(this::work, "tidings-event-triggers");
        worker.setDaemon(true);
        worker.start();
    }

    private void work() {
        List<ArrivedEvent> batch = new ArrayList<>(BATCH);
        while (running) {
            try {
                ArrivedEvent first = waiting.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                gather(batch);
                campaigns.trigger(List.copyOf(batch));
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error failure) {
                // Logged, and the next batch goes on: a dead thread would trigger nothing more, silently.
                LOG.error("{} events could not be handed to the event-triggered campaigns", batch.size(), failure);
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Adds what arrives within {@link #LINGER} of the first event, up to a batch: each batch becomes (at most) one run
     * per campaign, so a steady trickle of events makes a run a second rather than one an event.
     */
    private void gather(List<ArrivedEvent> batch) throws InterruptedException {
        long until = System.nanoTime() + LINGER.toNanos();
        waiting.drainTo(batch, BATCH - batch.size());
        while (batch.size() < BATCH) {
            long left = until - System.nanoTime();
            ArrivedEvent next = left > 0 ? waiting.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                return;
            }
            batch.add(next);
            waiting.drainTo(batch, BATCH - batch.size());
        }
    }

    /** Stops after the batch in hand; events still waiting trigger nothing (they are logged). */
    @Override
    public synchronized void close() {
        if (worker == null) {
            return;
        }
        running = false;
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!waiting.isEmpty()) {
            LOG.info("{} recorded events were not checked against the event-triggered campaigns: Tidings stopped",
                    waiting.size());
            waiting.clear();
        }
        worker = null;
    }
}
