package io.tidings.analytics;

import io.tidings.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalInt;

/**
 * The workspace's event retention and the purge of older raw events. The purge deletes whole UTC days before the
 * first kept one, {@value #CHUNK} events to a transaction so that the engine's writes are not held up; the rollups,
 * and so every KPI, stay. The app or {@code serve} calls {@link #purge()} on a background schedule.
 */
public final class EventRetention {

    static final String SETTING = "event_retention_days";
    static final int CHUNK = 20_000;

    private final Database database;
    private final Clock clock;
    private final EventRepository events = new EventRepository();

    public EventRetention(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public RetentionPeriod retention() {
        return database.read(connection -> {
            try (var query = connection.prepareStatement("SELECT value FROM workspace_setting WHERE key = ?")) {
                query.setString(1, SETTING);
                try (var rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return RetentionPeriod.DEFAULT;
                    }
                    int days = Integer.parseInt(rows.getString(1));
                    return days == 0 ? RetentionPeriod.UNLIMITED : RetentionPeriod.ofDays(days);
                }
            }
        });
    }

    public void setRetention(RetentionPeriod period) {
        database.write(connection -> {
            try (var upsert = connection.prepareStatement("""
                    INSERT INTO workspace_setting (key, value) VALUES (?, ?)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value""")) {
                upsert.setString(1, SETTING);
                upsert.setString(2, Integer.toString(period.days().orElse(0)));
                return upsert.executeUpdate();
            }
        });
    }

    /**
     * Moves the endpoints of the engine's events, queued by migration 030's trigger, into the per-day endpoint sets;
     * false when none were queued (then nothing is written).
     */
    public boolean bringEndpointSetsUpToDate() {
        if (!database.read(events::anyQueuedEndpoints)) {
            return false;
        }
        database.write(connection -> {
            events.foldQueuedEndpoints(connection);
            return null;
        });
        return true;
    }

    /** Deletes the raw events older than the retention (the rollups stay); returns how many. */
    public long purge() {
        bringEndpointSetsUpToDate();
        OptionalInt days = retention().days();
        if (days.isEmpty()) {
            return 0;
        }
        String firstKeptDay = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(days.getAsInt() - 1L).toString();
        long purged = 0;
        int deleted;
        do {
            deleted = database.write(connection -> events.deleteBefore(connection, firstKeptDay, CHUNK));
            purged += deleted;
            // A stop (closing the workspace) ends the purge between chunks; the next one carries on.
        } while (deleted == CHUNK && !Thread.currentThread().isInterrupted());
        return purged;
    }
}
