package io.tidings.segment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One set of criteria, all of which an endpoint must meet (Pinpoint's {@code SegmentDimensions}).
 * Absent parts are null or empty.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SegmentDimensions(
        Map<String, AttributeDimension> attributes,
        Map<String, AttributeDimension> userAttributes,
        Map<String, MetricDimension> metrics,
        Demographic demographic,
        Location location,
        Behavior behavior) {

    public SegmentDimensions {
        attributes = attributes == null ? Map.of() : new LinkedHashMap<>(attributes);
        userAttributes = userAttributes == null ? Map.of() : new LinkedHashMap<>(userAttributes);
        metrics = metrics == null ? Map.of() : new LinkedHashMap<>(metrics);
    }

    public static final SegmentDimensions NONE = new SegmentDimensions(null, null, null, null, null, null);

    /** How an attribute's values are compared: in the list, not in it, containing, or as dates. */
    public enum AttributeType {
        INCLUSIVE,
        EXCLUSIVE,
        CONTAINS,
        BEFORE,
        AFTER,
        BETWEEN,
        ON
    }

    /** How a metric is compared with a number. */
    public enum ComparisonOperator {
        GREATER_THAN,
        GREATER_THAN_OR_EQUAL,
        LESS_THAN,
        LESS_THAN_OR_EQUAL,
        EQUAL
    }

    /** Whether a field must be one of the values, or none of them. */
    public enum DimensionType {
        INCLUSIVE,
        EXCLUSIVE
    }

    public record AttributeDimension(AttributeType attributeType, List<String> values) {
        public AttributeDimension {
            attributeType = attributeType == null ? AttributeType.INCLUSIVE : attributeType;
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    public record MetricDimension(ComparisonOperator comparisonOperator, double value) {
    }

    public record SetDimension(DimensionType dimensionType, List<String> values) {
        public SetDimension {
            dimensionType = dimensionType == null ? DimensionType.INCLUSIVE : dimensionType;
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Demographic(
            SetDimension appVersion,
            SetDimension channel,
            SetDimension deviceType,
            SetDimension make,
            SetDimension model,
            SetDimension platform) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(SetDimension country, @JsonProperty("GPSPoint") GpsPoint gpsPoint) {
    }

    /** Endpoints within {@code rangeInKilometers} of a point. */
    public record GpsPoint(Coordinates coordinates, double rangeInKilometers) {
    }

    public record Coordinates(double latitude, double longitude) {
    }

    public record Behavior(Recency recency) {
    }

    /** Endpoints active, or not, within the last {@code duration}. */
    public record Recency(RecencyDuration duration, RecencyType recencyType) {
    }

    public enum RecencyDuration {
        HR_24(24),
        DAY_7(24 * 7),
        DAY_14(24 * 14),
        DAY_30(24 * 30);

        private final int hours;

        RecencyDuration(int hours) {
            this.hours = hours;
        }

        public java.time.Duration length() {
            return java.time.Duration.ofHours(hours);
        }
    }

    public enum RecencyType {
        ACTIVE,
        INACTIVE
    }
}
