package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events recorded a batch at a time count in the KPIs at once; refused ones say why; listeners hear of the rest. */
class EventRecorderTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("events.tidings"), "Events");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Event open(String endpoint, String messageId, String time) {
        return new Event("_email.open", Instant.parse(time), endpoint, null, null, Map.of(), Map.of(),
                new Attribution("c1", "r1", null, null, null, "EMAIL", messageId));
    }

    @Test
    void recordedOpensCountInTheCampaignsKpisAndARepeatInTheSameHourCountsOnce() {
        List<Event> heard = new ArrayList<>();
        workspace.eventRecorder().listen(heard::addAll);

        List<EventOutcome> outcomes = workspace.eventRecorder().record(List.of(
                open("e1", "m1", "2024-09-02T10:05:00Z"),
                open("e1", "m1", "2024-09-02T10:45:00Z"),
                open("e2", "m2", "2024-09-02T11:00:00Z")), EventLimits.FieldNames.PINPOINT);

        assertThat(outcomes).allMatch(EventOutcome::recorded);
        assertThat(heard).hasSize(3);
        MessageKpis total = workspace.kpis()
                .report(new KpiQuery("c1", LocalDate.parse("2024-09-01"), LocalDate.parse("2024-09-30"))).total();
        assertThat(total.everyEmailOpen()).isEqualTo(3);
        assertThat(total.emailOpens()).isEqualTo(2);
    }

    @Test
    void anEventOverPinpointsLimitsIsRefusedNamingTheFieldAndTheOthersAreKept() {
        Map<String, String> tooMany = new java.util.HashMap<>();
        IntStream.range(0, 41).forEach(i -> tooMany.put("a" + i, "v"));
        Event overLimit = new Event("purchase", Instant.parse("2024-09-02T10:00:00Z"), "e1", null, null, tooMany,
                Map.of(), Attribution.NONE);
        Event longValue = new Event("purchase", Instant.parse("2024-09-02T10:00:00Z"), "e1", null, null,
                Map.of("plan", "x".repeat(201)), Map.of(), Attribution.NONE);
        Event fine = new Event("purchase", Instant.parse("2024-09-02T10:00:00Z"), "e1", null, null,
                Map.of("plan", "gold"), Map.of(), Attribution.NONE);

        List<EventOutcome> outcomes = workspace.eventRecorder()
                .record(List.of(overLimit, longValue, fine), EventLimits.FieldNames.PINPOINT);

        assertThat(outcomes.get(0).problems()).singleElement().hasToString("Attributes: 41 attribute and metric keys; Pinpoint allows 40 an event");
        assertThat(outcomes.get(1).problems()).singleElement().hasToString("Attributes.plan: the value has 201 characters; Pinpoint allows 200");
        assertThat(outcomes.get(2).recorded()).isTrue();
        long stored = workspace.workspace().database().read(connection -> {
            try (var rows = connection.prepareStatement("SELECT count(*) FROM event").executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
        assertThat(stored).isEqualTo(1);
    }
}
