package io.tidings.journey;

import java.util.List;

/** Participants wait ({@code Wait}): for a duration, or until a moment; null while the marketer has not said. */
public record WaitActivity(WaitTime waitTime) implements ActivityConfig {

    public List<Port> ports() {
        return List.of(Port.NEXT);
    }

    public String pinpointName() {
        return "Wait";
    }

    public String kindName() {
        return "Wait";
    }
}
