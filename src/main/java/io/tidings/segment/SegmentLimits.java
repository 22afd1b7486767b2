package io.tidings.segment;

import java.util.Locale;

/**
 * Pinpoint's own limits on a segment, from its developer guide's quotas: at most 100 dimensions in a segment,
 * and a request (the definition as JSON) of at most 7 MB. Within them a list may hold any number of values.
 */
public final class SegmentLimits {

    public static final int MOST_DIMENSIONS = 100;
    public static final long MOST_BYTES = 7L * 1024 * 1024;

    private SegmentLimits() {
    }

    /** Throws {@link InvalidSegmentException}, in words, when the definition is past Pinpoint's limits. */
    public static void check(SegmentDefinition definition) {
        int criteria = definition.groups().stream().flatMap(group -> group.dimensions().stream())
                .mapToInt(SegmentLimits::criteria).sum();
        if (criteria > MOST_DIMENSIONS) {
            throw new InvalidSegmentException("The segment has " + criteria + " criteria; Pinpoint allows at most "
                    + MOST_DIMENSIONS + " dimensions in a segment.");
        }
        long bytes = SegmentJson.compactSize(definition);
        if (bytes > MOST_BYTES) {
            throw new InvalidSegmentException("The segment's definition is " + megabytes(bytes)
                    + " as Pinpoint JSON; Pinpoint takes segment definitions of at most 7 MB.");
        }
    }

    /** A size in words, such as "9.8 MB". */
    public static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static int criteria(SegmentDimensions dimensions) {
        int criteria = dimensions.attributes().size() + dimensions.userAttributes().size() + dimensions.metrics().size();
        if (dimensions.demographic() != null) {
            var demographic = dimensions.demographic();
            for (Object set : new Object[] {demographic.appVersion(), demographic.channel(), demographic.deviceType(),
                demographic.make(), demographic.model(), demographic.platform()}) {
                criteria += set == null ? 0 : 1;
            }
        }
        if (dimensions.location() != null) {
            criteria += (dimensions.location().country() == null ? 0 : 1) + (dimensions.location().gpsPoint() == null ? 0 : 1);
        }
        return criteria + (dimensions.behavior() == null || dimensions.behavior().recency() == null ? 0 : 1);
    }
}
