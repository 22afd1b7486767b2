package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kpi --campaign} prints the A/B results of an imported campaign's two treatments, as text and JSON, against
 * the two-proportion test worked by hand: 1,000 endpoints delivered to in each; 100 clicked the control (10 %), 150
 * the treatment (15 %).
 */
class KpiAbResultsCommandTest {

    @TempDir
    Path folder;

    private CommandLineWorkspace workspace;
    private final StringBuilder lines = new StringBuilder();

    @BeforeEach
    void create() {
        workspace = CommandLineWorkspace.create(folder, "ab.tidings");
    }

    private void event(String type, String endpoint, String treatment) {
        long time = Instant.parse("2024-05-01T10:00:00Z").toEpochMilli();
        lines.append("""
                {"event_type":"%s","event_timestamp":%d,"arrival_timestamp":%d,"event_version":"3.1",\
                "client":{"client_id":"%s"},"attributes":{"campaign_id":"c1","campaign_activity_id":"r1",\
                "treatment_id":"%s"}}
                """.formatted(type, time, time, endpoint, treatment));
    }

    private void treatment(String treatment, int clicks) {
        for (int index = 0; index < 1000; index++) {
            String endpoint = "t" + treatment + "-" + index;
            event("_email.send", endpoint, treatment);
            event("_email.delivered", endpoint, treatment);
            if (index < clicks) {
                event("_email.click", endpoint, treatment);
            }
        }
    }

    private CommandRun kpi(String... extra) {
        String[] args = {"kpi", "--workspace", workspace.toString(), "--campaign", "c1", "--from", "2024-05-01",
            "--to", "2024-05-31"};
        CommandRun run = workspace.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.Arrays.stream(extra)).toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    @Test
    void theTreatmentsClickRateIsComparedWithTheControlsWithItsIntervalAndTest() throws Exception {
        treatment("0", 100);
        treatment("1", 150);
        CommandRun imported = workspace.run("events", "import", "--workspace", workspace.toString(),
                workspace.write("events.ndjson", lines));
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();

        JsonNode ab = new ObjectMapper().readTree(kpi("--format", "json").out()).get("AbResults");

        assertThat(ab.get("Kpi").asText()).isEqualTo("click-rate");
        JsonNode control = ab.get("Treatments").get(0);
        assertThat(control.get("Control").asBoolean()).isTrue();
        assertThat(control.get("Rate").asDouble()).isEqualTo(0.10);
        JsonNode b = ab.get("Treatments").get(1);
        assertThat(b.get("Name").asText()).isEqualTo("Treatment B");
        assertThat(b.get("UniqueDeliveries").asLong()).isEqualTo(1000);
        assertThat(b.get("Difference").asDouble()).isCloseTo(0.05, within(1e-12));
        // Unpooled standard error sqrt(.15 x .85 / 1000 + .10 x .90 / 1000) = 0.014748; 1.96 of them = 0.028906.
        assertThat(b.get("ConfidenceInterval95").get(0).asDouble()).isCloseTo(0.021094, within(1e-6));
        assertThat(b.get("ConfidenceInterval95").get(1).asDouble()).isCloseTo(0.078906, within(1e-6));
        // Pooled: p = 0.125, standard error sqrt(.125 x .875 x 2 / 1000) = 0.0147902, z = 0.05 / it = 3.3806.
        assertThat(b.get("Z").asDouble()).isCloseTo(3.3806, within(1e-4));
        assertThat(b.get("PValue").asDouble()).isCloseTo(0.000723, within(1e-5));
        assertThat(b.get("Significant").asBoolean()).isTrue();
        assertThat(b.get("TooSmallToTell").asBoolean()).isFalse();
        assertThat(b.get("Sentence").asText()).isEqualTo(
                "Treatment B's click rate is 5.0 points higher (95 % CI 2.1 to 7.9); this is unlikely to be chance.");
        assertThat(ab.has("Holdout")).isFalse();

        assertThat(kpi().out()).contains("A/B results on the click rate",
                "  Treatment A (control): 10.00 % of 1,000 endpoints",
                "  Treatment B: 15.00 % of 1,000 endpoints",
                "    Treatment B's click rate is 5.0 points higher (95 % CI 2.1 to 7.9); this is unlikely to be chance.");
    }

    @Test
    void anotherKpiCanBeChosenAndAWrongOneIsRefusedInWords() throws Exception {
        treatment("0", 3);
        treatment("1", 4);
        workspace.run("events", "import", "--workspace", workspace.toString(), workspace.write("events.ndjson", lines));

        JsonNode clicks = new ObjectMapper().readTree(kpi("--format", "json").out()).get("AbResults");
        assertThat(clicks.get("Treatments").get(1).get("TooSmallToTell").asBoolean()).isTrue();
        assertThat(clicks.get("Treatments").get(1).get("Sentence").asText())
                .endsWith("too few messages to tell whether this is chance.");
        JsonNode opens = new ObjectMapper().readTree(kpi("--format", "json", "--ab-kpi", "open-rate").out())
                .get("AbResults");
        assertThat(opens.get("Kpi").asText()).isEqualTo("open-rate");
        assertThat(opens.get("Treatments").get(1).get("Rate").asDouble()).isZero();

        CommandRun wrong = workspace.run("kpi", "--workspace", workspace.toString(), "--campaign", "c1",
                "--ab-kpi", "bounce-rate");
        assertThat(wrong.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(wrong.err()).contains("There is no A/B KPI \"bounce-rate\": use click-rate, open-rate or conversion-rate.");
    }
}
