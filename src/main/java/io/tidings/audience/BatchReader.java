package io.tidings.audience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads an import file on its own thread, in batches, a few batches ahead of the writer: parsing
 * and checking run on one core while SQLite writes on the other, and memory stays bounded by the
 * queue, whatever the file's size.
 */
final class BatchReader implements AutoCloseable {

    private static final int BATCHES_AHEAD = 4;
    private static final Object END = new Object();

    private final EndpointSource source;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private volatile boolean stopped;

    BatchReader(EndpointSource source, int batchRows) {
        this.source = source;
        this.thread = new Thread(() -> readAll(batchRows), "audience-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void readAll(int batchRows) {
        Object last = END;
        try {
            List<ImportedRow> batch = new ArrayList<>(batchRows);
            ImportedRow row;
            while (!stopped && (row = source.next()) != null) {
                batch.add(row);
                if (batch.size() == batchRows) {
                    put(batch);
                    batch = new ArrayList<>(batchRows);
                }
            }
            if (!batch.isEmpty()) {
                put(batch);
            }
        } catch (IOException e) {
            last = new UncheckedIOException(e);
        } catch (RuntimeException e) {
            last = e;
        } catch (InterruptedException e) {
            return;
        }
        try {
            put(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Object item) throws InterruptedException {
        while (!stopped) {
            if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** The next batch; null at the end of the file; throws what the reading thread ran into. */
    @SuppressWarnings("unchecked")
    List<ImportedRow> next() {
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing", e);
        }
        if (item == END) {
            queue.offer(END);
            return null;
        }
        if (item instanceof RuntimeException failure) {
            queue.offer(failure);
            throw failure;
        }
        return (List<ImportedRow>) item;
    }

    long bytesRead() {
        return source.bytesRead();
    }

    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
