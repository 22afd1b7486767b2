package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.analytics.EventOutcome;
import io.tidings.analytics.JourneyWorkspace;
import io.tidings.campaign.CampaignWorkspace;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi --journey NAME}: a journey's KPIs in all and per activity, with its execution metrics, as text and JSON. */
class KpiJourneyCommandTest {

    @TempDir
    Path folder;

    private CommandLineWorkspace workspace;

    @BeforeEach
    void create() {
        workspace = CommandLineWorkspace.create(folder, "journey-kpis.tidings");
        try (OpenedWorkspace opened = WorkspaceOption.wiring().open(workspace.file())) {
            CampaignWorkspace.fill(opened, 4);
            assertThat(new JourneyWorkspace(opened).recordTheWelcomeSeries()).allMatch(EventOutcome::recorded);
        }
    }

    private CommandRun kpi(String... extra) {
        String[] args = {"kpi", "--workspace", workspace.toString(), "--from", "2024-05-01", "--to", "2024-05-10"};
        return workspace.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.Arrays.stream(extra)).toArray(String[]::new));
    }

    @Test
    void theTextNamesTheJourneysKpisItsParticipantsAndEachActivity() {
        CommandRun run = kpi("--journey", "Welcome series");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("KPIs of journey \"Welcome series\", 2024-05-01 to 2024-05-10 (UTC)\n")
                .containsPattern("journey-emails-sent +3\n")
                .containsPattern("journey-emails-delivered +2\n")
                .containsPattern("journey-emails-opened +2\n")
                .contains("Participants (the whole journey, any day)")
                .containsPattern("  ENDPOINT_ENTERED +0\n")
                .contains("Activity welcome: Send email\n")
                .contains("Activity reminder: Send SMS\n")
                .containsPattern("  sms-opted-out +1\n");
    }

    @Test
    void theJsonGroupsByJourneyActivity() throws Exception {
        CommandRun run = kpi("--journey", "Welcome series", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("Journey").asText()).isEqualTo("Welcome series");
        assertThat(json.path("Kpis").path("journey-emails-clicked").asLong()).isEqualTo(1);
        assertThat(json.path("ExecutionMetrics").path("ENDPOINT_ACTIVE").asLong()).isZero();
        assertThat(json.path("ByJourneyActivity").path("welcome").path("Kpis").path("emails-sent").asLong())
                .isEqualTo(3);
        assertThat(json.path("ByJourneyActivity").path("reminder").path("Kpis").path("sms-delivered").asLong())
                .isEqualTo(1);
    }

    @Test
    void anUnknownJourneyOrBothSubjectsAreRefusedInWords() {
        CommandRun unknown = kpi("--journey", "Nope");
        CommandRun both = kpi("--journey", "Welcome series", "--campaign", "Spring");

        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).contains("There is no journey named \"Nope\"").doesNotContain("Exception");
        assertThat(both.exitCode()).isNotZero();
        assertThat(both.err()).contains("Give --campaign or --journey, not both.");
    }
}
