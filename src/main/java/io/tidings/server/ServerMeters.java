package io.tidings.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * What {@code /metrics} shows, in Prometheus' text format: the messages sent, failed and suppressed by channel and
 * reason and the messages waiting (from the workspace's ledger, read at most every {@value #FRESH_SECONDS} seconds),
 * how long channels take to answer a send, the events recorded, and the server's requests by route and status.
 */
public final class ServerMeters {

    static final int FRESH_SECONDS = 5;
    private static final List<String> CHANNELS = List.of("EMAIL", "SMS", "PUSH", "VOICE", "CUSTOM");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final SendingFigures figures;
    private final Clock clock;
    private final Counter eventsIngested;
    private final Map<String, Double> ledger = new ConcurrentHashMap<>();
    private Instant readAt = Instant.MIN;

    public ServerMeters(SendingFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
        eventsIngested = Counter.builder("tidings.events.ingested")
                .description("Events recorded from the tracking server, PutEvents and providers' webhooks")
                .register(registry);
        for (String channel : CHANNELS) {
            Gauge.builder("tidings.queue.depth", ledger, values -> values.getOrDefault(waitingKey(channel), 0.0))
                    .description("Messages waiting to be sent or being sent").tag("channel", channel)
                    .register(registry);
        }
    }

    /** Counts a request the server answered. */
    public void request(String route, int status) {
        registry.counter("tidings.http.requests", "route", route, "status", Integer.toString(status)).increment();
    }

    /** Counts events recorded. */
    public void eventsIngested(int events) {
        eventsIngested.increment(events);
    }

    /** Notes how long a channel took to answer one send. */
    public void sendAnswered(String channel, long nanos) {
        Timer.builder("tidings.send.latency").description("How long a channel took to answer one message")
                .tag("channel", channel.toUpperCase(Locale.ROOT)).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The meters in Prometheus' text format, the ledger's figures read again when older than a few seconds. */
    public synchronized String scrape() {
        Instant now = clock.instant();
        if (Duration.between(readAt, now).getSeconds() >= FRESH_SECONDS || readAt.isAfter(now)) {
            readLedger(figures.now());
            readAt = now;
        }
        return registry.scrape();
    }

    private void readLedger(SendingFigures.Snapshot snapshot) {
        ledger.replaceAll((key, value) -> 0.0);
        snapshot.waiting().forEach((channel, messages) -> ledger.put(waitingKey(channel), messages.doubleValue()));
        for (SendingFigures.Outcome outcome : snapshot.outcomes()) {
            String key = outcome.state() + "|" + outcome.channel() + "|" + outcome.reason();
            if (ledger.put(key, (double) outcome.messages()) == null) {
                FunctionCounter.Builder<Map<String, Double>> counter = FunctionCounter.builder(
                        "tidings.messages." + outcome.state().toLowerCase(Locale.ROOT), ledger,
                        values -> values.getOrDefault(key, 0.0)).tag("channel", outcome.channel());
                if (!outcome.state().equals("SENT")) {
                    counter.tag("reason", outcome.reason());
                }
                counter.description("Messages of the workspace's ledger in this state").register(registry);
            }
        }
    }

    private static String waitingKey(String channel) {
        return "WAITING|" + channel;
    }
}
