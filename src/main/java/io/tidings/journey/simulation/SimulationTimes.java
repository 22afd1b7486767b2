package io.tidings.journey.simulation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Moments of a simulation as the table and the command line show them: "2026-03-05 10:00 UTC". */
public final class SimulationTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private SimulationTimes() {
    }

    public static String format(Instant moment) {
        return moment == null ? "" : FORMAT.format(moment);
    }
}
