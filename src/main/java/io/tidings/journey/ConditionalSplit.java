package io.tidings.journey;

import java.util.List;

/**
 * A yes/no split ({@code ConditionalSplit}): participants for whom the condition holds go on through Yes
 * ({@code TrueActivity}), the others through No ({@code FalseActivity}). With {@code evaluationWaitTime} the test is
 * made after that wait (or on that date), otherwise at once. The condition is null until the marketer gives one.
 */
public record ConditionalSplit(Condition condition, WaitTime evaluationWaitTime) implements ActivityConfig {

    public List<Port> ports() {
        return List.of(Port.YES, Port.NO);
    }

    public String pinpointName() {
        return "ConditionalSplit";
    }

    public String kindName() {
        return "Yes/no split";
    }
}
