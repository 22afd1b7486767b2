package io.tidings.segment.ui;

import io.tidings.segment.SegmentField;
import java.util.Arrays;
import java.util.List;

/** The comparisons the builder offers, each for the kinds of field it fits. */
public enum CriterionOperator {
    IS_ONE_OF("is one of"),
    IS_NONE_OF("is none of"),
    CONTAINS("contains"),
    BEFORE("is before"),
    AFTER("is after"),
    ON("is on"),
    BETWEEN("is between"),
    GREATER_THAN("is more than"),
    GREATER_THAN_OR_EQUAL("is at least"),
    LESS_THAN("is less than"),
    LESS_THAN_OR_EQUAL("is at most"),
    EQUAL("equals"),
    WITHIN("is within"),
    ACTIVE_WITHIN("within the last"),
    INACTIVE_WITHIN("not within the last");

    private final String label;

    CriterionOperator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The operators that fit a field, the usual one first. */
    public static List<CriterionOperator> fitting(SegmentField field) {
        if (field == null) {
            return List.of();
        }
        return switch (field.kind()) {
            case ATTRIBUTE, USER_ATTRIBUTE -> List.of(IS_ONE_OF, IS_NONE_OF, CONTAINS, BEFORE, AFTER, ON, BETWEEN);
            case METRIC -> List.of(GREATER_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN, LESS_THAN_OR_EQUAL, EQUAL);
            case DISTANCE -> List.of(WITHIN);
            case RECENCY -> List.of(ACTIVE_WITHIN, INACTIVE_WITHIN);
            default -> List.of(IS_ONE_OF, IS_NONE_OF);
        };
    }

    boolean takesDates() {
        return Arrays.asList(BEFORE, AFTER, ON, BETWEEN).contains(this);
    }
}
