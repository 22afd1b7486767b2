package io.tidings.journey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a journey: what it does ({@link ActivityConfig}), Pinpoint's optional {@code Description}, and where
 * each of its output ports leads (the key of the next activity). A port missing from {@code next} is an open end:
 * participants leave the journey there.
 */
public record Activity(String description, ActivityConfig config, Map<Port, String> next) {

    public Activity {
        Objects.requireNonNull(config, "config");
        Map<Port, String> copy = new EnumMap<>(Port.class);
        next.forEach((port, target) -> {
            if (target != null) {
                copy.put(port, target);
            }
        });
        next = Collections.unmodifiableMap(copy);
    }

    public static Activity of(ActivityConfig config) {
        return new Activity(null, config, Map.of());
    }

    /** The key the port leads to, or null when it is an open end. */
    public String target(Port port) {
        return next.get(port);
    }

    public Activity connect(Port port, String target) {
        Map<Port, String> changed = new EnumMap<>(Port.class);
        changed.putAll(next);
        if (target == null) {
            changed.remove(port);
        } else {
            changed.put(port, target);
        }
        return new Activity(description, config, changed);
    }

    /** The same activity with new settings; ports the new settings lack (a removed branch) are dropped. */
    public Activity withConfig(ActivityConfig changed) {
        Map<Port, String> kept = new EnumMap<>(Port.class);
        next.forEach((port, target) -> {
            if (changed.ports().contains(port)) {
                kept.put(port, target);
            }
        });
        return new Activity(description, changed, kept);
    }

    public Activity withDescription(String changed) {
        return new Activity(changed, config, next);
    }
}
