package io.tidings.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.campaign.CampaignWorkspace;
import io.tidings.wiring.OpenedWorkspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Journeys saved in a real workspace: versions, what they keep from deletion, files in and out. */
class JourneyServiceTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private JourneyService journeys;
    private Journey welcome;

    @BeforeEach
    void workspace() throws IOException {
        workspace = CampaignWorkspace.create(folder, 3);
        journeys = workspace.journeys();
        welcome = journeys.importJson(JourneyJsonTest.consoleJourney(), null);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aSaveOverAnOlderVersionIsRefusedSoThatTwoEditorsNeverOverwriteEachOther() {
        JourneyGraph shorter = new DeleteActivities(Set.of("Np6dLs0Kt5")).apply(welcome.graph());

        Journey saved = journeys.save(welcome.id(), welcome.version(), shorter);

        assertThat(saved.version()).isEqualTo(welcome.version() + 1);
        assertThat(journeys.find(welcome.id()).orElseThrow().graph()).isEqualTo(shorter);
        assertThatThrownBy(() -> journeys.save(welcome.id(), welcome.version(), welcome.graph()))
                .hasMessage("The journey \"Welcome series\" was saved elsewhere since it was opened (it is at version 2, "
                        + "these edits are on version 1): open it again to see those changes.");
        assertThat(journeys.find(welcome.id()).orElseThrow().graph()).isEqualTo(shorter);
    }

    @Test
    void aDraftWithMorePathsThanPinpointTakesIsSavedAsItIsAndTheValidatorSaysSo() {
        JourneyGraph sixPaths = new AddActivity("paths", Activity.of(new RandomSplit(java.util.List.of(20, 20, 20, 20,
                10, 10))), null).apply(welcome.graph());

        Journey saved = journeys.save(welcome.id(), welcome.version(), sixPaths);

        assertThat(journeys.find(saved.id()).orElseThrow().graph()).isEqualTo(sixPaths);
        assertThat(journeys.validate(saved.graph())).extracting(Issue::message)
                .contains("paths has 6 paths: a random split has 2 to 5.");
    }

    @Test
    void aSegmentOrTemplateADraftJourneyUsesCannotBeDeletedUntilTheJourneyIs() {
        long everyone = workspace.segments().findByName(CampaignWorkspace.EVERYONE).orElseThrow().id();
        long reminder = workspace.templates().templateNamed(CampaignWorkspace.REMINDER).orElseThrow().id();

        assertThatThrownBy(() -> workspace.segments().delete(everyone))
                .hasMessage("\"Everyone\" cannot be deleted: the journey \"Welcome series\" uses it. Cancel or finish it "
                        + "first.");
        assertThatThrownBy(() -> workspace.templates().delete(reminder))
                .hasMessageContaining("the journey \"Welcome series\"");

        journeys.delete(welcome.id());
        workspace.templates().delete(reminder);

        assertThat(journeys.list()).isEmpty();
        assertThat(workspace.templates().templateNamed(CampaignWorkspace.REMINDER)).isEmpty();
    }

    @Test
    void anExportIsWrittenWholeAndNeverOverTheFileItWasReadFrom() throws IOException {
        Path input = Files.writeString(folder.resolve("in.json"), JourneyJsonTest.consoleJourney());
        Path out = folder.resolve("out.json");

        journeys.exportJson(welcome.id(), out, input, true);

        assertThat(journeys.readJson(Files.readString(out)).graph()).isEqualTo(welcome.graph());
        assertThatThrownBy(() -> journeys.exportJson(welcome.id(), input, input, true))
                .hasMessageStartingWith("Tidings will not write to " + input + ": it is the file being read");
        assertThat(Files.readString(input)).isEqualTo(JourneyJsonTest.consoleJourney());
    }
}
