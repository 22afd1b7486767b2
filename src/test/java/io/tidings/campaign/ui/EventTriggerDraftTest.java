package io.tidings.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignEventFilter;
import io.tidings.campaign.CampaignSchedule;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.segment.SegmentDimensions.SetDimension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "When an event occurs" in the editor: its fields make Pinpoint's EventFilter, and an imported one shows in them. */
class EventTriggerDraftTest {

    private final CampaignDraft draft = new CampaignDraft();

    {
        draft.nameProperty().set("Thanks");
        draft.scheduleProperty().set(ScheduleChoice.WHEN_EVENT);
    }

    @Test
    void theFieldsMakeAnEventScheduleWithItsFilter() {
        EventTriggerDraft trigger = draft.trigger();
        trigger.eventTypesProperty().set("purchase, _monetization.purchase");
        trigger.attributeNameProperty().set("plan");
        trigger.attributeMatchProperty().set(EventTriggerDraft.AttributeMatch.IS_NOT);
        trigger.attributeValuesProperty().set("free, trial");
        trigger.metricNameProperty().set("price");
        trigger.metricMatchProperty().set(EventTriggerDraft.MetricMatch.AT_LEAST);
        trigger.metricValueProperty().set("9.99");

        assertThat(draft.problems()).isEmpty();
        CampaignSchedule schedule = draft.definition().schedule();
        assertThat(schedule.isEventTriggered()).isTrue();
        assertThat(schedule.startTime()).isNull();
        CampaignEventFilter filter = schedule.eventFilter();
        assertThat(filter.eventTypes().values()).containsExactly("purchase", "_monetization.purchase");
        assertThat(filter.attributes()).containsExactly(
                Map.entry("plan", new AttributeDimension(AttributeType.EXCLUSIVE, List.of("free", "trial"))));
        assertThat(filter.metrics()).containsExactly(
                Map.entry("price", new MetricDimension(ComparisonOperator.GREATER_THAN_OR_EQUAL, 9.99)));
    }

    @Test
    void missingEventTypesAndHalfFilledFiltersAreRefusedNamingTheField() {
        draft.trigger().attributeNameProperty().set("plan");
        draft.trigger().metricNameProperty().set("price");
        draft.trigger().metricValueProperty().set("lots");

        assertThat(draft.problems()).extracting(FieldProblem::field).containsExactly(EventTriggerDraft.EVENT_TYPES,
                EventTriggerDraft.ATTRIBUTE, EventTriggerDraft.METRIC);
        assertThat(draft.problems().get(2).message())
                .isEqualTo("Metric: give the number price is compared with, such as 10 or 9.99, not \"lots\".");
    }

    @Test
    void anImportedFilterShowsInTheFieldsAndKeepsWhatTheyCannotShow() {
        Map<String, AttributeDimension> attributes = new LinkedHashMap<>();
        attributes.put("signed_up", new AttributeDimension(AttributeType.BETWEEN, List.of("2027-01-01", "2027-02-01")));
        attributes.put("plan", new AttributeDimension(AttributeType.INCLUSIVE, List.of("gold")));
        CampaignEventFilter imported = new CampaignEventFilter(CampaignEventFilter.FilterType.SYSTEM,
                new SetDimension(DimensionType.INCLUSIVE, List.of("_email.click")), attributes,
                Map.of("clicks", new MetricDimension(ComparisonOperator.GREATER_THAN, 2)));
        CampaignDefinition definition = CampaignDefinition.simple(1, io.tidings.channel.DeliveryChannel.EMAIL, null)
                .withSchedule(CampaignSchedule.onEvent(imported, null, null));

        draft.show("Clicked", null, definition);

        assertThat(draft.scheduleProperty().get()).isEqualTo(ScheduleChoice.WHEN_EVENT);
        assertThat(draft.trigger().eventTypesProperty().get()).isEqualTo("_email.click");
        assertThat(draft.trigger().attributeNameProperty().get()).isEqualTo("plan");
        assertThat(draft.trigger().metricValueProperty().get()).isEqualTo("2");
        assertThat(draft.trigger().keptFiltersProperty().get()).isEqualTo(1);
        assertThat(draft.definition().schedule().eventFilter()).isEqualTo(imported);
    }
}
