package io.tidings.journey.run;

import io.tidings.SettableClock;
import io.tidings.analytics.Attribution;
import io.tidings.analytics.Event;
import io.tidings.analytics.EventLimits;
import io.tidings.channel.sandbox.SandboxSettings;
import io.tidings.delivery.JourneyMessages;
import io.tidings.store.Database;
import io.tidings.wiring.OpenedWorkspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A workspace's journeys run by an executor on a clock the test moves, sending through the workspace's real engine
 * and the sandbox (with its simulated opens and bounces off, so that only the test's events count).
 */
final class ExecutorFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    final OpenedWorkspace opened;
    final SettableClock clock = new SettableClock(START);
    final JourneyExecutor executor;
    final JourneyRunService runs;

    ExecutorFixture(OpenedWorkspace opened) {
        this.opened = opened;
        opened.sandboxSettings().save(new SandboxSettings(false, Map.of()));
        JourneyJobs jobs = new JourneyJobs() {
            public void start(long jobId) {
                opened.delivery().run(jobId);
            }

            public void pause(long jobId) {
                opened.delivery().pause(jobId);
            }

            public void cancel(long jobId) {
                opened.delivery().cancel(jobId);
            }
        };
        executor = new JourneyExecutor(database(), opened.journeys(), opened.segments(),
                new JourneyMessages(opened.templates(), opened.apiKeys()::applicationId), jobs, opened.channelAccounts()::load, clock);
        runs = new JourneyRunService(database(), opened.journeys(), jobs, executor::wake, clock);
        opened.senders().reload();
        opened.delivery().start();
    }

    Database database() {
        return opened.workspace().database();
    }

    long number(String sql, Object... values) {
        return database().read(connection -> {
            try (var query = connection.prepareStatement(sql)) {
                for (int index = 0; index < values.length; index++) {
                    query.setObject(index + 1, values[index]);
                }
                try (var rows = query.executeQuery()) {
                    return rows.next() ? rows.getLong(1) : 0L;
                }
            }
        });
    }

    List<String> texts(String sql, Object... values) {
        return database().read(connection -> {
            try (var query = connection.prepareStatement(sql)) {
                for (int index = 0; index < values.length; index++) {
                    query.setObject(index + 1, values[index]);
                }
                List<String> texts = new java.util.ArrayList<>();
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        texts.add(rows.getString(1));
                    }
                }
                return texts;
            }
        });
    }

    /** Waits (with a generous deadline) until the engine has no unsent message of the journey's send jobs. */
    void awaitSent(long journeyId) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (number("SELECT count(*) FROM outbox_message m JOIN send_job j ON j.id = m.job_id "
                + "WHERE j.journey_id = ? AND m.state IN ('PENDING', 'SENDING')", journeyId) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The engine did not send the journey's messages within " + PATIENCE + ": "
                        + texts("SELECT state || ' ' || coalesce(pause_reason, '') FROM send_job WHERE journey_id = ?",
                                journeyId));
            }
            Thread.sleep(20);
        }
    }

    /** Records an event of the ledger message, as the tracking server does when a recipient opens it. */
    void recordOf(long messageId, String type) {
        recordOf(messageId, type, Map.of());
    }

    /** Records an event of the ledger message with these attributes (a click's link, say). */
    void recordOf(long messageId, String type, Map<String, String> attributes) {
        String endpointId = texts("SELECT e.id FROM outbox_message m JOIN endpoint e ON e.key = m.endpoint_key "
                + "WHERE m.id = ?", messageId).get(0);
        var outcomes = opened.eventRecorder().record(List.of(new Event(type, clock.instant(), endpointId, null, null, attributes,
                Map.of(), new Attribution(null, null, null, null, null, "EMAIL", Long.toString(messageId)))),
                EventLimits.FieldNames.PINPOINT);
        if (!outcomes.get(0).problems().isEmpty()) {
            throw new AssertionError("The event was refused: " + outcomes.get(0).problems());
        }
    }

    @Override
    public void close() {
        executor.close();
        opened.close();
    }
}
