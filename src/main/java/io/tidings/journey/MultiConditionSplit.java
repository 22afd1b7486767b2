package io.tidings.journey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A multivariate split ({@code MultiCondition}): up to four branches, each with a condition; a participant takes the
 * first branch whose condition holds, or Else ({@code DefaultActivity}). A branch's condition may be null in a draft.
 */
public record MultiConditionSplit(List<SimpleCondition> branches, WaitTime evaluationWaitTime)
        implements ActivityConfig {

    public MultiConditionSplit {
        branches = Collections.unmodifiableList(new ArrayList<>(branches));
    }

    /** A port per branch (at most four shown as ports), then Else. */
    public List<Port> ports() {
        List<Port> ports = new ArrayList<>();
        for (int index = 0; index < Math.min(branches.size(), Port.MOST_BRANCHES); index++) {
            ports.add(Port.branch(index));
        }
        ports.add(Port.ELSE);
        return ports;
    }

    public String pinpointName() {
        return "MultiCondition";
    }

    public String kindName() {
        return "Multivariate split";
    }
}
