package io.tidings.delivery;

import io.tidings.segment.MemberEndpoint;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands a segment's members to a consumer in key order while a second thread reads them: reading the rows (SQLite
 * and the driver's strings) and deciding on them (the sending rules) each take a core, so the pre-flight costs about
 * the larger of the two rather than their sum. The reader stops when the consumer fails.
 */
final class MemberPipe {

    private static final int BATCH = 2_048;
    private static final List<MemberEndpoint> END = List.of();

    private MemberPipe() {
    }

    /** Returns how many members there were. */
    static long forEach(SegmentService segments, SegmentDefinition members, Consumer<MemberEndpoint> consumer) {
        BlockingQueue<List<MemberEndpoint>> queue = new ArrayBlockingQueue<>(64);
        Reader reader = new Reader(segments, members, queue);
        Thread thread = new Thread(reader, "tidings-preflight-read");
        thread.setDaemon(true);
        thread.start();
        boolean finished = false;
        try {
            while (true) {
                List<MemberEndpoint> batch = queue.take();
                if (batch == END) {
                    break;
                }
                batch.forEach(consumer);
            }
            thread.join();
            finished = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The pre-flight was interrupted.", e);
        } finally {
            if (!finished) {
                reader.stopped = true;
            }
        }
        if (reader.failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (reader.failure instanceof Error error) {
            throw error;
        }
        return reader.count;
    }

    private static final class Reader implements Runnable {

        private final SegmentService segments;
        private final SegmentDefinition members;
        private final BlockingQueue<List<MemberEndpoint>> queue;
        volatile boolean stopped;
        volatile Throwable failure;
        volatile long count;
        private List<MemberEndpoint> batch = new ArrayList<>(BATCH);

        Reader(SegmentService segments, SegmentDefinition members, BlockingQueue<List<MemberEndpoint>> queue) {
            this.segments = segments;
            this.members = members;
            this.queue = queue;
        }

        @Override
        public void run() {
            try {
                count = segments.forEachMemberEndpoint(members, member -> {
                    batch.add(member);
                    if (batch.size() == BATCH) {
                        hand(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                });
                hand(batch);
            } catch (Throwable e) {
                failure = e;
            } finally {
                if (!stopped) {
                    hand(END);
                }
            }
        }

        /** Waits for room in the queue, unless the consumer has given up. */
        private void hand(List<MemberEndpoint> members) {
            try {
                while (!stopped && !queue.offer(members, 100, TimeUnit.MILLISECONDS)) {
                    // the consumer is busy; wait again
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopped = true;
            }
            if (stopped && members != END) {
                throw new StoppedException();
            }
        }
    }

    /** Ends the read when the consumer has stopped taking members. */
    private static final class StoppedException extends RuntimeException {
        StoppedException() {
            super(null, null, false, false);
        }
    }
}
