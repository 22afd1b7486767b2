package io.tidings.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One test of a split, as Pinpoint's {@code SimpleCondition}: membership of a segment, an event of an earlier message
 * activity (an email opened, a link clicked), or the participant's attributes as segment dimensions.
 */
public sealed interface SimpleCondition {

    /** The tests a split makes (none for other activities); a draft's branch without a test is left out. */
    static List<SimpleCondition> in(ActivityConfig config) {
        List<SimpleCondition> conditions = new ArrayList<>();
        if (config instanceof ConditionalSplit split && split.condition() != null) {
            conditions.addAll(split.condition().conditions());
        } else if (config instanceof MultiConditionSplit split) {
            split.branches().stream().filter(Objects::nonNull).forEach(conditions::add);
        }
        return conditions;
    }

    /** The participant is in the segment ({@code SegmentCondition.SegmentId}). */
    record InSegment(long segmentId) implements SimpleCondition {
    }

    /**
     * An event such as {@code _email.open} or {@code _email.click} happened for the message an earlier activity sent
     * ({@code EventCondition}: {@code Dimensions}, {@code MessageActivity}, the key of that activity).
     */
    record MessageEvent(String messageActivity, EventDimensions dimensions) implements SimpleCondition {
    }

    /** The participant's endpoint matches Pinpoint's {@code SegmentDimensions}, kept as the file's JSON object. */
    record Attributes(String segmentDimensionsJson) implements SimpleCondition {
    }
}
