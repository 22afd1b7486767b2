package io.tidings.segment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The draft without a workspace: filling it, editing it, and turning it back into a definition. */
class SegmentDraftTest {

    private final List<String> heard = new ArrayList<>();
    private final SegmentDraft draft = new SegmentDraft(() -> heard.add("criteria"), () -> heard.add("name"));

    private static SegmentDimensions country(String value) {
        return new SegmentDimensions(null, null, null, null, new SegmentDimensions.Location(
                new SegmentDimensions.SetDimension(SegmentDimensions.DimensionType.INCLUSIVE, List.of(value)), null), null);
    }

    @Test
    void aFilledDraftGivesTheSameDefinitionBackWithoutCountingAsAnEdit() {
        SegmentDefinition definition = new SegmentDefinition(List.of(
                new SegmentGroup(List.of(country("US")), List.of(), SegmentGroup.SourceType.ANY, SegmentGroup.GroupType.ALL),
                new SegmentGroup(List.of(country("CA")), List.of(), SegmentGroup.SourceType.ANY, SegmentGroup.GroupType.NONE)),
                SegmentDefinition.Include.ANY);

        draft.fill("North America", definition, id -> Optional.empty(), warning -> heard.add(warning));

        assertThat(heard).isEmpty();
        assertThat(draft.nameProperty().get()).isEqualTo("North America");
        assertThat(draft.groups()).hasSize(2);
        assertThat(draft.definition(unfinished -> heard.add(unfinished))).contains(definition);
    }

    @Test
    void editsAreHeardByKind() {
        draft.startOver();
        assertThat(heard).as("starting over is not an edit").isEmpty();

        draft.nameProperty().set("Germany");
        draft.groups().get(0).criteria().get(0).valuesProperty().set("DE");
        draft.addGroup();

        assertThat(heard).containsExactly("name", "criteria", "criteria");
    }

    @Test
    void aChangeRightAfterFillingIsHeardThoughNothingReadTheValue() {
        draft.fill("US", SegmentDefinition.of(country("US")), id -> Optional.empty(), heard::add);

        draft.includeProperty().set(SegmentDefinition.Include.NONE);
        draft.nameProperty().set("Not US");

        assertThat(heard).containsExactly("criteria", "name");
    }

    @Test
    void anUnfinishedCriterionSaysWhatIsLeftAndGivesNoDefinition() {
        draft.startOver();
        draft.addGroup();
        draft.groups().get(0).criteria().get(0).valuesProperty().set("DE");

        List<String> unfinished = new ArrayList<>();
        assertThat(draft.definition(unfinished::add)).isEmpty();
        assertThat(unfinished).containsExactly("group 2, criterion 1: give at least one value");
    }

    @Test
    void sourceAndExcludedSegmentsAreLookedUpAmongTheSavedOnes() {
        Segment us = new Segment(7, "US", io.tidings.segment.SegmentType.DYNAMIC, SegmentDefinition.of(country("US")), 1, null, null, null);
        SegmentDefinition definition = new SegmentDefinition(List.of(new SegmentGroup(List.of(country("GB")),
                List.of(new SegmentGroup.SourceSegment(us.sourceId(), null)), SegmentGroup.SourceType.ANY, SegmentGroup.GroupType.ALL)),
                SegmentDefinition.Include.ALL, List.of(new SegmentGroup.SourceSegment("gone", null)));

        draft.fill("GB from US", definition, id -> id.equals(us.sourceId()) ? Optional.of(us) : Optional.empty(), heard::add);

        assertThat(draft.groups().get(0).sources()).containsExactly(us);
        assertThat(draft.excluded()).as("a segment no longer saved is left out").isEmpty();
    }
}
