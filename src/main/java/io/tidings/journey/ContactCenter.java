package io.tidings.journey;

import java.util.List;

/** A contact-center call ({@code ContactCenter}, Amazon Connect): imported and written back, shown but not run. */
public record ContactCenter() implements ActivityConfig {

    public List<Port> ports() {
        return List.of(Port.NEXT);
    }

    public String pinpointName() {
        return "ContactCenter";
    }

    public String kindName() {
        return "Contact center (not run by Tidings)";
    }
}
