package io.tidings.cli;

import io.tidings.journey.Activity;
import io.tidings.journey.ActivityCount;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyFailure;
import io.tidings.journey.JourneyState;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code tidings journey status} in words: the state, who entered, each activity's counts and paths, and what went
 * wrong when the executor's passes fail.
 */
record JourneyStatusText(Journey journey, JourneyCounts counts, String catchUpNotice, JourneyFailure failure) {

    String text() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Journey \"%s\" is %s.%n", journey.name(), state(journey.state())));
        if (failure != null) {
            text.append(failure.words(ZoneId.systemDefault())).append(System.lineSeparator());
        }
        if (journey.state() == JourneyState.DRAFT) {
            text.append(String.format("Nobody has entered it: publish it first.%n"));
            return text.toString();
        }
        long entered = counts.leftThrough(Outlet.ENTRY);
        text.append(String.format("%,d %s entered it.%n", entered, entered == 1 ? "participant" : "participants"));
        for (Map.Entry<String, Activity> entry : journey.graph().activities().entrySet()) {
            String key = entry.getKey();
            Activity activity = entry.getValue();
            ActivityCount count = counts.activity(key);
            List<String> parts = new ArrayList<>();
            parts.add(String.format("%,d entered", count.entered()));
            if (activity.config() instanceof io.tidings.journey.MessageActivity) {
                parts.add(String.format("%,d sent", count.sent()));
            }
            parts.add(String.format("%,d waiting", count.waiting()));
            parts.add(String.format("%,d left the journey here", count.exited()));
            text.append(String.format("  %s (%s): %s%n", key, activity.config().kindName(), String.join(", ", parts)));
            List<Port> ports = activity.config().ports();
            if (ports.size() > 1) {
                List<String> paths = new ArrayList<>();
                for (Port port : ports) {
                    paths.add(String.format("%s %,d", port.label(), counts.leftThrough(Outlet.of(key, port))));
                }
                text.append(String.format("    paths taken: %s%n", String.join(", ", paths)));
            }
        }
        if (catchUpNotice != null) {
            text.append(catchUpNotice).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String state(JourneyState state) {
        return switch (state) {
            case DRAFT -> "a draft";
            case PUBLISHED -> "published (running)";
            default -> state.name().toLowerCase(Locale.ROOT);
        };
    }
}
