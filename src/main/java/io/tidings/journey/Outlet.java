package io.tidings.journey;

import java.util.Objects;

/** An output port of an activity, or the journey's entry ({@link #ENTRY}, whose port leads to the first activity). */
public record Outlet(String activityKey, Port port) {

    public static final Outlet ENTRY = new Outlet(null, Port.START);

    public Outlet {
        Objects.requireNonNull(port, "port");
        if ((activityKey == null) != (port == Port.START)) {
            throw new IllegalArgumentException("Only the entry has the Start port, and the entry has no other.");
        }
    }

    public static Outlet of(String activityKey, Port port) {
        return new Outlet(activityKey, port);
    }

    public boolean isEntry() {
        return activityKey == null;
    }

    /** "the entry", "welcome's Yes". */
    public String describe() {
        return isEntry() ? "the entry" : activityKey + "'s " + port.label();
    }
}
