package io.tidings.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample workspace's journey is a draft ready to publish, and exports as Pinpoint takes it. */
class SampleJourneyTest {

    @TempDir
    Path folder;

    @Test
    void theSampleWelcomeSeriesHasNoProblemAndExportsForPinpointWithTheSamplesNames() {
        try (OpenedWorkspace sample = new Wiring(Wiring.Host.COMMAND_LINE)
                .createSample(folder.resolve("sample.tidings"), "Sample", true, Progress.NONE)) {
            Journey journey = sample.journeys().findByName("Welcome series").orElseThrow();

            assertThat(journey.state()).isEqualTo(JourneyState.DRAFT);
            assertThat(sample.journeys().validate(journey.graph())).extracting(Issue::severity)
                    .containsOnly(Issue.Severity.NOTE);
            assertThat(sample.journeys().exportJson(journey.id(), true)).contains("\"SegmentId\" : \"North America\"",
                    "\"TemplateName\" : \"Welcome email\"", "\"MessageActivity\" : \"welcomeEmail\"",
                    "\"WaitFor\" : \"P3D\"").doesNotContain("TidingsCanvas");
            assertThat(journey.graph().layout().activities()).hasSize(4);
        }
    }
}
