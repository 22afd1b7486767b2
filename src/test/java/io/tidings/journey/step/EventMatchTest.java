package io.tidings.journey.step;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.analytics.Attribution;
import io.tidings.analytics.Event;
import io.tidings.journey.EventDimensions;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyGraph;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event entry's filter as Pinpoint reads it: the event type, then each attribute and metric filter. */
class EventMatchTest {

    private static EventMatch attribute(AttributeType type, String... values) {
        return EventMatch.of(EventDimensions.ofEventTypes("purchase").withFilters(
                Map.of("plan", new AttributeDimension(type, List.of(values))), Map.of()));
    }

    private static EventMatch metric(ComparisonOperator operator, double value) {
        return EventMatch.of(EventDimensions.ofEventTypes("purchase").withFilters(Map.of(),
                Map.of("price", new MetricDimension(operator, value))));
    }

    private static boolean withPlan(EventMatch match, String plan) {
        return match.matches("purchase", plan == null ? Map.of() : Map.of("plan", plan), Map.of());
    }

    private static boolean withPrice(EventMatch match, Double price) {
        return match.matches("purchase", Map.of(), price == null ? Map.of() : Map.of("price", price));
    }

    @Test
    void isOneOfIsAnExactMatchWhereCaseCountsAndAMissingAttributeFails() {
        EventMatch gold = attribute(AttributeType.INCLUSIVE, "gold", "silver");
        assertThat(withPlan(gold, "gold")).isTrue();
        assertThat(withPlan(gold, "silver")).isTrue();
        assertThat(withPlan(gold, "Gold")).as("Pinpoint's INCLUSIVE is exact").isFalse();
        assertThat(withPlan(gold, "golden")).isFalse();
        assertThat(withPlan(gold, null)).isFalse();
    }

    @Test
    void isNotOneOfPassesAnyOtherValueAndAMissingAttribute() {
        EventMatch notGold = attribute(AttributeType.EXCLUSIVE, "gold");
        assertThat(withPlan(notGold, "gold")).isFalse();
        assertThat(withPlan(notGold, "Gold")).isTrue();
        assertThat(withPlan(notGold, null)).isTrue();
    }

    @Test
    void containsLooksForAPartWithCaseCounting() {
        EventMatch premium = attribute(AttributeType.CONTAINS, "prem");
        assertThat(withPlan(premium, "premium-yearly")).isTrue();
        assertThat(withPlan(premium, "Premium")).isFalse();
        assertThat(withPlan(premium, null)).isFalse();
    }

    @Test
    void beforeAfterOnAndBetweenCompareDatesAndTimesAndRefuseWhatIsNotOne() {
        EventMatch before = attribute(AttributeType.BEFORE, "2026-12-01");
        assertThat(withPlan(before, "2026-11-30T23:59:59Z")).isTrue();
        assertThat(withPlan(before, "2026-12-01T00:00:00Z")).isFalse();
        assertThat(withPlan(before, "soon")).isFalse();

        EventMatch after = attribute(AttributeType.AFTER, "2026-12-01T09:00:00Z");
        assertThat(withPlan(after, "2026-12-01T09:00:01Z")).isTrue();
        assertThat(withPlan(after, "2026-12-01")).isFalse();
        assertThat(withPlan(after, null)).isFalse();

        EventMatch on = attribute(AttributeType.ON, "2026-12-01");
        assertThat(withPlan(on, "2026-12-01T18:30:00Z")).as("the time is ignored").isTrue();
        assertThat(withPlan(on, "2026-12-02T00:00:00Z")).isFalse();

        EventMatch between = attribute(AttributeType.BETWEEN, "2026-12-01", "2026-12-31");
        assertThat(withPlan(between, "2026-12-01")).as("the first day counts").isTrue();
        assertThat(withPlan(between, "2026-12-15T12:00:00+01:00")).isTrue();
        assertThat(withPlan(between, "2027-01-01")).isFalse();
        assertThat(withPlan(between, "someday")).isFalse();
    }

    @Test
    void eachComparisonOfAMetricAndAMissingMetricFailsThemAll() {
        assertThat(withPrice(metric(ComparisonOperator.GREATER_THAN, 10), 10.5)).isTrue();
        assertThat(withPrice(metric(ComparisonOperator.GREATER_THAN, 10), 10.0)).isFalse();
        assertThat(withPrice(metric(ComparisonOperator.GREATER_THAN_OR_EQUAL, 10), 10.0)).isTrue();
        assertThat(withPrice(metric(ComparisonOperator.GREATER_THAN_OR_EQUAL, 10), 9.99)).isFalse();
        assertThat(withPrice(metric(ComparisonOperator.LESS_THAN, 10), 9.99)).isTrue();
        assertThat(withPrice(metric(ComparisonOperator.LESS_THAN, 10), 10.0)).isFalse();
        assertThat(withPrice(metric(ComparisonOperator.LESS_THAN_OR_EQUAL, 10), 10.0)).isTrue();
        assertThat(withPrice(metric(ComparisonOperator.LESS_THAN_OR_EQUAL, 10), 10.01)).isFalse();
        assertThat(withPrice(metric(ComparisonOperator.EQUAL, 10), 10.0)).isTrue();
        assertThat(withPrice(metric(ComparisonOperator.EQUAL, 10), 11.0)).isFalse();
        for (ComparisonOperator operator : ComparisonOperator.values()) {
            assertThat(withPrice(metric(operator, 0), null)).as(operator.name()).isFalse();
        }
    }

    @Test
    void theTypeComesFirstAndEveryFilterMustHold() {
        EventDimensions dimensions = EventDimensions.ofEventTypes("purchase", "renewal").withFilters(
                Map.of("plan", new AttributeDimension(AttributeType.INCLUSIVE, List.of("gold"))),
                Map.of("price", new MetricDimension(ComparisonOperator.GREATER_THAN, 10)));
        EventMatch match = EventMatch.of(dimensions);

        assertThat(match.matches("renewal", Map.of("plan", "gold"), Map.of("price", 20.0))).isTrue();
        assertThat(match.matches("signup", Map.of("plan", "gold"), Map.of("price", 20.0))).isFalse();
        assertThat(match.matches("purchase", Map.of("plan", "gold"), Map.of("price", 5.0))).isFalse();
        assertThat(match.matches("purchase", Map.of("plan", "free"), Map.of("price", 20.0))).isFalse();
        assertThat(match.filterWords()).isEqualTo("plan is gold and price is more than 10");
    }

    @Test
    void anExclusiveEventTypeLetsInEveryOtherType() {
        EventMatch notSessions = EventMatch.of(new EventDimensions(
                "{\"EventType\": {\"DimensionType\": \"EXCLUSIVE\", \"Values\": [\"_session.start\"]}}"));
        assertThat(notSessions.matches("purchase", Map.of(), Map.of())).isTrue();
        assertThat(notSessions.matches("_session.start", Map.of(), Map.of())).isFalse();
    }

    @Test
    void theEntryRuleAdmitsOnlyTheSenderOfAMatchingEventOnAnEventEntry() {
        EventDimensions gold = EventDimensions.ofEventTypes("purchase").withFilters(
                Map.of("plan", new AttributeDimension(AttributeType.INCLUSIVE, List.of("gold"))), Map.of());
        EntryRule onEvent = new EntryRule(JourneyGraph.EMPTY.withEntry(new JourneyEntry.OnEvent("ENDPOINT", gold, null,
                null)));
        EntryRule fromSegment = new EntryRule(JourneyGraph.EMPTY.withEntry(new JourneyEntry.FromSegment(1, null)));

        assertThat(onEvent.admits(event("purchase", "e1", "gold"))).isTrue();
        assertThat(onEvent.admits(event("purchase", "e1", "silver"))).isFalse();
        assertThat(onEvent.admits(event("purchase", null, "gold"))).as("an event of no endpoint").isFalse();
        assertThat(fromSegment.admits(event("purchase", "e1", "gold"))).isFalse();
    }

    private static Event event(String type, String endpoint, String plan) {
        return new Event(type, Instant.parse("2026-03-02T10:00:00Z"), endpoint, null, null, Map.of("plan", plan),
                Map.of(), Attribution.NONE);
    }
}
