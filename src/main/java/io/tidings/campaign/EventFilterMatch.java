package io.tidings.campaign;

import io.tidings.analytics.Event;
import io.tidings.segment.DimensionMatch;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import java.util.Map;

/**
 * Whether an event passes a campaign's {@link CampaignEventFilter}: its type is listed (or, EXCLUSIVE, not), and each
 * attribute and metric dimension holds as {@link DimensionMatch} reads it.
 */
final class EventFilterMatch {

    private EventFilterMatch() {
    }

    static boolean matches(CampaignEventFilter filter, Event event) {
        boolean listed = filter.eventTypes().values().contains(event.eventType());
        if (listed != (filter.eventTypes().dimensionType() == DimensionType.INCLUSIVE)) {
            return false;
        }
        for (Map.Entry<String, AttributeDimension> attribute : filter.attributes().entrySet()) {
            if (!DimensionMatch.attribute(attribute.getValue(), event.attributes().get(attribute.getKey()))) {
                return false;
            }
        }
        for (Map.Entry<String, MetricDimension> metric : filter.metrics().entrySet()) {
            if (!DimensionMatch.metric(metric.getValue(), event.metrics().get(metric.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
