package io.tidings.campaign;

import io.tidings.analytics.Event;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.segment.SegmentDimensions.SetDimension;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which events start an event-triggered campaign: Pinpoint's {@code Schedule.EventFilter}. The event's type must be
 * one of (or, EXCLUSIVE, none of) {@code eventTypes}; each attribute and metric filter must hold too
 * ({@link EventFilterMatch}). An attribute's several values are OR'ed, as in Pinpoint.
 *
 * @param filterType Pinpoint's ENDPOINT (events the app reports) or SYSTEM; Tidings matches every recorded event
 *     either way and keeps the type for the round trip
 */
public record CampaignEventFilter(FilterType filterType, SetDimension eventTypes,
        Map<String, AttributeDimension> attributes, Map<String, MetricDimension> metrics) {

    /** Pinpoint's {@code FilterType}. */
    public enum FilterType { ENDPOINT, SYSTEM }

    public CampaignEventFilter {
        filterType = filterType == null ? FilterType.ENDPOINT : filterType;
        attributes = attributes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        metrics = metrics == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        if (eventTypes == null || eventTypes.values().isEmpty()) {
            throw new InvalidCampaignException("Schedule.EventFilter.Dimensions.EventType.Values is empty: name the "
                    + "event type (or types) that trigger the campaign, such as _session.start or purchase.");
        }
    }

    /** A filter on event types alone (INCLUSIVE). */
    public static CampaignEventFilter ofTypes(java.util.List<String> types) {
        return new CampaignEventFilter(FilterType.ENDPOINT, new SetDimension(DimensionType.INCLUSIVE, types), Map.of(),
                Map.of());
    }

    /** Whether {@code event} starts the campaign. */
    public boolean matches(Event event) {
        return EventFilterMatch.matches(this, event);
    }
}
