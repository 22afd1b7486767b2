package io.tidings.segment;

import io.tidings.audience.Endpoint;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.SetDimension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * A plain, obviously-correct evaluator of segment definitions over endpoints in memory, written
 * from the rules in {@link SegmentCompiler}'s documentation, to check the SQL evaluator against.
 */
final class InMemorySegment {

    private final Instant now;

    InMemorySegment(Instant now) {
        this.now = now;
    }

    boolean matches(SegmentDefinition definition, Endpoint endpoint) {
        if (definition.groups().isEmpty()) {
            return true;
        }
        List<Boolean> groups = definition.groups().stream().map(group -> matches(group, endpoint)).toList();
        return switch (definition.include()) {
            case ALL -> !groups.contains(false);
            case ANY -> groups.contains(true);
            case NONE -> !groups.contains(true);
        };
    }

    private boolean matches(SegmentGroup group, Endpoint endpoint) {
        if (group.dimensions().isEmpty()) {
            return true;
        }
        List<Boolean> dimensions = group.dimensions().stream().map(dimension -> matches(dimension, endpoint)).toList();
        return switch (group.type()) {
            case ALL -> !dimensions.contains(false);
            case ANY -> dimensions.contains(true);
            case NONE -> !dimensions.contains(true);
        };
    }

    private boolean matches(SegmentDimensions dimensions, Endpoint endpoint) {
        for (var attribute : dimensions.attributes().entrySet()) {
            if (!attribute(endpoint.attributes().get(attribute.getKey()), attribute.getValue())) {
                return false;
            }
        }
        for (var attribute : dimensions.userAttributes().entrySet()) {
            if (!attribute(endpoint.user().userAttributes().get(attribute.getKey()), attribute.getValue())) {
                return false;
            }
        }
        for (var metric : dimensions.metrics().entrySet()) {
            Double value = endpoint.metrics().get(metric.getKey());
            if (value == null) {
                return false;
            }
            double wanted = metric.getValue().value();
            boolean holds = switch (metric.getValue().comparisonOperator()) {
                case GREATER_THAN -> value > wanted;
                case GREATER_THAN_OR_EQUAL -> value >= wanted;
                case LESS_THAN -> value < wanted;
                case LESS_THAN_OR_EQUAL -> value <= wanted;
                case EQUAL -> value == wanted;
            };
            if (!holds) {
                return false;
            }
        }
        var demographic = dimensions.demographic();
        if (demographic != null) {
            if (!set(demographic.channel(), endpoint.channelType().name())
                    || !set(demographic.platform(), endpoint.demographic().platform())
                    || !set(demographic.make(), endpoint.demographic().make())
                    || !set(demographic.model(), endpoint.demographic().model())
                    || !set(demographic.appVersion(), endpoint.demographic().appVersion())) {
                return false;
            }
        }
        var location = dimensions.location();
        if (location != null) {
            SetDimension country = location.country() == null ? null : new SetDimension(location.country().dimensionType(),
                    location.country().values().stream().map(String::toUpperCase).toList());
            if (!set(country, endpoint.location().country())) {
                return false;
            }
            if (location.gpsPoint() != null) {
                Double latitude = endpoint.location().latitude();
                Double longitude = endpoint.location().longitude();
                if (latitude == null || longitude == null || distanceKm(location.gpsPoint().coordinates().latitude(),
                        location.gpsPoint().coordinates().longitude(), latitude, longitude) > location.gpsPoint().rangeInKilometers()) {
                    return false;
                }
            }
        }
        var behavior = dimensions.behavior();
        if (behavior != null && behavior.recency() != null) {
            Instant since = now.minus(behavior.recency().duration().length());
            boolean active = endpoint.effectiveDate() != null && !endpoint.effectiveDate().isBefore(since);
            if (active != (behavior.recency().recencyType() == SegmentDimensions.RecencyType.ACTIVE)) {
                return false;
            }
        }
        return true;
    }

    private static boolean attribute(List<String> values, AttributeDimension dimension) {
        List<String> present = values == null ? List.of() : values;
        List<String> wanted = dimension.values();
        return switch (dimension.attributeType()) {
            case INCLUSIVE -> present.stream().anyMatch(wanted::contains);
            case EXCLUSIVE -> present.stream().noneMatch(wanted::contains);
            case CONTAINS -> present.stream().anyMatch(value -> wanted.stream().anyMatch(value::contains));
            case BEFORE -> present.stream().map(InMemorySegment::instant).filter(Objects::nonNull)
                    .anyMatch(value -> value.isBefore(instant(wanted.get(0))));
            case AFTER -> present.stream().map(InMemorySegment::instant).filter(Objects::nonNull)
                    .anyMatch(value -> value.isAfter(instant(wanted.get(0))));
            case ON -> present.stream().map(InMemorySegment::instant).filter(Objects::nonNull)
                    .anyMatch(value -> value.atZone(ZoneOffset.UTC).toLocalDate()
                            .equals(instant(wanted.get(0)).atZone(ZoneOffset.UTC).toLocalDate()));
            case BETWEEN -> present.stream().map(InMemorySegment::instant).filter(Objects::nonNull)
                    .anyMatch(value -> !value.isBefore(instant(wanted.get(0))) && !value.isAfter(instant(wanted.get(1))));
        };
    }

    private static boolean set(SetDimension dimension, String value) {
        if (dimension == null) {
            return true;
        }
        boolean in = value != null && dimension.values().contains(value);
        return dimension.dimensionType() == SegmentDimensions.DimensionType.INCLUSIVE ? in : !in;
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException notInstant) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (RuntimeException notDate) {
                return null;
            }
        }
    }

    static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLatitude = Math.toRadians(latitude2 - latitude1);
        double dLongitude = Math.toRadians(longitude2 - longitude1);
        double a = Math.pow(Math.sin(dLatitude / 2), 2)
                + Math.cos(Math.toRadians(latitude1)) * Math.cos(Math.toRadians(latitude2)) * Math.pow(Math.sin(dLongitude / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }

}
