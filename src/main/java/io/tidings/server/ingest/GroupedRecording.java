package io.tidings.server.ingest;

import io.tidings.analytics.Event;
import io.tidings.analytics.EventLimits;
import io.tidings.analytics.EventOutcome;
import io.tidings.analytics.EventRecorder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the events of PutEvents requests that arrive together in one transaction: a transaction costs about as
 * much for one batch as for several (the workspace writes one at a time, and each also reads the custom event types
 * and runs the roll-up statements), so requests waiting their turn are recorded with the one before them. Each
 * request still gets its own outcomes, and none waits for a later one. The writer thread starts with the first
 * request and ends after a while without any.
 */
final class GroupedRecording {

    /** The most events recorded in one transaction. */
    static final int MOST_EVENTS = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(GroupedRecording.class);
    private static final Duration IDLE = Duration.ofSeconds(30);

    private final EventRecorder recorder;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private Thread writer;

    private record Pending(List<Event> events, CompletableFuture<List<EventOutcome>> outcomes) {
    }

    GroupedRecording(EventRecorder recorder) {
        this.recorder = recorder;
    }

    /** Records the events, with others that came at the same time; the outcomes are in the same order. */
    List<EventOutcome> record(List<Event> events) throws InterruptedException {
        Pending pending = new Pending(events, new CompletableFuture<>());
        queue.add(pending);
        startWriter();
        try {
            return pending.outcomes().get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause().getMessage(), failed.getCause());
        }
    }

    private synchronized void startWriter() {
        if (writer == null) {
            writer = new Thread(this::write, "PutEvents recording");
            writer.setDaemon(true);
            writer.start();
        }
    }

    /** Ends when nothing came for a while; a request added meanwhile starts another (see startWriter). */
    private synchronized boolean stopWhenIdle() {
        if (queue.isEmpty()) {
            writer = null;
            return true;
        }
        return false;
    }

    private void write() {
        try {
            while (true) {
                Pending first = queue.poll(IDLE.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (stopWhenIdle()) {
                        return;
                    }
                    continue;
                }
                recordTogether(gather(first));
            }
        } catch (InterruptedException stopped) {
            LOG.info("PutEvents' recording thread was interrupted; the next request starts another");
            synchronized (this) {
                writer = null;
            }
            failAll(queue, stopped);
        }
    }

    private List<Pending> gather(Pending first) {
        List<Pending> group = new ArrayList<>();
        group.add(first);
        int events = first.events().size();
        Pending next;
        while ((next = queue.peek()) != null && events + next.events().size() <= MOST_EVENTS) {
            group.add(queue.remove());
            events += next.events().size();
        }
        return group;
    }

    private void recordTogether(List<Pending> group) {
        try {
            List<Event> all = new ArrayList<>();
            group.forEach(pending -> all.addAll(pending.events()));
            List<EventOutcome> outcomes = recorder.record(all, EventLimits.FieldNames.PINPOINT);
            int from = 0;
            for (Pending pending : group) {
                int to = from + pending.events().size();
                pending.outcomes().complete(List.copyOf(outcomes.subList(from, to)));
                from = to;
            }
        } catch (RuntimeException | Error failure) {
            // Each request answers 500 with it; the thread goes on with the next ones.
            LOG.error("Recording {} PutEvents requests failed", group.size(), failure);
            group.forEach(pending -> pending.outcomes().completeExceptionally(failure));
        }
    }

    private static void failAll(BlockingQueue<Pending> queue, Throwable why) {
        Pending pending;
        while ((pending = queue.poll()) != null) {
            pending.outcomes().completeExceptionally(why);
        }
    }
}
