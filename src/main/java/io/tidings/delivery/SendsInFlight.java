package io.tidings.delivery;

import io.tidings.channel.DeliveryChannel;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** The messages the workers have handed to a channel and wait on, and since when. */
final class SendsInFlight {

    private record Send(long jobId, DeliveryChannel channel, long startedNanos) {
    }

    /** The longest wait of one job's messages: on which channel, and how long so far. */
    record LongestWait(DeliveryChannel channel, Duration waited) {
    }

    private final Map<Long, Send> sends = new ConcurrentHashMap<>();
    private final AtomicLong tickets = new AtomicLong();
    private final LongSupplier nanoTime;

    SendsInFlight(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Notes a message handed to its channel; returns the ticket to give back to {@link #answered}. */
    long handedOver(long jobId, DeliveryChannel channel) {
        long ticket = tickets.incrementAndGet();
        sends.put(ticket, new Send(jobId, channel, nanoTime.getAsLong()));
        return ticket;
    }

    void answered(long ticket) {
        sends.remove(ticket);
    }

    Optional<LongestWait> longestWait(long jobId) {
        long now = nanoTime.getAsLong();
        return sends.values().stream().filter(send -> send.jobId() == jobId)
                .min((one, other) -> Long.compare(one.startedNanos(), other.startedNanos()))
                .map(send -> new LongestWait(send.channel(), Duration.ofNanos(now - send.startedNanos())));
    }
}
