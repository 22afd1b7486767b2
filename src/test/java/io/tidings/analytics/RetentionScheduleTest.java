package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.store.Database;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention purge runs on its own schedule, survives a failed purge, and keeps the rollups. */
class RetentionScheduleTest {

    private static final Instant NOW = Instant.parse("2024-09-30T12:00:00Z");

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private Database database;
    private RetentionSchedule schedule;

    @BeforeEach
    void open() {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("events.tidings"), "Events");
        database = workspace.workspace().database();
    }

    @AfterEach
    void close() {
        if (schedule != null) {
            schedule.close();
        }
        workspace.close();
    }

    private static Event delivered(String endpoint, String time) {
        return new Event("_email.delivered", Instant.parse(time), endpoint, null, null, Map.of(), Map.of(),
                new Attribution("c1", "r1", "0", null, null, "EMAIL", null));
    }

    private long rawEvents() {
        return database.read(connection -> {
            try (var rows = connection.prepareStatement("SELECT count(*) FROM event").executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    private void setting(String days) {
        database.write(connection -> {
            try (var upsert = connection.prepareStatement("INSERT INTO workspace_setting (key, value) VALUES "
                    + "('event_retention_days', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, days);
                return upsert.executeUpdate();
            }
        });
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Waited 30 s for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void theScheduledPurgeDeletesOldEventsKeepsTheRollupsAndOutlivesAFailedPurge() throws Exception {
        workspace.eventRecorder().record(List.of(delivered("e1", "2024-03-01T10:00:00Z"),
                delivered("e2", "2024-03-02T10:00:00Z"), delivered("e1", "2024-09-29T10:00:00Z")),
                EventLimits.FieldNames.PINPOINT);
        KpiQuery allYear = new KpiQuery("c1", LocalDate.parse("2024-01-01"), LocalDate.parse("2024-09-30"));
        MessageKpis before = workspace.kpis().report(allYear).total();
        setting("30");
        FailingOnce clock = new FailingOnce();
        schedule = new RetentionSchedule(new EventRetention(database, clock), Duration.ZERO, Duration.ofMillis(50));

        schedule.start();

        waitFor("the events before 31 August purged", () -> rawEvents() == 1);
        assertThat(clock.reads).as("the first purge failed, a later one purged").isGreaterThanOrEqualTo(2);
        MessageKpis after = workspace.kpis().report(allYear).total();
        assertThat(after).isEqualTo(before);
        assertThat(after.uniqueDeliveries()).isEqualTo(2);
    }

    /** The clock at {@link #NOW}, whose first reading fails: the first purge fails as a full disk would. */
    private static final class FailingOnce extends Clock {
        volatile int reads;

        @Override
        public Instant instant() {
            if (reads++ == 0) {
                throw new IllegalStateException("the first purge fails");
            }
            return NOW;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
