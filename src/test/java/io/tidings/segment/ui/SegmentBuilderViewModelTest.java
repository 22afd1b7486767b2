package io.tidings.segment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentGroup;
import io.tidings.shell.ImmediateBackgroundWork;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's view model without a toolkit: loading, counting and saving. */
class SegmentBuilderViewModelTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private SegmentBuilderViewModel builder;

    @BeforeEach
    void builder() {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        builder = new SegmentBuilderViewModel(workspace.segments(), workspace.segmentFields(), new ImmediateBackgroundWork(),
                saved -> { });
    }

    @AfterEach
    void close() {
        workspace.workspace().close();
    }

    private static SegmentDimensions country(String value) {
        return new SegmentDimensions(null, null, null, null, new SegmentDimensions.Location(
                new SegmentDimensions.SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of(value)), null), null);
    }

    @Test
    void loadingASegmentShowsItsCriteriaSourcesAndCount() {
        Segment us = workspace.segments().create("US", SegmentDefinition.of(country("US")));
        Segment usInGb = workspace.segments().create("Started in US", new SegmentDefinition(List.of(new SegmentGroup(
                List.of(country("GB")), List.of(new SegmentGroup.SourceSegment(us.sourceId(), null)),
                SegmentGroup.SourceType.ANY, SegmentGroup.GroupType.ANY)), SegmentDefinition.Include.ALL));

        builder.load(usInGb);

        assertThat(builder.nameProperty().get()).isEqualTo("Started in US");
        assertThat(builder.groups()).singleElement().satisfies(group -> {
            assertThat(group.sources()).extracting(Segment::name).containsExactly("US");
            assertThat(group.typeProperty().get()).isEqualTo(SegmentGroup.GroupType.ANY);
            assertThat(group.criteria()).singleElement()
                    .satisfies(criterion -> assertThat(criterion.valuesProperty().get()).isEqualTo("GB"));
        });
        assertThat(builder.liveCount().countProperty().get()).isEqualTo(workspace.segments().count(usInGb));
        assertThat(builder.changedProperty().get()).isFalse();
    }

    @Test
    void aNewSegmentIsSavedAsVersionOne() {
        builder.startNew();
        builder.groups().get(0).criteria().get(0).valuesProperty().set("DE");
        builder.nameProperty().set("Germany");

        builder.save();

        assertThat(builder.messageProperty().get()).isEqualTo("Saved as version 1.");
        assertThat(workspace.segments().findByName("Germany")).get()
                .satisfies(saved -> assertThat(saved.definition()).isEqualTo(SegmentDefinition.of(country("DE"))));
    }

    @Test
    void saveAndRevertSayWhyNotUntilSomethingChanges() {
        Segment us = workspace.segments().create("US", SegmentDefinition.of(country("US")));
        builder.load(us);

        assertThat(builder.saveCommand().canRun()).isFalse();
        assertThat(builder.saveCommand().whyNot()).isEqualTo("Nothing to save: no changes yet.");
        assertThat(builder.revertCommand().whyNot()).isEqualTo("Nothing to revert: no changes yet.");

        builder.groups().get(0).criteria().get(0).valuesProperty().set("US, CA");

        assertThat(builder.saveCommand().canRun()).isTrue();
        assertThat(builder.revertCommand().whyNotProperty().get()).isEmpty();
        builder.save();
        assertThat(builder.messageProperty().get()).isEqualTo("Saved as version 2.");
        assertThat(builder.saveCommand().whyNot()).isEqualTo("Nothing to save: no changes yet.");
    }

    @Test
    void revertPutsBackTheSavedCriteria() {
        Segment us = workspace.segments().create("US", SegmentDefinition.of(country("US")));
        builder.load(us);
        builder.groups().get(0).criteria().get(0).valuesProperty().set("GB");
        builder.nameProperty().set("Britain");

        builder.revertCommand().run();

        assertThat(builder.nameProperty().get()).isEqualTo("US");
        assertThat(builder.groups().get(0).criteria().get(0).valuesProperty().get()).isEqualTo("US");
        assertThat(builder.changedProperty().get()).isFalse();
    }

    @Test
    void anUnfinishedCriterionIsReportedAndStopsTheSave() {
        builder.startNew();
        builder.nameProperty().set("Nothing yet");

        assertThat(builder.problemProperty().get()).isEqualTo("Counting the finished criteria only. Still to finish: group 1, criterion 1: give at least one value");
        assertThat(builder.problemIsErrorProperty().get()).isFalse();
        builder.save();

        assertThat(builder.problemProperty().get()).isEqualTo("To save, finish: group 1, criterion 1: give at least one value");
        assertThat(builder.problemIsErrorProperty().get()).isTrue();
        assertThat(workspace.segments().findByName("Nothing yet")).isEmpty();
    }

    @Test
    void aSegmentWhoseSavedCriteriaCannotBeReadOpensEmptySaysWhyAndCanBeMended() {
        workspace.workspace().database().write(connection -> {
            try (var insert = connection.prepareStatement("INSERT INTO segment (name, type, definition, created_at, updated_at)"
                    + " VALUES ('Broken', 'DYNAMIC', 'not JSON', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")) {
                insert.executeUpdate();
            }
            return null;
        });
        Segment broken = workspace.segments().findByName("Broken").orElseThrow();

        builder.load(broken);

        assertThat(builder.nameProperty().get()).isEqualTo("Broken");
        assertThat(builder.groups()).isEmpty();
        assertThat(builder.liveCount().countProperty().get()).isNull();
        assertThat(builder.problemProperty().get()).startsWith("The segment \"Broken\" cannot be used: its saved criteria "
                + "cannot be read (").endsWith("Build its criteria again and save, or delete it.");
        builder.addGroup();
        builder.groups().get(0).criteria().get(0).valuesProperty().set("DE");
        builder.save();
        assertThat(workspace.segments().findByName("Broken")).get()
                .satisfies(mended -> assertThat(mended.definition()).isEqualTo(SegmentDefinition.of(country("DE"))));
    }
}
