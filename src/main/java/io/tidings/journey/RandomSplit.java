package io.tidings.journey;

import java.util.ArrayList;
import java.util.List;

/** A random split ({@code RandomSplit}): each path takes its whole percentage of the participants; they sum to 100. */
public record RandomSplit(List<Integer> percentages) implements ActivityConfig {

    public RandomSplit {
        percentages = List.copyOf(percentages);
    }

    /** A port per path (at most five shown as ports). */
    public List<Port> ports() {
        List<Port> ports = new ArrayList<>();
        for (int index = 0; index < Math.min(percentages.size(), Port.MOST_PATHS); index++) {
            ports.add(Port.path(index));
        }
        return ports;
    }

    public int total() {
        return percentages.stream().mapToInt(Integer::intValue).sum();
    }

    public String pinpointName() {
        return "RandomSplit";
    }

    public String kindName() {
        return "Random split";
    }
}
