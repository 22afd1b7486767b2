package io.tidings.segment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.shell.QueuedBackgroundWork;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live count on the sample workspace, with background jobs the test runs by hand. */
class LiveCountTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private final QueuedBackgroundWork background = new QueuedBackgroundWork();
    private final List<String> failures = new ArrayList<>();
    private LiveCount live;

    @BeforeEach
    void open() {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        live = new LiveCount(workspace.segments(), background, failures::add);
    }

    @AfterEach
    void close() {
        workspace.workspace().close();
    }

    private static SegmentDefinition country(String value) {
        return SegmentDefinition.of(new SegmentDimensions(null, null, null, null, new SegmentDimensions.Location(
                new SegmentDimensions.SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of(value)), null), null));
    }

    @Test
    void aNewerEditCancelsTheCountUnderWay() throws Exception {
        live.recount(Optional.of(country("US")));
        live.recount(Optional.of(country("CA")));

        assertThat(background.size()).as("the count for US was cancelled").isEqualTo(1);
        assertThat(live.countingProperty().get()).isTrue();
        background.runAll();

        assertThat(live.countProperty().get()).isEqualTo(workspace.segments().count(country("CA")));
        assertThat(live.sample()).hasSizeLessThanOrEqualTo(LiveCount.SAMPLE_SIZE).isNotEmpty();
        assertThat(live.breakdown()).hasSize(1);
        assertThat(live.pinpointJsonProperty().get()).contains("\"CA\"");
        assertThat(live.countingProperty().get()).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void unfinishedCriteriaShowNoCount() throws Exception {
        live.recount(Optional.of(country("US")));
        background.runAll();

        live.recount(Optional.empty());

        assertThat(live.countProperty().get()).isNull();
        assertThat(live.sample()).isEmpty();
        assertThat(live.breakdown()).isEmpty();
        assertThat(live.pinpointJsonProperty().get()).isEmpty();
    }
}
