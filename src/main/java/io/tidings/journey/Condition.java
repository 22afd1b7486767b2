package io.tidings.journey;

import java.util.List;

/**
 * A yes/no split's test, as Pinpoint's {@code Condition}: its simple conditions, all of which ({@code ALL}) or any
 * of which ({@code ANY}) must hold.
 */
public record Condition(List<SimpleCondition> conditions, Operator operator) {

    /** How the simple conditions combine. */
    public enum Operator {
        ALL,
        ANY
    }

    public Condition {
        conditions = List.copyOf(conditions);
        operator = operator == null ? Operator.ALL : operator;
    }

    public static Condition of(SimpleCondition condition) {
        return new Condition(List.of(condition), Operator.ALL);
    }
}
