package io.tidings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger's figures as {@code /metrics} shows them, every channel the engine sends on included. */
class ServerMetersTest {

    @Test
    void everyChannelHasItsQueueDepthAndItsOutcomes() {
        SendingFigures figures = () -> new SendingFigures.Snapshot(
                List.of(new SendingFigures.Outcome("SENT", "CUSTOM", "", 4),
                        new SendingFigures.Outcome("FAILED", "CUSTOM", "PERMANENT_FAILURE", 1)),
                Map.of("CUSTOM", 3L, "EMAIL", 2L));
        ServerMeters meters = new ServerMeters(figures, Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"),
                ZoneOffset.UTC));

        String scraped = meters.scrape();

        assertThat(scraped)
                .contains("tidings_queue_depth{channel=\"CUSTOM\"} 3.0")
                .contains("tidings_queue_depth{channel=\"EMAIL\"} 2.0")
                .contains("tidings_queue_depth{channel=\"VOICE\"} 0.0")
                .contains("tidings_messages_sent_total{channel=\"CUSTOM\"} 4.0")
                .contains("tidings_messages_failed_total{channel=\"CUSTOM\",reason=\"PERMANENT_FAILURE\"} 1.0");
    }
}
