package io.tidings.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.journey.EventDimensions;
import io.tidings.journey.ui.EventFiltersDraft.AttributeOperator;
import io.tidings.journey.ui.EventFiltersDraft.MetricComparison;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry's filter rows as typed, turned into Pinpoint's dimensions or refused naming the row. */
class EventFiltersDraftTest {

    private final EventDimensions purchase = EventDimensions.ofEventTypes("purchase");

    @Test
    void rowsBecomeAttributesAndMetricsAndARowNotStartedIsLeftOut() {
        EventFiltersDraft draft = new EventFiltersDraft();
        EventFiltersDraft.AttributeRow plan = draft.addAttribute();
        plan.name = " plan ";
        plan.values = "gold, , platinum ";
        draft.addAttribute();
        EventFiltersDraft.MetricRow price = draft.addMetric();
        price.name = "price";
        price.comparison = MetricComparison.AT_LEAST;
        price.value = "49.5";

        EventDimensions dimensions = draft.applyTo(purchase);

        assertThat(dimensions.eventTypes()).containsExactly("purchase");
        assertThat(dimensions.attributes()).isEqualTo(Map.of("plan", new AttributeDimension(AttributeType.INCLUSIVE,
                List.of("gold", "platinum"))));
        assertThat(dimensions.metrics()).isEqualTo(Map.of("price",
                new MetricDimension(ComparisonOperator.GREATER_THAN_OR_EQUAL, 49.5)));
        EventFiltersDraft again = EventFiltersDraft.of(dimensions);
        assertThat(again.attributes()).singleElement().satisfies(row -> {
            assertThat(row.name).isEqualTo("plan");
            assertThat(row.values).isEqualTo("gold, platinum");
        });
        assertThat(again.metrics().get(0).value).isEqualTo("49.5");
        assertThat(again.applyTo(purchase)).isEqualTo(dimensions);
    }

    @Test
    void whatCannotBeTakenIsRefusedNamingTheRow() {
        EventFiltersDraft draft = new EventFiltersDraft();
        EventFiltersDraft.MetricRow first = draft.addMetric();
        first.name = "items";
        first.value = "3";
        EventFiltersDraft.MetricRow price = draft.addMetric();
        price.name = "price";
        price.value = "ten";
        assertThatThrownBy(() -> draft.applyTo(purchase)).hasMessage("Metric filter 2 (price): \"ten\" is not a "
                + "number: type one such as 10 or 9.99.");

        price.value = "10";
        EventFiltersDraft.AttributeRow when = draft.addAttribute();
        when.name = "boughtAt";
        when.operator = AttributeOperator.BETWEEN;
        when.values = "2026-12-01";
        assertThatThrownBy(() -> draft.applyTo(purchase)).hasMessageStartingWith("Attribute filter 1 (boughtAt) is "
                + "between 1 dates: give two");

        when.values = "2026-12-01, 2026-12-31";
        EventFiltersDraft.AttributeRow nameless = draft.addAttribute();
        nameless.values = "gold";
        assertThatThrownBy(() -> draft.applyTo(purchase)).hasMessage("Attribute filter 2 has no attribute name: type "
                + "the name the event's attribute has, such as plan.");

        nameless.name = "boughtAt";
        assertThatThrownBy(() -> draft.applyTo(purchase)).hasMessage("Attribute filters 1 and 2 both test "
                + "\"boughtAt\": keep one (a filter takes several values).");
    }
}
