package io.tidings.journey;

import java.util.List;

/** A holdout ({@code Holdout}): {@code percentage} of the participants, picked at random, leave the journey here. */
public record Holdout(int percentage) implements ActivityConfig {

    public List<Port> ports() {
        return List.of(Port.NEXT);
    }

    public String pinpointName() {
        return "Holdout";
    }

    public String kindName() {
        return "Holdout";
    }
}
