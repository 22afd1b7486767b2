package io.tidings.journey.step;

import io.tidings.analytics.Event;
import io.tidings.campaign.EventFilterWords;
import io.tidings.journey.EventDimensions;
import io.tidings.segment.DimensionMatch;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether an event passes Pinpoint's {@code EventDimensions}: its type is one of the listed types (or, EXCLUSIVE, none
 * of them), every attribute filter holds on the event's attribute of that name and every metric filter on its metric
 * ({@link DimensionMatch}: INCLUSIVE is an exact match, case counting; a missing attribute passes only EXCLUSIVE, a
 * missing metric nothing). Read once from the JSON, then pure and cheap per event.
 */
public final class EventMatch {

    private final List<String> listed;
    private final Set<String> types;
    private final boolean excludesTypes;
    private final Map<String, AttributeDimension> attributes;
    private final Map<String, MetricDimension> metrics;

    private EventMatch(EventDimensions dimensions) {
        this.listed = List.copyOf(dimensions.eventTypes());
        this.types = Set.copyOf(listed);
        this.excludesTypes = dimensions.excludesEventTypes();
        this.attributes = dimensions.attributes();
        this.metrics = dimensions.metrics();
    }

    public static EventMatch of(EventDimensions dimensions) {
        return new EventMatch(dimensions);
    }

    public boolean matches(Event event) {
        return matches(event.eventType(), event.attributes(), event.metrics());
    }

    public boolean matches(String eventType, Map<String, String> eventAttributes, Map<String, Double> eventMetrics) {
        if (types.contains(eventType) == excludesTypes) {
            return false;
        }
        for (Map.Entry<String, AttributeDimension> attribute : attributes.entrySet()) {
            if (!DimensionMatch.attribute(attribute.getValue(), eventAttributes.get(attribute.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, MetricDimension> metric : metrics.entrySet()) {
            if (!DimensionMatch.metric(metric.getValue(), eventMetrics.get(metric.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** The event types it lists, in the file's order (with EXCLUSIVE, the types it leaves out). */
    public List<String> eventTypes() {
        return listed;
    }

    /** Whether it tests attributes or metrics beside the type. */
    public boolean hasFilters() {
        return !attributes.isEmpty() || !metrics.isEmpty();
    }

    /** The attribute and metric filters in words: "plan is gold and price is more than 10"; empty without any. */
    public String filterWords() {
        List<String> conditions = new ArrayList<>();
        attributes.forEach((name, dimension) -> conditions.add(name + " " + EventFilterWords.attribute(dimension)));
        metrics.forEach((name, dimension) -> conditions.add(name + " " + EventFilterWords.metric(dimension)));
        return String.join(" and ", conditions);
    }
}
