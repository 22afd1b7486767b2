package io.tidings.journey.simulation;

import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentJson;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A split's attribute condition (Pinpoint's {@code SegmentDimensions}) tested in memory against a persona's attribute
 * and user-attribute values: in the list ({@code INCLUSIVE}), not in it ({@code EXCLUSIVE}), or containing. Personas
 * have no other fields, so a condition on anything else does not hold for them.
 */
final class AttributeMatch {

    private final SegmentDimensions dimensions;

    private AttributeMatch(SegmentDimensions dimensions) {
        this.dimensions = dimensions;
    }

    /** The workspace definition a split's {@code SegmentDimensions} JSON stands for. */
    static SegmentDefinition definitionOf(String segmentDimensionsJson) {
        return SegmentJson.read("{\"Dimensions\": " + segmentDimensionsJson + "}");
    }

    static AttributeMatch of(String segmentDimensionsJson) {
        SegmentDefinition definition = definitionOf(segmentDimensionsJson);
        return new AttributeMatch(definition.groups().get(0).dimensions().get(0));
    }

    /** Whether it tests more than attributes and user attributes. */
    boolean testsOtherFields() {
        return !dimensions.metrics().isEmpty() || dimensions.demographic() != null || dimensions.location() != null
                || dimensions.behavior() != null;
    }

    /** {@code values} gives a field's value by (user attribute?, name), or null when the persona has none. */
    boolean matches(BiFunction<Boolean, String, String> values) {
        if (testsOtherFields()) {
            return false;
        }
        return all(dimensions.attributes(), false, values) && all(dimensions.userAttributes(), true, values);
    }

    private static boolean all(Map<String, SegmentDimensions.AttributeDimension> tests, boolean user,
            BiFunction<Boolean, String, String> values) {
        for (Map.Entry<String, SegmentDimensions.AttributeDimension> test : tests.entrySet()) {
            if (!holds(test.getValue(), values.apply(user, test.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(SegmentDimensions.AttributeDimension test, String value) {
        List<String> wanted = test.values();
        return switch (test.attributeType()) {
            case INCLUSIVE -> value != null && wanted.stream().anyMatch(value::equalsIgnoreCase);
            case EXCLUSIVE -> value == null || wanted.stream().noneMatch(value::equalsIgnoreCase);
            case CONTAINS -> value != null && wanted.stream().anyMatch(part ->
                    value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)));
            default -> false;
        };
    }
}
