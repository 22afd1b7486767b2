package io.tidings.analytics;

import java.util.List;

/** One line of an events file read: its event, or the problems that keep it out (then {@code event} is null). */
record EventReading(Event event, List<EventProblem> problems) {

    static EventReading of(Event event) {
        return new EventReading(event, List.of());
    }

    static EventReading refused(String field, String reason) {
        return new EventReading(null, List.of(new EventProblem(field, reason)));
    }

    boolean accepted() {
        return event != null;
    }
}
